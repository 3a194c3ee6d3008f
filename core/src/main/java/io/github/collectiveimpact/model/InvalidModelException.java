package io.github.collectiveimpact.model;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Thrown when a model type is built with a value that breaks one of its invariants: a blank id, a start
 * after its end, a value that is not a finite number, a percent outside 0..100, a negative FTE, and so on.
 *
 * <p>The exception names the type, the attribute and the offending value, so that a caller (for example
 * the JSON reader) can point the user at the right place. It is an {@link IllegalArgumentException}, as for
 * any other bad argument in Java.
 */
public final class InvalidModelException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The simple name of the type whose invariant was broken. */
  private final String type;

  /** The attribute holding the invalid value. */
  private final String attribute;

  /** The position of the invalid element in a list attribute, or -1. */
  private final int index;

  /** The offending value, as text. */
  private final String value;

  /**
   * Creates the exception.
   *
   * @param type the simple name of the model type being built, e.g. {@code Indicator}
   * @param attribute the attribute whose value is invalid, e.g. {@code baseline}
   * @param value the offending value, as text (may be {@code "null"})
   * @param reason what is wrong with it, e.g. {@code "must not be blank"}
   */
  public InvalidModelException(String type, String attribute, Object value, String reason) {
    this(type, attribute, -1, value, reason);
  }

  /**
   * Creates the exception for one element of a list attribute.
   *
   * @param type the simple name of the model type being built, e.g. {@code Activity}
   * @param attribute the list attribute, e.g. {@code contributingPartnerIds}
   * @param index the position of the invalid element in the list, from 0; or -1 for the whole attribute
   * @param value the offending value, as text (may be {@code "null"})
   * @param reason what is wrong with it, e.g. {@code "must not contain a blank id"}
   */
  public InvalidModelException(
      String type, String attribute, int index, Object value, String reason) {
    super(
        type
            + "."
            + attribute
            + (index >= 0 ? "[" + index + "]" : "")
            + " "
            + reason
            + " (was: "
            + render(value)
            + ")");
    this.type = Objects.requireNonNull(type, "type");
    this.attribute = Objects.requireNonNull(attribute, "attribute");
    this.index = Math.max(-1, index);
    this.value = render(value);
  }

  private static String render(Object value) {
    if (value instanceof CharSequence) {
      return "\"" + value + "\"";
    }
    return String.valueOf(value);
  }

  /**
   * The simple name of the type whose invariant was broken.
   *
   * @return the type name, e.g. {@code Indicator}
   */
  public String type() {
    return type;
  }

  /**
   * The attribute that holds the invalid value. For an element of a collection it is the collection's
   * attribute name.
   *
   * @return the attribute name, e.g. {@code baseline}
   */
  public String attribute() {
    return attribute;
  }

  /**
   * The position of the invalid element, when the attribute is a list and one element is invalid.
   *
   * @return the index from 0, or empty when the attribute as a whole is invalid
   */
  public OptionalInt index() {
    return index >= 0 ? OptionalInt.of(index) : OptionalInt.empty();
  }

  /**
   * The offending value, rendered as text.
   *
   * @return the value
   */
  public String value() {
    return value;
  }
}
