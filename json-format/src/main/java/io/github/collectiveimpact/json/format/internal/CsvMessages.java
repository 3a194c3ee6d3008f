package io.github.collectiveimpact.json.format.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The messages of the CSV reader: English (the base bundle) and Japanese. Any locale whose language is
 * Japanese gets the Japanese bundle; every other locale gets English, whatever the JVM's default locale.
 */
final class CsvMessages {
  static final String BUNDLE = "io.github.collectiveimpact.json.format.internal.CsvMessages";

  /** The longest value quoted in a message, in characters; longer values are cut with an ellipsis. */
  private static final int MAX_QUOTED = 40;

  private final ResourceBundle bundle;
  private final Locale locale;

  private CsvMessages(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
  }

  static CsvMessages forLocale(Locale locale) {
    Locale supported =
        Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? Locale.JAPANESE : Locale.ROOT;
    return new CsvMessages(ResourceBundle.getBundle(BUNDLE, supported), supported);
  }

  /** The message of the key, with the arguments, each already text. */
  String format(String key, String... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }

  /**
   * A value as a message shows it: line breaks and other control characters escaped, and cut at {@value
   * #MAX_QUOTED} characters, so that a message stays on one line and short.
   */
  static String quote(String value) {
    StringBuilder b = new StringBuilder();
    int end = Math.min(value.length(), MAX_QUOTED);
    for (int i = 0; i < end; i++) {
      char c = value.charAt(i);
      if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else if (Character.isISOControl(c)) {
        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    if (end < value.length()) {
      if (Character.isHighSurrogate(b.charAt(b.length() - 1))) {
        b.setLength(b.length() - 1);
      }
      b.append('\u2026');
    }
    return b.toString();
  }
}
