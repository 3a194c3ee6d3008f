package io.github.collectiveimpact.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The output formats of the validate command, {@code --format}, each with its writer. */
enum OutputFormat {
  /** The reports' own text ({@code ValidationReport.toText}) and, for several, a summary block. */
  TEXT,
  /** The reports as the json module writes them and, for several, one document with a summary. */
  JSON,
  /** One self-contained HTML page: a report's, or the network overview of several. */
  HTML;

  /** The format's writer, a new one for each run. */
  ReportOutput output() {
    switch (this) {
      case JSON:
        return new JsonOutput();
      case HTML:
        return new HtmlOutput();
      default:
        return new TextOutput();
    }
  }

  /** The option's value, e.g. {@code text}. */
  String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<OutputFormat> parse(String value) {
    for (OutputFormat f : values()) {
      if (f.value().equals(value)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The values, as {@code text|json}. */
  static String choices() {
    List<String> values = new ArrayList<>();
    for (OutputFormat f : values()) {
      values.add(f.value());
    }
    return String.join("|", values);
  }
}
