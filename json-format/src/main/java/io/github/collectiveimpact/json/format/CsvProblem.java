package io.github.collectiveimpact.json.format;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem of an observations file: where it is, as a user sees the file in a spreadsheet or a text
 * editor, and what is wrong, in the reader's language.
 *
 * <p>{@link #line()} is the line of the file, from 1 for the header line, counting the lines inside a
 * quoted value that spans several; {@link #column()} is the field's position in its line, from 1 for the
 * first (the spreadsheet's column A); {@link #columnName()} is the header's name of that column.
 */
public final class CsvProblem implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What kind of problem it is; each has a message of its own. */
  public enum Kind {
    /** The file has no header line. */
    EMPTY_FILE,
    /** A header names a column that observations do not have. */
    UNKNOWN_COLUMN,
    /** A header names a column a second time. */
    DUPLICATE_COLUMN,
    /** A required column is not in the header. */
    MISSING_COLUMN,
    /** The header has {@code dimension} without {@code group}, or {@code group} without {@code dimension}. */
    UNPAIRED_COLUMN,
    /** A line has more fields than the header has columns. */
    TOO_MANY_FIELDS,
    /** A line has fewer fields than the header has columns. */
    TOO_FEW_FIELDS,
    /** A required field is empty. */
    EMPTY_FIELD,
    /** A value is not a number. */
    NOT_A_NUMBER,
    /** A value has a comma, as a decimal or thousands separator: decimals are written with a point. */
    DECIMAL_COMMA,
    /** A number is too large to be held (beyond about 1.8e308). */
    NUMBER_OUT_OF_RANGE,
    /** A date is not an ISO date such as {@code 2024-06-30}, or no such day exists. */
    BAD_DATE,
    /** The period ends before it starts. */
    PERIOD_ENDS_BEFORE_START,
    /** A dimension is not a key in lower-case snake case such as {@code race_ethnicity}. */
    BAD_DIMENSION,
    /** A row has a dimension but no group. */
    DIMENSION_WITHOUT_GROUP,
    /** A row has a group but no dimension. */
    GROUP_WITHOUT_DIMENSION,
    /** A value that must not be blank has only white space. */
    BLANK_FIELD,
    /** A {@code seriesBreak} is neither {@code true} nor {@code false}. */
    NOT_A_BOOLEAN,
    /** Another rule of the model is broken by the value. */
    INVALID_VALUE,
    /** A field is longer than the reader's limit. */
    FIELD_TOO_LONG,
    /** The file has more rows than the reader's limit. */
    TOO_MANY_ROWS,
    /** A quoted value is not closed before the end of the file. */
    UNCLOSED_QUOTE,
    /** The text cannot be read as CSV. */
    MALFORMED,
    /** The bytes are not UTF-8 text. */
    NOT_UTF8
  }

  /** What kind of problem it is. */
  private final Kind kind;

  /** The 1-based line. */
  private final int line;

  /** The 1-based column, or -1. */
  private final int column;

  /** The column's name in the header, or null. */
  private final String columnName;

  /** What is wrong. */
  private final String message;

  /** The location and the message. */
  private final String text;

  /**
   * Creates a problem; the readers of the bindings do.
   *
   * @param kind what kind of problem it is
   * @param line the 1-based line
   * @param column the 1-based field, or -1 (or 0) for the whole line
   * @param columnName the header's name of the column, or {@code null}
   * @param message what is wrong
   * @param text the location and the message, as {@link #toString()} gives them
   */
  public CsvProblem(
      Kind kind, int line, int column, String columnName, String message, String text) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.line = line;
    this.column = column > 0 ? column : -1;
    this.columnName = columnName;
    this.message = Objects.requireNonNull(message, "message");
    this.text = Objects.requireNonNull(text, "text");
  }

  /**
   * What kind of problem it is.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The line of the file, from 1 for the header line; a value with line breaks inside its quotes counts
   * for as many lines as it spans, as in a text editor.
   *
   * @return the 1-based line
   */
  public int line() {
    return line;
  }

  /**
   * The position of the field in its line, from 1 for the first field (column A of a spreadsheet).
   *
   * @return the 1-based column, or -1 when the problem is about the line as a whole (a column missing
   *     from the header, a file that ends early)
   */
  public int column() {
    return column;
  }

  /**
   * The name of the column in the header, e.g. {@code value}; for a missing column, the name it should
   * have.
   *
   * @return the column's name; empty when the problem is not about one column (a line with too many
   *     fields, a file that cannot be read)
   */
  public Optional<String> columnName() {
    return Optional.ofNullable(columnName);
  }

  /**
   * What is wrong, in the reader's language, without the location.
   *
   * @return the message, e.g. {@code "12,5" has a comma: write decimals with a point, e.g. 12.5}
   */
  public String message() {
    return message;
  }

  /**
   * The location and the message, in the reader's language.
   *
   * @return e.g. {@code line 3, column 4 (value): "12,5" has a comma: ...}
   */
  @Override
  public String toString() {
    return text;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof CsvProblem)) {
      return false;
    }
    CsvProblem o = (CsvProblem) other;
    return kind == o.kind
        && line == o.line
        && column == o.column
        && Objects.equals(columnName, o.columnName)
        && message.equals(o.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, line, column, columnName, message);
  }
}
