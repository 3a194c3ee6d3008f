package io.github.collectiveimpact.json.format.internal;

import java.io.Closeable;
import java.io.IOException;

/**
 * The tokens of a JSON document, from whatever parser reads it (Jackson 2 or 3), for the format's reader.
 *
 * <p>An implementation translates its parser's failures into a {@link Failure} of one of the {@link
 * Failure.Kind kinds} below, with the line and column where it happened; nothing else leaves {@link
 * #next()}. Closing it closes the parser, never the caller's stream or reader.
 */
public interface JsonInput extends Closeable {
  /**
   * Reads the next token.
   *
   * @return the token, or {@code null} at the end of the input
   * @throws Failure if the input is not well-formed JSON, breaks a limit or is not text
   * @throws IOException if the input cannot be read
   */
  Token next() throws IOException;

  /**
   * The name of the property, when the current token is {@link Token#NAME}.
   *
   * @return the name
   */
  String name() throws IOException;

  /**
   * The text of the current {@link Token#STRING}, or of the current number as written.
   *
   * @return the text
   */
  String text() throws IOException;

  /**
   * The characters of the current string, in a buffer the input owns, valid until the next token.
   *
   * @return the buffer; the string starts at {@link #textOffset()} and is {@link #textLength()} long
   */
  char[] textCharacters() throws IOException;

  /**
   * Where the current string starts in {@link #textCharacters()}.
   *
   * @return the offset
   */
  int textOffset() throws IOException;

  /**
   * How long the current string is.
   *
   * @return the length in characters
   */
  int textLength() throws IOException;

  /**
   * The current number as a double.
   *
   * @return the value, rounded to the nearest double (zero or infinity when out of range)
   */
  double doubleValue() throws IOException;

  /**
   * Skips the current object or array, with everything in it; does nothing on a scalar.
   *
   * @throws IOException as {@link #next()}
   */
  void skipChildren() throws IOException;

  /**
   * The line where the current token starts.
   *
   * @return the 1-based line, or -1
   */
  int line();

  /**
   * The column where the current token starts.
   *
   * @return the 1-based column, or -1
   */
  int column();

  /**
   * The line just after the previous token, where a missing comma or bracket belongs.
   *
   * @return the 1-based line, or -1
   */
  int lineAfterPrevious();

  /**
   * The column just after the previous token.
   *
   * @return the 1-based column, or -1
   */
  int columnAfterPrevious();

  /**
   * Whether the parser is inside an array.
   *
   * @return {@code true} in an array
   */
  boolean inArray();

  /**
   * Whether the parser is inside an object.
   *
   * @return {@code true} in an object
   */
  boolean inObject();

  /**
   * The JSON Pointer of where the parser is, as the parser knows it: the property or element it is
   * reading, in the whole input.
   *
   * @return the pointer
   */
  String pointer();

  /**
   * The name of the property the parser is at in the object it is in, as the parser knows it (it may
   * have read a name that no token has given yet, when the value after it is not JSON).
   *
   * @return the name, or {@code null}
   */
  String contextName();

  /**
   * The index of the element the parser is at in the array it is in, as the parser knows it.
   *
   * @return the index, or -1
   */
  int contextIndex();

  /**
   * How much of the input has been read: bytes for binary input, characters for text.
   *
   * @return the count so far
   */
  long consumed();

  /** A failure of the input, located and classified. */
  final class Failure extends IOException {
    private static final long serialVersionUID = 1L;

    /** The kinds of failure. */
    public enum Kind {
      /** The text is not well-formed JSON. */
      SYNTAX,
      /** The text lacks the comma between two elements of an array or two properties of an object. */
      MISSING_COMMA,
      /** The text ends inside a value. */
      END_OF_INPUT,
      /** Objects and arrays are nested deeper than the limit. */
      NESTING_LIMIT,
      /** A string is longer than the limit. */
      STRING_LIMIT,
      /** A number is longer than the limit. */
      NUMBER_LIMIT,
      /** A property name is longer than the limit. */
      NAME_LIMIT,
      /** The document is longer than the limit. */
      DOCUMENT_LIMIT,
      /** The bytes are not text in a Unicode encoding. */
      ENCODING
    }

    private final Kind kind;
    private final int line;
    private final int column;

    /**
     * Creates the failure.
     *
     * @param kind what failed
     * @param line the 1-based line, or -1
     * @param column the 1-based column, or -1
     * @param cause the parser's exception
     */
    public Failure(Kind kind, int line, int column, Throwable cause) {
      super(kind.name(), cause);
      this.kind = kind;
      this.line = line;
      this.column = column;
    }

    /**
     * What failed.
     *
     * @return the kind
     */
    public Kind kind() {
      return kind;
    }

    /**
     * Where.
     *
     * @return the 1-based line, or -1
     */
    public int line() {
      return line;
    }

    /**
     * Where.
     *
     * @return the 1-based column, or -1
     */
    public int column() {
      return column;
    }
  }
}
