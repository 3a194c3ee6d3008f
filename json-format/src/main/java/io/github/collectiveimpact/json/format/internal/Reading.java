package io.github.collectiveimpact.json.format.internal;

import io.github.collectiveimpact.json.format.InitiativeFormatException;
import io.github.collectiveimpact.json.format.ReadResult;
import java.io.IOException;
import java.util.Locale;
import java.util.Objects;

/**
 * How a binding's facade reads one whole document from untrusted input, whatever its JSON library: the
 * reader's options, the heap guard before reading, and every problem found turned into one {@link
 * InitiativeFormatException}. The binding opens its parser; the rest is here, once.
 */
public final class Reading {
  /** The default limit of nesting of arrays and objects, {@value}; the format itself needs 8. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** The default limit of the length of a string value, in characters: {@value}. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;

  /** The default limit of the length of a number, in characters: {@value}. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;

  /** The default limit of the size of a document, {@value} (256 MiB). */
  public static final long DEFAULT_MAX_DOCUMENT_SIZE = 256L * 1024 * 1024;

  private final boolean lenient;
  private final DocumentReader.Limits limits;
  private final Locale locale;
  private final int maxProblems;

  /**
   * Creates the reading of a facade.
   *
   * @param lenient whether unknown properties are skipped rather than reported
   * @param limits the input's limits, which the binding's parser enforces
   * @param locale the language of the messages
   * @param maxProblems how many problems to list before stopping
   */
  public Reading(boolean lenient, DocumentReader.Limits limits, Locale locale, int maxProblems) {
    this.lenient = lenient;
    this.limits = Objects.requireNonNull(limits, "limits");
    this.locale = Objects.requireNonNull(locale, "locale");
    this.maxProblems = maxProblems;
  }

  /** Opens a binding's parser on the caller's input: JSON here, CSV for {@link CsvReading}. */
  @FunctionalInterface
  public interface Opener {
    /**
     * Opens the input.
     *
     * @return the tokens, to be closed after reading
     * @throws JsonInput.Failure if the input fails as text (for a JSON document, of kind {@link
     *     JsonInput.Failure.Kind#ENCODING} when the first bytes are of no Unicode encoding)
     * @throws IOException if the input cannot be read
     */
    JsonInput open() throws IOException;
  }

  /**
   * Refuses a text longer than the document limit before parsing it, at the line and column where the
   * limit is passed.
   *
   * @param json the text
   * @throws InitiativeFormatException if the text is too long
   */
  public void checkLength(String json) throws InitiativeFormatException {
    long max = limits.documentSize();
    if (json.length() <= max) {
      return;
    }
    int line = 1;
    int column = 1;
    for (int i = 0; i < max; i++) {
      if (json.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    Problems problems = new Problems(locale, 1);
    problems.add("", line, column, "problem.limit.document", max);
    throw new InitiativeFormatException(problems.list(), false, locale, null);
  }

  /**
   * Reads one document: refuses it first if its size, when known, would not fit in the heap left; then
   * reads it, recording every problem; closes the input.
   *
   * @param root the document's type
   * @param opener opens the input
   * @param size the input's size in bytes when known (a file), or -1
   * @param <T> the type of value
   * @return the value and what a lenient reader skipped
   * @throws InitiativeFormatException if the document has any problem
   * @throws IOException if the input cannot be read
   */
  public <T> ReadResult<T> read(Root<T> root, Opener opener, long size) throws IOException {
    Problems problems = new Problems(locale, maxProblems);
    long available = available();
    if (size > 0 && size * DocumentReader.HEAP_PER_BYTE > available) {
      problems.add(
          "",
          -1,
          -1,
          "problem.heap",
          DocumentReader.megabytes(size),
          DocumentReader.megabytes(size * DocumentReader.HEAP_PER_BYTE),
          DocumentReader.megabytes(available));
      throw new InitiativeFormatException(problems.list(), false, locale, null);
    }
    JsonInput input;
    try {
      input = opener.open();
    } catch (JsonInput.Failure e) {
      if (e.kind() != JsonInput.Failure.Kind.ENCODING) {
        throw e;
      }
      problems.add("", -1, -1, "problem.encoding");
      throw new InitiativeFormatException(problems.list(), false, locale, e);
    }
    try (JsonInput in = input) {
      DocumentReader reader =
          new DocumentReader(
              in, problems, lenient, limits, available / DocumentReader.HEAP_PER_BYTE);
      T value = reader.readDocument(root);
      if (value == null || problems.count() > 0) {
        throw new InitiativeFormatException(problems.list(), problems.truncated(), locale, null);
      }
      return new ReadResult<>(value, reader.skipped(), reader.skippedCount());
    } catch (StackOverflowError e) {
      problems.add("", -1, -1, "problem.limit.nesting", limits.nestingDepth());
      throw new InitiativeFormatException(problems.list(), false, locale, null);
    }
  }

  /**
   * Reads one value where a caller's mapper asks a binding's deserializer for it: strictly, with the
   * parser's own limits, its pointers below where the value lies in the caller's document.
   *
   * @param in the caller's parser, its current token the value's first (not closed)
   * @param current that token
   * @param base the JSON Pointer of the value in the caller's document
   * @param limits the parser's limits, for messages
   * @param codec the value's codec
   * @param root the document the value is the root of, or {@code null}
   * @param locale the language of the messages
   * @param <T> the type of value
   * @return the value
   * @throws InitiativeFormatException if the value has any problem
   * @throws IOException if the input cannot be read
   */
  public static <T> T readValue(
      JsonInput in,
      Token current,
      String base,
      DocumentReader.Limits limits,
      Codec<T> codec,
      Root<T> root,
      Locale locale)
      throws IOException {
    Problems problems = new Problems(locale, InitiativeFormatException.MAX_PROBLEMS);
    DocumentReader reader = new DocumentReader(in, problems, false, limits, Long.MAX_VALUE);
    reader.base(base);
    T value = root != null ? reader.readValue(root, current) : reader.readValue(codec, current);
    if (value == null) {
      throw new InitiativeFormatException(problems.list(), problems.truncated(), locale, null);
    }
    return value;
  }

  /**
   * Checks a limit given to a builder.
   *
   * @param value the limit
   * @param name the builder's option, for the message
   * @return the value
   * @throws IllegalArgumentException if the value is below 1
   */
  public static long positive(long value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, was " + value);
    }
    return value;
  }

  /** The heap this reader may still take. */
  private static long available() {
    Runtime runtime = Runtime.getRuntime();
    return runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
  }
}
