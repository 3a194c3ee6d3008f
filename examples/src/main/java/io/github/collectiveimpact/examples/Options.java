package io.github.collectiveimpact.examples;

import io.github.collectiveimpact.profiles.Profiles;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The command-line options of {@link ExamplesMain}, parsed from its arguments.
 *
 * @param locale the language of the findings' messages: {@link Locale#ENGLISH} or {@link Locale#JAPANESE}
 * @param profile the profile to apply to every initiative, by its option name, if any
 * @param json whether to write the reports as JSON instead of text
 * @param file a user's initiative in JSON to validate instead of the showcase, if any
 * @param observations CSV files of observations to add to the file's initiative before it is validated,
 *     in the order given
 * @param asOf the validation date, if given (else the showcase's fixed date, or today for a file)
 * @param help whether to print the help and do nothing else
 */
record Options(
    Locale locale,
    Optional<String> profile,
    boolean json,
    Optional<Path> file,
    List<Path> observations,
    Optional<LocalDate> asOf,
    boolean help) {
  /** The system property that sets the default language, {@code en} or {@code ja}. */
  static final String LANG_PROPERTY = "collectiveimpact.lang";

  /** The option value that names the Promise Neighborhoods profile. */
  static final String PROMISE_NEIGHBORHOODS = Profiles.PROMISE_NEIGHBORHOODS;

  /** The one-line synopsis of the options. */
  static final String SYNOPSIS =
      "[--lang en|ja] [--profile "
          + PROMISE_NEIGHBORHOODS
          + "] [--json] [--file PATH [--observations FILE.csv]...] [--as-of DATE]"
          + " [--help]";

  Options {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(file, "file");
    observations = List.copyOf(observations);
    Objects.requireNonNull(asOf, "asOf");
  }

  /**
   * Parses the arguments, with the default language from the system property {@value #LANG_PROPERTY}.
   *
   * @param args the command-line arguments
   * @return the options
   * @throws UsageException if an argument is unknown, or a value is missing or not allowed
   */
  static Options parse(String... args) {
    return parse(args, System.getProperty(LANG_PROPERTY));
  }

  /**
   * Parses the arguments. {@code --lang}, {@code --profile}, {@code --file} and {@code --as-of} (an ISO
   * date, {@code 2026-06-30}) take a value, as the next
   * argument or after an equals sign ({@code --lang=ja}); when an option is given twice, the last one wins.
   * {@code --observations} takes a value too, and may be given any number of times: each file is added, in
   * order; it needs {@code --file}, since the observations go into one initiative and the showcase has
   * several. {@code --help} stops parsing: what follows it is ignored.
   *
   * @param args the command-line arguments
   * @param defaultLanguage the language when there is no {@code --lang}: {@code en}, {@code ja}, or null for
   *     English
   * @return the options
   * @throws UsageException if an argument is unknown, or a value is missing or not allowed
   */
  static Options parse(String[] args, String defaultLanguage) {
    Locale locale =
        defaultLanguage == null
            ? Locale.ENGLISH
            : language(defaultLanguage, "system property " + LANG_PROPERTY);
    Optional<String> profile = Optional.empty();
    boolean json = false;
    Optional<Path> file = Optional.empty();
    List<Path> observations = new ArrayList<>();
    Optional<LocalDate> asOf = Optional.empty();
    for (int i = 0; i < args.length; i++) {
      String arg = Objects.requireNonNull(args[i], "argument");
      int equals = arg.indexOf('=');
      String name = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
      String inline = name.equals(arg) ? null : arg.substring(equals + 1);
      switch (name) {
        case "--help":
        case "-h":
          noValue(name, inline);
          return new Options(locale, profile, json, file, observations, asOf, true);
        case "--json":
          noValue(name, inline);
          json = true;
          break;
        case "--lang":
          if (inline == null) {
            i = requireNext(args, i, name, "en or ja");
          }
          locale = language(inline != null ? inline : args[i], name);
          break;
        case "--profile":
          if (inline == null) {
            i = requireNext(args, i, name, PROMISE_NEIGHBORHOODS);
          }
          String value = inline != null ? inline : args[i];
          if (!value.equals(PROMISE_NEIGHBORHOODS)) {
            throw new UsageException(
                "unknown profile \"" + value + "\", expected " + PROMISE_NEIGHBORHOODS);
          }
          profile = Optional.of(value);
          break;
        case "--file":
          if (inline == null) {
            i = requireNext(args, i, name, "a path");
          }
          file = Optional.of(path(name, inline != null ? inline : args[i]));
          break;
        case "--observations":
          if (inline == null) {
            i = requireNext(args, i, name, "a CSV file");
          }
          observations.add(path(name, inline != null ? inline : args[i]));
          break;
        case "--as-of":
          if (inline == null) {
            i = requireNext(args, i, name, "a date such as 2026-06-30");
          }
          asOf = Optional.of(date(inline != null ? inline : args[i]));
          break;
        default:
          throw new UsageException(
              arg.startsWith("-")
                  ? "unknown option " + arg
                  : "unexpected argument \"" + arg + "\"");
      }
    }
    if (!observations.isEmpty() && file.isEmpty()) {
      throw new UsageException(
          "--observations needs --file: the observations are added to one initiative, and the"
              + " showcase has several");
    }
    return new Options(locale, profile, json, file, observations, asOf, false);
  }

  private static void noValue(String name, String inline) {
    if (inline != null) {
      throw new UsageException(name + " takes no value");
    }
  }

  /** The index of the option's value, the next argument, which must exist and not be an option. */
  private static int requireNext(String[] args, int i, String name, String expected) {
    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
      throw new UsageException(name + " needs a value: " + expected);
    }
    return i + 1;
  }

  private static Locale language(String value, String where) {
    switch (value) {
      case "en":
        return Locale.ENGLISH;
      case "ja":
        return Locale.JAPANESE;
      default:
        throw new UsageException(where + " must be en or ja, was \"" + value + "\"");
    }
  }

  private static LocalDate date(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new UsageException(
          "--as-of must be an ISO date such as 2026-06-30, was \"" + value + "\"");
    }
  }

  private static Path path(String name, String value) {
    if (value.isBlank()) {
      throw new UsageException(name + " needs a path");
    }
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new UsageException(name + ": not a valid path: " + value);
    }
  }

  /** A bad command line; the message is one line that says what is wrong. */
  static final class UsageException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
