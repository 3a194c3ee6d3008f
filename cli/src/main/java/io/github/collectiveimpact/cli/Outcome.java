package io.github.collectiveimpact.cli;

import io.github.collectiveimpact.validation.ValidationReport;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one document: its report, or why it could not be read. A problem keeps the place in the
 * document where it is (a JSON Pointer, a line and a column, or {@code ""} and -1 when the whole file is
 * at fault) and says what is wrong in the run's language.
 *
 * @param file the file as the command line or its folder named it
 * @param report the report, if the document was read
 * @param path the JSON Pointer of the problem, {@code ""} for the whole document
 * @param line the 1-based line of the problem, or -1
 * @param column the 1-based column of the problem, or -1
 * @param message the whole line to show for the problem, without the file
 */
record Outcome(
    String file,
    Optional<ValidationReport> report,
    String path,
    int line,
    int column,
    String message) {
  Outcome {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  static Outcome of(String file, ValidationReport report) {
    return new Outcome(file, Optional.of(report), "", -1, -1, "");
  }

  static Outcome problem(String file, String path, int line, int column, String message) {
    return new Outcome(file, Optional.empty(), path, line, column, message);
  }

  boolean isRead() {
    return report.isPresent();
  }
}
