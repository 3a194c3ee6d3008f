package io.github.collectiveimpact.model;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thrown when a model type is built without one of its required attributes, or with a value that breaks
 * one of its invariants: a blank id, a start after its end, a value that is not a finite number, a percent
 * outside 0..100, a negative FTE, and so on.
 *
 * <p>The exception names the type, the attribute and the offending value, so that a caller (for example
 * the JSON reader) can point the user at the right place; when required attributes are missing, {@link
 * #missingAttributes()} names every one of them. It is an {@link IllegalArgumentException}, as for any
 * other bad argument in Java. (A {@code null} passed to a builder is refused at once with a {@link
 * NullPointerException} naming the attribute, as {@link Objects#requireNonNull(Object, String)} does.)
 */
public final class InvalidModelException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * What kind of invariant a value breaks, so that a caller can say it in its own terms and language
   * (the JSON reader names the format's properties and values) instead of showing {@link #getMessage()}.
   */
  public enum Reason {
    /** Required attributes are not set; see {@link #missingAttributes()}. */
    MISSING,
    /** A text is empty or only white space ({@link String#isBlank()}). */
    BLANK,
    /** A number is not finite (NaN or infinite). */
    NOT_FINITE,
    /** A number is negative where it must not be. */
    NEGATIVE,
    /**
     * A date is after another one it must not follow; {@link #arguments()} holds the other attribute's
     * name and its date.
     */
    AFTER,
    /** A value does not fit the indicator's unit; {@link #arguments()} holds the unit's constant name. */
    OUTSIDE_UNIT,
    /** A period is zero or negative where it must be positive. */
    NOT_POSITIVE,
    /** A period has a negative part. */
    NEGATIVE_PART,
    /** A period is longer than {@link Cadence#LONGEST}. */
    TOO_LONG,
    /** A text is not an ISO-8601 period of the accepted form. */
    NOT_A_PERIOD,
    /** A key is not in lower-case snake case. */
    NOT_A_KEY,
    /** A currency is not an ISO 4217 code of three upper-case letters. */
    NOT_A_CURRENCY,
    /** A number is outside the range it must be in; {@link #arguments()} holds the bounds. */
    OUT_OF_RANGE,
    /** Any other reason, given only by the message. */
    OTHER
  }

  /**
   * The message with which the generated builders report required attributes that are not set: the
   * type's name, then the attributes' names in brackets.
   */
  private static final Pattern GENERATED_MISSING =
      Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[(.*)\\]");

  /** The simple name of the type whose invariant was broken. */
  private final String type;

  /** The attribute holding the invalid value, or the first missing one. */
  private final String attribute;

  /** The position of the invalid element in a list attribute, or -1. */
  private final int index;

  /** The offending value, as text. */
  private final String value;

  /** The required attributes that were not set, in the order the type declares them; often empty. */
  private final List<String> missingAttributes;

  /** What kind of invariant is broken. */
  private final Reason reason;

  /** The facts the reason refers to, as text. */
  private final List<String> arguments;

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
   * Creates the exception with the kind of invariant broken, for one element of a list attribute or for
   * the whole attribute.
   *
   * @param type the simple name of the model type being built, e.g. {@code Activity}
   * @param attribute the attribute, e.g. {@code start}
   * @param index the position of the invalid element in the list, from 0; or -1 for the whole attribute
   * @param value the offending value
   * @param reason the kind of invariant broken
   * @param message what is wrong with the value, in English, e.g. {@code "must not be after end"}
   * @param arguments the facts the reason refers to, e.g. the other attribute and its value for {@link
   *     Reason#AFTER}
   */
  public InvalidModelException(
      String type,
      String attribute,
      int index,
      Object value,
      Reason reason,
      String message,
      Object... arguments) {
    this(
        Objects.requireNonNull(type, "type")
            + "."
            + Objects.requireNonNull(attribute, "attribute")
            + (index >= 0 ? "[" + index + "]" : "")
            + " "
            + message
            + " (was: "
            + render(value)
            + ")",
        type,
        attribute,
        index,
        render(value),
        List.of(),
        Objects.requireNonNull(reason, "reason"),
        texts(arguments));
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
    this(
        Objects.requireNonNull(type, "type")
            + "."
            + Objects.requireNonNull(attribute, "attribute")
            + (index >= 0 ? "[" + index + "]" : "")
            + " "
            + reason
            + " (was: "
            + render(value)
            + ")",
        type,
        attribute,
        index,
        render(value),
        List.of(),
        Reason.OTHER,
        List.of());
  }

  /**
   * Creates the exception for required attributes that were not set, e.g. for {@code Indicator} built
   * without {@code desiredDirection} and {@code level}.
   *
   * @param type the simple name of the model type being built, e.g. {@code Indicator}
   * @param missingAttributes the required attributes that were not set, in the order the type declares
   *     them, e.g. {@code [desiredDirection, level]}
   * @throws IllegalArgumentException if {@code missingAttributes} is empty
   */
  public InvalidModelException(String type, List<String> missingAttributes) {
    this(
        missingMessage(type, missingAttributes),
        type,
        missingAttributes.get(0),
        -1,
        render(null),
        List.copyOf(missingAttributes),
        Reason.MISSING,
        List.of());
  }

  /**
   * Creates the exception from the message of a generated builder, which names the type and the missing
   * attributes ({@code Value.Style.throwForInvalidImmutableState} in this package's {@code package-info}).
   *
   * @param generatedMessage the builder's message, e.g. {@code "Cannot build Indicator, some of required
   *     attributes are not set [desiredDirection, level]"}
   */
  InvalidModelException(String generatedMessage) {
    this(generatedMessage, generatedType(generatedMessage), generatedMissing(generatedMessage));
  }

  private InvalidModelException(String generatedMessage, String type, List<String> missing) {
    this(
        missing.isEmpty() ? String.valueOf(generatedMessage) : missingMessage(type, missing),
        type,
        missing.isEmpty() ? "" : missing.get(0),
        -1,
        missing.isEmpty() ? "" : render(null),
        missing,
        missing.isEmpty() ? Reason.OTHER : Reason.MISSING,
        List.of());
  }

  private InvalidModelException(
      String message,
      String type,
      String attribute,
      int index,
      String value,
      List<String> missingAttributes,
      Reason reason,
      List<String> arguments) {
    super(message);
    this.reason = reason;
    this.arguments = arguments;
    this.type = type;
    this.attribute = attribute;
    this.index = Math.max(-1, index);
    this.value = value;
    this.missingAttributes = missingAttributes;
  }

  private static String missingMessage(String type, List<String> missingAttributes) {
    Objects.requireNonNull(type, "type");
    if (missingAttributes.isEmpty()) {
      throw new IllegalArgumentException("missingAttributes must name at least one attribute");
    }
    for (String name : missingAttributes) {
      Objects.requireNonNull(name, "missingAttributes element");
    }
    return missingAttributes.size() == 1
        ? "Cannot build "
            + type
            + ": required attribute "
            + missingAttributes.get(0)
            + " is not set"
        : "Cannot build "
            + type
            + ": required attributes "
            + String.join(", ", missingAttributes)
            + " are not set";
  }

  /** The type named by a generated builder's message, or "" if the message has another form. */
  private static String generatedType(String message) {
    Matcher m = GENERATED_MISSING.matcher(String.valueOf(message));
    return m.matches() ? m.group(1) : "";
  }

  /** The missing attributes named by a generated builder's message; empty if it has another form. */
  private static List<String> generatedMissing(String message) {
    Matcher m = GENERATED_MISSING.matcher(String.valueOf(message));
    return m.matches() ? List.of(m.group(2).split(", ")) : List.of();
  }

  private static List<String> texts(Object... arguments) {
    List<String> texts = new java.util.ArrayList<>(arguments.length);
    for (Object argument : arguments) {
      texts.add(String.valueOf(argument));
    }
    return List.copyOf(texts);
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
   * attribute name; when required attributes are missing, the first of them.
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
   * @return the value; {@code "null"} when required attributes are missing
   */
  public String value() {
    return value;
  }

  /**
   * The required attributes that were not set when the type was built, in the order the type declares
   * them.
   *
   * @return the names of the missing attributes, e.g. {@code [desiredDirection, level]}; empty when the
   *     exception is about an invalid value
   */
  public List<String> missingAttributes() {
    return missingAttributes;
  }

  /**
   * What kind of invariant is broken.
   *
   * @return the reason; {@link Reason#MISSING} when required attributes are missing, {@link Reason#OTHER}
   *     when the exception was created with a message only
   */
  public Reason reason() {
    return reason;
  }

  /**
   * The facts the {@linkplain #reason() reason} refers to, as text: for {@link Reason#AFTER} the other
   * attribute's name and its date, for {@link Reason#OUTSIDE_UNIT} the unit's constant name, for {@link
   * Reason#OUT_OF_RANGE} the lower and upper bound.
   *
   * @return the arguments, often empty
   */
  public List<String> arguments() {
    return arguments;
  }
}
