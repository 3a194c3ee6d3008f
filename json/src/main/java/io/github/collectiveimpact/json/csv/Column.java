package io.github.collectiveimpact.json.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The columns of an observations file, by the names of the JSON format's properties: an observation's
 * {@code indicatorId}, {@code value}, {@code partnerId}, {@code note} and {@code seriesBreak}, its
 * period's {@code start} and {@code end} as {@code periodStart} and {@code periodEnd}, and its
 * disaggregation's {@code dimension} and {@code group}.
 */
enum Column {
  INDICATOR_ID("indicatorId", true),
  PERIOD_START("periodStart", true),
  PERIOD_END("periodEnd", true),
  VALUE("value", true),
  PARTNER_ID("partnerId", false),
  DIMENSION("dimension", false),
  GROUP("group", false),
  NOTE("note", false),
  SERIES_BREAK("seriesBreak", false);

  private static final Column[] ALL = values();

  private final String header;
  private final boolean required;

  Column(String header, boolean required) {
    this.header = header;
    this.required = required;
  }

  /** The name of the column in the header line. */
  String header() {
    return header;
  }

  /** Whether every file must have the column, and every row a value in it. */
  boolean required() {
    return required;
  }

  /** The column that must come with this one: {@code group} with {@code dimension} and back. */
  Optional<Column> pair() {
    if (this == DIMENSION) {
      return Optional.of(GROUP);
    }
    return this == GROUP ? Optional.of(DIMENSION) : Optional.empty();
  }

  /** The column with the given header name, if any; names are matched exactly. */
  static Optional<Column> named(String header) {
    for (Column c : ALL) {
      if (c.header.equals(header)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Every column, in the order they are written. */
  static List<Column> all() {
    return List.of(ALL);
  }

  /** The header names of every column, comma-separated, for messages. */
  static String names() {
    List<String> names = new ArrayList<>();
    for (Column c : ALL) {
      names.add(c.header);
    }
    return String.join(", ", names);
  }
}
