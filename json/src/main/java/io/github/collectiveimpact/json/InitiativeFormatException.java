package io.github.collectiveimpact.json;

import java.io.IOException;
import java.util.Objects;

/**
 * Thrown when a JSON document cannot be read as an initiative (or a validation report): it is not
 * well-formed JSON, has a property of the wrong type, an unknown or duplicate property, a {@code null}, a
 * bad date or enum value, a value that breaks a rule of the model (an activity that ends before it
 * starts), misses a required property, has an unsupported schema version, or exceeds a limit of the
 * reader.
 *
 * <p>It says where: {@link #path()} is the JSON Pointer (RFC 6901) of the offending value, e.g.
 * {@code /partners/3/sector} ({@code ""} for the whole document), and {@link #line()} and {@link #column()}
 * its position in the input; {@link #problem()} says what is wrong. The message has all four, and the
 * underlying exception, if any, is the cause.
 *
 * <p>It is an {@link IOException}, so that a caller reading from a file or a stream catches bad content
 * and failed input with one {@code catch}; {@code catch (InitiativeFormatException e)} before it tells the
 * two apart.
 */
public final class InitiativeFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The JSON Pointer of the offending value. */
  private final String path;

  /** The 1-based line, or -1. */
  private final int line;

  /** The 1-based column, or -1. */
  private final int column;

  /** What is wrong. */
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param path the JSON Pointer of the offending value, {@code ""} for the whole document
   * @param line the 1-based line of the offending value, or -1 if unknown
   * @param column the 1-based column of the offending value, or -1 if unknown
   * @param problem what is wrong, e.g. {@code "expected a string but found an array"}
   * @param cause the underlying exception, or {@code null}
   */
  public InitiativeFormatException(
      String path, int line, int column, String problem, Throwable cause) {
    super(message(path, line, column, problem), cause);
    this.path = Objects.requireNonNull(path, "path");
    this.line = line > 0 ? line : -1;
    this.column = column > 0 ? column : -1;
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  private static String message(String path, int line, int column, String problem) {
    StringBuilder m = new StringBuilder("Invalid document at ");
    m.append(path.isEmpty() ? "the root" : path);
    if (line > 0) {
      m.append(" (line ").append(line);
      if (column > 0) {
        m.append(", column ").append(column);
      }
      m.append(')');
    }
    return m.append(": ").append(problem).toString();
  }

  /**
   * The JSON Pointer (RFC 6901) of the offending value, with the property names of the format, e.g.
   * {@code /partners/3/sector}; for a missing property, the pointer it would have.
   *
   * @return the pointer, {@code ""} for the whole document
   */
  public String path() {
    return path;
  }

  /**
   * The line of the offending value in the input.
   *
   * @return the 1-based line, or -1 if unknown
   */
  public int line() {
    return line;
  }

  /**
   * The column of the offending value in the input: characters from the start of the line for text
   * input, bytes for binary input.
   *
   * @return the 1-based column, or -1 if unknown
   */
  public int column() {
    return column;
  }

  /**
   * What is wrong, without the location.
   *
   * @return the problem, e.g. {@code "null is not allowed"}
   */
  public String problem() {
    return problem;
  }
}
