package io.github.collectiveimpact.json.format.internal;

import java.io.IOException;

/**
 * How one kind of value of the format is read and written: a text, a date, an enum constant, an object of
 * a model type, an array of values.
 *
 * <p>{@link #read} is called with the value's first token current and returns with its last token current;
 * when the value is bad it records the problem with {@link DocumentReader#problem} (skipping what is left
 * of it) and returns {@code null}, so that reading goes on and finds the document's other problems.
 *
 * @param <V> the Java type of the value
 */
public abstract class Codec<V> {
  /** The message key of what the format expects here, e.g. {@code expected.text}. */
  private final String expected;

  /** The JSON type of the value, for the schema's {@code type}: {@code string}, {@code object}... */
  private final String jsonType;

  /**
   * Creates the codec.
   *
   * @param expected the message key of what the format expects here
   * @param jsonType the JSON type of the value
   */
  protected Codec(String expected, String jsonType) {
    this.expected = expected;
    this.jsonType = jsonType;
  }

  /**
   * Reads a value, the current token being its first.
   *
   * @param reader the reader
   * @return the value, or {@code null} if it is bad (the problem recorded)
   * @throws IOException if the input fails
   */
  public abstract V read(DocumentReader reader) throws IOException;

  /**
   * Writes a value.
   *
   * @param out where to
   * @param value the value
   * @throws IOException if the output fails
   */
  public abstract void write(JsonOutput out, V value) throws IOException;

  /**
   * The message key of what the format expects here.
   *
   * @return the key
   */
  public final String expected() {
    return expected;
  }

  /**
   * The JSON type of the value: {@code string}, {@code number}, {@code integer}, {@code boolean}, {@code
   * object} or {@code array}.
   *
   * @return the type
   */
  public final String jsonType() {
    return jsonType;
  }
}
