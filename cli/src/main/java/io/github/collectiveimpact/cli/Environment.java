package io.github.collectiveimpact.cli;

import java.io.Console;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * What a run takes from the machine rather than the command line, so that tests can set it: the default
 * language, whether standard error is a terminal someone watches, today's date and the number of cores.
 *
 * @param locale the JVM's default locale, which gives the default language
 * @param interactive whether the JVM runs in a terminal (its console is one): only then is a progress
 *     bar drawn
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
        inTerminal(),
        LocalDate.now(ZoneId.systemDefault()),
        Runtime.getRuntime().availableProcessors());
  }

  /**
   * Whether the JVM runs in a terminal. Before JDK 22 a JVM has a console only then; since, it may have
   * one whose output goes elsewhere, and {@code Console.isTerminal()} (looked up, as the tool runs on JDK
   * 17 too) says which.
   */
  // The null check is for JDK 17 to 21; isTerminal() answers on the JDKs where the console is never
  // null.
  @SuppressWarnings("SystemConsoleNull")
  static boolean inTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }
}
