package io.github.collectiveimpact.json;

import java.util.List;
import java.util.Objects;

/**
 * A value read from a JSON document, with the properties the reader skipped.
 *
 * <p>A strict reader (the default) fails on an unknown property, so its results never skip any; a lenient
 * one ({@link CollectiveImpactJson.Builder#lenient(boolean)}) skips unknown properties, their values
 * included, and lists them here, so that a caller can warn the sender of the document.
 *
 * @param <T> the type of the value
 */
public final class ReadResult<T> {
  private final T value;
  private final List<String> ignoredProperties;

  ReadResult(T value, List<String> ignoredProperties) {
    this.value = Objects.requireNonNull(value, "value");
    this.ignoredProperties = List.copyOf(ignoredProperties);
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
   * {@code /partners/0/website}.
   *
   * @return the pointers; empty if nothing was skipped
   */
  public List<String> ignoredProperties() {
    return ignoredProperties;
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
