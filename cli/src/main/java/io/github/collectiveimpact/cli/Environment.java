package io.github.collectiveimpact.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * What a run takes from the machine rather than the command line, so that tests can set it: the default
 * language, whether standard error is a terminal someone watches, today's date and the number of cores.
 *
 * @param locale the JVM's default locale, which gives the default language
 * @param interactive whether a console is attached ({@code System.console() != null}): only then is a
 *     progress bar drawn
 * @param today the default validation date
 * @param cores the default number of threads
 */
record Environment(Locale locale, boolean interactive, LocalDate today, int cores) {
  Environment {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(today, "today");
    if (cores < 1) {
      throw new IllegalArgumentException("cores must be positive: " + cores);
    }
  }

  /** The environment of this JVM. */
  static Environment system() {
    return new Environment(
        Locale.getDefault(),
        System.console() != null,
        LocalDate.now(ZoneId.systemDefault()),
        Runtime.getRuntime().availableProcessors());
  }
}
