package io.github.collectiveimpact.cli;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The tool's texts in one language: its help (read by picocli from the same bundle) and its messages.
 * English is the base bundle, {@code CliMessages.properties}; Japanese is {@code CliMessages_ja.properties}.
 */
final class Texts {
  /** The base name of the bundle. */
  static final String BUNDLE = "io.github.collectiveimpact.cli.CliMessages";

  /** The languages the tool speaks, as {@code --lang} names them. */
  static final List<String> LANGUAGES = List.of("en", "ja");

  private final Locale locale;
  private final ResourceBundle bundle;

  private Texts(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader());
  }

  /** The texts of a language, {@code en} or {@code ja}. */
  static Texts of(String language) {
    return new Texts("ja".equals(language) ? Locale.JAPANESE : Locale.ROOT);
  }

  /** The default language: {@code ja} if the locale's language is Japanese, else {@code en}. */
  static String defaultLanguage(Locale locale) {
    return Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? "ja" : "en";
  }

  /**
   * The language a command line asks for with {@code --lang ja} or {@code --lang=ja}, the last one winning,
   * read before the command line is parsed, so that its help and its errors are in that language; else
   * the default. A value that is not a language is left for the parser to refuse.
   */
  static String language(String[] args, Locale defaultLocale) {
    String language = defaultLanguage(defaultLocale);
    for (int i = 0; i < args.length; i++) {
      String value = null;
      if ("--lang".equals(args[i]) && i + 1 < args.length) {
        value = args[i + 1];
      } else if (args[i] != null && args[i].startsWith("--lang=")) {
        value = args[i].substring("--lang=".length());
      } else if ("--".equals(args[i])) {
        break;
      }
      if (value != null && LANGUAGES.contains(value)) {
        language = value;
      }
    }
    return language;
  }

  Locale locale() {
    return locale;
  }

  ResourceBundle bundle() {
    return bundle;
  }

  /** A message, formatted with its arguments. */
  String get(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }
}
