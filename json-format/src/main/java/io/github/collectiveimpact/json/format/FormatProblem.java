package io.github.collectiveimpact.json.format;

import java.util.Objects;

/**
 * One problem with a document: where it is and what is wrong, in the document's own terms (its property
 * names and values, never Java types).
 */
public final class FormatProblem {
  private final String code;
  private final String path;
  private final int line;
  private final int column;
  private final String message;

  /**
   * Creates a problem.
   *
   * @param code a stable identifier of the kind of problem, e.g. {@code problem.unknown}
   * @param path the JSON Pointer (RFC 6901) of the offending value, {@code ""} for the whole document;
   *     for a missing property, the pointer it would have
   * @param line the 1-based line of the offending value, or -1 if unknown
   * @param column the 1-based column, or -1 if unknown
   * @param message what is wrong, in the reader's language
   */
  public FormatProblem(String code, String path, int line, int column, String message) {
    this.code = Objects.requireNonNull(code, "code");
    this.path = Objects.requireNonNull(path, "path");
    this.line = line > 0 ? line : -1;
    this.column = column > 0 ? column : -1;
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * A stable identifier of the kind of problem, the same in every language, e.g. {@code
   * problem.unknown} for an unknown property or {@code problem.missing} for a missing one.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * The JSON Pointer of the offending value, e.g. {@code /partners/3/sector}.
   *
   * @return the pointer, {@code ""} for the whole document
   */
  public String path() {
    return path;
  }

  /**
   * The line of the offending value.
   *
   * @return the 1-based line, or -1 if unknown
   */
  public int line() {
    return line;
  }

  /**
   * The column of the offending value: characters from the start of the line for text input, bytes for
   * binary input.
   *
   * @return the 1-based column, or -1 if unknown
   */
  public int column() {
    return column;
  }

  /**
   * What is wrong, without the location, in the reader's language.
   *
   * @return the message, e.g. {@code unknown property "website"}
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof FormatProblem)) {
      return false;
    }
    FormatProblem o = (FormatProblem) other;
    return code.equals(o.code)
        && path.equals(o.path)
        && line == o.line
        && column == o.column
        && message.equals(o.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, path, line, column, message);
  }

  /**
   * The problem with its location, e.g. {@code /partners/3/sector (line 12, column 18): ...}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(path.isEmpty() ? "/" : path);
    if (line > 0) {
      s.append(" (line ").append(line);
      if (column > 0) {
        s.append(", column ").append(column);
      }
      s.append(')');
    }
    return s.append(": ").append(message).toString();
  }
}
