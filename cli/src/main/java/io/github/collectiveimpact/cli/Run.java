package io.github.collectiveimpact.cli;

import java.io.PrintWriter;

/**
 * What every command of one run shares: its language, its environment and its output streams (UTF-8).
 *
 * @param texts the language of the run
 * @param environment the machine's defaults
 * @param out standard output
 * @param err standard error
 */
record Run(Texts texts, Environment environment, PrintWriter out, PrintWriter err) {
  /** The program's name, as messages start with it. */
  static final String PROGRAM = "collective-impact";

  /** Writes one line on standard error, prefixed with the program's name. */
  void error(String message) {
    err.println(PROGRAM + ": " + message);
    err.flush();
  }
}
