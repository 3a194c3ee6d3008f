package io.github.collectiveimpact.cli;

import java.io.IOException;

/**
 * A CSV file of observations that could not be added to the document's initiative: which file, where in
 * it, and what is wrong, in the run's language. The validate command reports it as the outcome of that
 * file, so that the problem is named where it lies rather than at the JSON document.
 */
final class ObservationsProblem extends IOException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;

  ObservationsProblem(String file, int line, int column, String message, IOException cause) {
    super(message, cause);
    this.file = file;
    this.line = line;
    this.column = column;
  }

  /** The CSV file, as the command line named it. */
  String file() {
    return file;
  }

  /** The 1-based line of the first problem, or -1 when the whole file is at fault. */
  int line() {
    return line;
  }

  /** The 1-based column of the first problem, or -1. */
  int column() {
    return column;
  }
}
