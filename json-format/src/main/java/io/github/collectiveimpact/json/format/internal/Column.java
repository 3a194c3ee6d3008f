package io.github.collectiveimpact.json.format.internal;

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
  INDICATOR_ID("indicatorId", true, 0),
  PERIOD_START("periodStart", true, 1),
  PERIOD_END("periodEnd", true, 2),
  VALUE("value", true, 3),
  PARTNER_ID("partnerId", false, 4),
  DIMENSION("dimension", false, 5),
  GROUP("group", false, 6),
  NOTE("note", false, 7),
  SERIES_BREAK("seriesBreak", false, 8);

  private static final Column[] ALL = values();

  private final String header;
  private final boolean required;
  private final int position;

  Column(String header, boolean required, int position) {
    this.header = header;
    this.required = required;
    this.position = position;
  }

  /** The position of the column in a written row, from 0; also the index of arrays by column. */
  int position() {
    return position;
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
