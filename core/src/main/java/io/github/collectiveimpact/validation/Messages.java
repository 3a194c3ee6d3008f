package io.github.collectiveimpact.validation;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The built-in message bundles: English (the base bundle) and Japanese. Any locale whose language is
 * Japanese gets the Japanese bundle; every other locale gets English, whatever the JVM's default locale.
 */
final class Messages {
  static final String BUNDLE = "io.github.collectiveimpact.validation.Messages";

  private final ResourceBundle bundle;
  private final Locale locale;

  private Messages(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
  }

  static Messages forLocale(Locale locale) {
    Locale supported =
        Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? Locale.JAPANESE : Locale.ROOT;
    return new Messages(ResourceBundle.getBundle(BUNDLE, supported), supported);
  }

  Locale locale() {
    return locale;
  }

  /** The message pattern of a rule: from the bundle, else the descriptor's own, else its title. */
  String pattern(RuleDescriptor descriptor) {
    try {
      return bundle.getString(descriptor.messageKey());
    } catch (MissingResourceException e) {
      return descriptor.message().orElseGet(() -> quote(descriptor.title()));
    }
  }

  /** A MessageFormat pattern that prints the text as it is. */
  private static String quote(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  boolean has(String key) {
    return bundle.containsKey(key);
  }

  static String format(String pattern, Locale locale, String[] arguments) {
    return new MessageFormat(pattern, locale).format(arguments);
  }

  /** Renders a message argument as locale-neutral text. */
  static String render(Object argument) {
    if (argument == null) {
      return "";
    }
    if (argument instanceof Double || argument instanceof Float) {
      double d = ((Number) argument).doubleValue();
      if (!Double.isFinite(d)) {
        return String.valueOf(d);
      }
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    if (argument instanceof Enum<?>) {
      return ((Enum<?>) argument).name().toLowerCase(Locale.ROOT);
    }
    if (argument instanceof TemporalAccessor || argument instanceof CharSequence) {
      return argument.toString();
    }
    return String.valueOf(argument);
  }
}
