package io.github.collectiveimpact.cli;

/** The exit statuses of the tool, as {@code --help} and the README list them. */
final class ExitCodes {
  /** Nothing at or above {@code --fail-on}; or help, version, rules and schemas printed. */
  static final int OK = 0;

  /** A report has a finding at or above {@code --fail-on}. */
  static final int FINDINGS = 1;

  /** A bad command line: an unknown option, a bad value, no file. */
  static final int USAGE = 2;

  /** A document could not be read (the others were validated and reported), or the output not written. */
  static final int INPUT = 3;

  private ExitCodes() {}
}
