package io.github.collectiveimpact.cli;

import io.github.collectiveimpact.json.format.InitiativeFormatException;

/** The one line that says what is wrong with a document, in the run's language. */
final class Problems {
  private Problems() {}

  /** What is wrong with a document's content, with where: {@code file: Invalid document at /x (line 1, column 2): ...}. */
  static String located(String file, InitiativeFormatException e, Texts texts) {
    return file + ": " + message(e, texts);
  }

  /** What is wrong with a document's content, with where, without the file. */
  static String message(InitiativeFormatException e, Texts texts) {
    String where = e.path().isEmpty() ? texts.get("problem.root") : e.path();
    if (e.line() > 0 && e.column() > 0) {
      return texts.get("problem.lineColumn", where, e.line(), e.column(), e.problem());
    }
    if (e.line() > 0) {
      return texts.get("problem.line", where, e.line(), e.problem());
    }
    return texts.get("problem.nowhere", where, e.problem());
  }
}
