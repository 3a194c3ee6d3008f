package io.github.collectiveimpact.json.format;

import java.util.List;
import java.util.Objects;

/**
 * A value read from a JSON document, with the properties the reader skipped.
 *
 * <p>A strict reader (the default) fails on an unknown property, so its results never skip any; a lenient
 * one (a binding's facade built with {@code lenient(true)}) skips unknown properties, their values
 * included, and lists them here, so that a caller can warn the sender of the document.
 *
 * @param <T> the type of the value
 */
public final class ReadResult<T> {
  private final T value;
  private final List<String> ignoredProperties;
  private final long ignoredPropertyCount;

  /**
   * Creates a result.
   *
   * @param value the value read
   * @param ignoredProperties the pointers of the skipped properties, up to the reader's limit
   * @param ignoredPropertyCount how many properties were skipped in all
   */
  public ReadResult(T value, List<String> ignoredProperties, long ignoredPropertyCount) {
    this.value = Objects.requireNonNull(value, "value");
    this.ignoredProperties = List.copyOf(ignoredProperties);
    this.ignoredPropertyCount = Math.max(ignoredPropertyCount, ignoredProperties.size());
  }

  /**
   * The value read.
   *
   * @return the value
   */
  public T value() {
    return value;
  }

  /**
   * The JSON Pointers (RFC 6901) of the unknown properties that were skipped, in document order, e.g.
   * {@code /partners/0/website}, up to the first 1,000.
   *
   * @return the pointers; empty if nothing was skipped
   */
  public List<String> ignoredProperties() {
    return ignoredProperties;
  }

  /**
   * How many unknown properties were skipped in all; more than {@link #ignoredProperties()} lists when
   * a document has more than the reader keeps (1,000), so that memory stays bounded.
   *
   * @return the count
   */
  public long ignoredPropertyCount() {
    return ignoredPropertyCount;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReadResult
        && ((ReadResult<?>) other).value.equals(value)
        && ((ReadResult<?>) other).ignoredProperties.equals(ignoredProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, ignoredProperties);
  }

  @Override
  public String toString() {
    return "ReadResult[value=" + value + ", ignoredProperties=" + ignoredProperties + "]";
  }
}
