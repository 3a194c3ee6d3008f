package io.github.collectiveimpact.cli;

import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.validation.ValidationReport;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one document: its report, or why it could not be read. A problem keeps the place in the
 * document where it is (a JSON Pointer, a line and a column, or {@code ""} and -1 when the whole file is
 * at fault) and says what is wrong in the run's language.
 *
 * <p>The initiative that was validated (as read, with the rows of {@code --observations} added) is kept
 * only when the run has one document, for the output formats that show more of it than its report; a run
 * of several documents holds no initiative, however many it reads.
 *
 * @param file the file as the command line or its folder named it
 * @param report the report, if the document was read
 * @param initiative the initiative validated, if the document was read and is the run's only one
 * @param path the JSON Pointer of the problem, {@code ""} for the whole document
 * @param line the 1-based line of the problem, or -1
 * @param column the 1-based column of the problem, or -1
 * @param message the whole line to show for the problem, without the file
 */
record Outcome(
    String file,
    Optional<ValidationReport> report,
    Optional<Initiative> initiative,
    String path,
    int line,
    int column,
    String message) {
  Outcome {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(initiative, "initiative");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** The report of a document, without its initiative. */
  static Outcome of(String file, ValidationReport report) {
    return new Outcome(file, Optional.of(report), Optional.empty(), "", -1, -1, "");
  }

  /** The report of a run's one document, with the initiative it is about. */
  static Outcome of(String file, ValidationReport report, Initiative initiative) {
    return new Outcome(file, Optional.of(report), Optional.of(initiative), "", -1, -1, "");
  }

  static Outcome problem(String file, String path, int line, int column, String message) {
    return new Outcome(file, Optional.empty(), Optional.empty(), path, line, column, message);
  }

  boolean isRead() {
    return report.isPresent();
  }
}
