package io.github.collectiveimpact.json.format;

import io.github.collectiveimpact.json.format.internal.FormatMessages;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Thrown when a JSON document cannot be read as an initiative (or a validation report), with every
 * problem found in it, up to the reader's limit ({@link #MAX_PROBLEMS} by default): text that is not
 * well-formed JSON, a property of the wrong type, an unknown or duplicate property, a {@code null}, a bad
 * date or enum value, a value that breaks a rule of the model (an activity that ends before it starts), a
 * missing required property, an unsupported schema version, or a limit of the reader.
 *
 * <p>{@link #problems()} lists them in the order found, each with the JSON Pointer (RFC 6901) of the
 * offending value, e.g. {@code /partners/3/sector}, its line and column, and what is wrong in the
 * document's terms and the reader's language. {@link #path()}, {@link #line()}, {@link #column()} and
 * {@link #problem()} are those of the first problem; the message lists them all.
 *
 * <p>Reading goes on after a bad value to find the others; only text that is not JSON (or a limit) stops
 * it, so that problem is the last one listed.
 *
 * <p>It is an {@link IOException}, so that a caller reading from a file or a stream catches bad content
 * and failed input with one {@code catch}; {@code catch (InitiativeFormatException e)} before it tells the
 * two apart.
 */
public final class InitiativeFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  /** How many problems a reader lists by default: {@value}. */
  public static final int MAX_PROBLEMS = 100;

  /** The problems. */
  private final List<FormatProblem> problems;

  /** Whether more problems than those listed were found. */
  private final boolean truncated;

  /**
   * Creates the exception for one problem, worded in English.
   *
   * @param path the JSON Pointer of the offending value, {@code ""} for the whole document
   * @param line the 1-based line of the offending value, or -1 if unknown
   * @param column the 1-based column of the offending value, or -1 if unknown
   * @param problem what is wrong, e.g. {@code "expected a string but found an array"}
   * @param cause the underlying exception, or {@code null}
   */
  public InitiativeFormatException(
      String path, int line, int column, String problem, Throwable cause) {
    this(
        List.of(new FormatProblem("problem.other", path, line, column, problem)),
        false,
        Locale.ENGLISH,
        cause);
  }

  /**
   * Creates the exception for the problems found in a document.
   *
   * @param problems the problems, at least one, in the order found
   * @param truncated whether more were found than are listed
   * @param locale the language of the message's own words
   * @param cause the underlying exception, or {@code null}
   */
  public InitiativeFormatException(
      List<FormatProblem> problems, boolean truncated, Locale locale, Throwable cause) {
    super(message(problems, truncated, locale), cause);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("no problems");
    }
    this.problems = List.copyOf(problems);
    this.truncated = truncated;
  }

  private static String message(List<FormatProblem> problems, boolean truncated, Locale locale) {
    Objects.requireNonNull(locale, "locale");
    if (problems.size() == 1 && !truncated) {
      return FormatMessages.format(
          locale, "exception.one", where(problems.get(0), locale), problems.get(0).message());
    }
    StringBuilder m =
        new StringBuilder(FormatMessages.format(locale, "exception.many", problems.size()));
    for (FormatProblem p : problems) {
      m.append(System.lineSeparator())
          .append("  ")
          .append(where(p, locale))
          .append(": ")
          .append(p.message());
    }
    if (truncated) {
      m.append(System.lineSeparator())
          .append("  ")
          .append(FormatMessages.format(locale, "exception.more", problems.size()));
    }
    return m.toString();
  }

  private static String where(FormatProblem p, Locale locale) {
    String path = p.path().isEmpty() ? FormatMessages.format(locale, "exception.root") : p.path();
    if (p.line() < 1) {
      return path;
    }
    return p.column() < 1
        ? FormatMessages.format(locale, "exception.atLine", path, String.valueOf(p.line()))
        : FormatMessages.format(
            locale, "exception.at", path, String.valueOf(p.line()), String.valueOf(p.column()));
  }

  /**
   * Every problem found, in the order found, up to the reader's limit.
   *
   * @return the problems, at least one
   */
  public List<FormatProblem> problems() {
    return problems;
  }

  /**
   * Whether the document has more problems than {@link #problems()} lists.
   *
   * @return {@code true} if the reader's limit was reached
   */
  public boolean truncated() {
    return truncated;
  }

  /**
   * The JSON Pointer (RFC 6901) of the first problem's value, with the property names of the format,
   * e.g. {@code /partners/3/sector}; for a missing property, the pointer it would have.
   *
   * @return the pointer, {@code ""} for the whole document
   */
  public String path() {
    return problems.get(0).path();
  }

  /**
   * The line of the first problem's value in the input.
   *
   * @return the 1-based line, or -1 if unknown
   */
  public int line() {
    return problems.get(0).line();
  }

  /**
   * The column of the first problem's value in the input: characters from the start of the line for text
   * input, bytes for binary input.
   *
   * @return the 1-based column, or -1 if unknown
   */
  public int column() {
    return problems.get(0).column();
  }

  /**
   * What is wrong with the first problem's value, without the location.
   *
   * @return the problem, e.g. {@code "null is not allowed"}
   */
  public String problem() {
    return problems.get(0).message();
  }
}
