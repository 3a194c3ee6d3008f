package io.github.collectiveimpact.validation;

import io.github.collectiveimpact.model.Cadence;
import java.text.MessageFormat;
import java.time.Period;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
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

  /** A text of the report's plain-text form ({@code text.} keys), formatted with the arguments. */
  String text(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }

  boolean has(String key) {
    return bundle.containsKey(key);
  }

  /**
   * How an argument is shown inside a message in this bundle's language. The finding's arguments stay
   * locale-neutral ({@link #render(Object)}); only the message shows enum constants, periods and the terms
   * of arguments named {@code attribute} or {@code kind} in words, where the bundle has them; a collection
   * as its elements, each shown so, separated by the bundle's list separator. Whole numbers stay numbers,
   * so that a pattern can choose its words by a count ({@code {0,choice,1#partner|1<partners}}).
   */
  Object show(String name, Object argument, String rendered) {
    if (argument instanceof Integer || argument instanceof Long) {
      return argument;
    }
    return display(name, argument, rendered);
  }

  /** How an argument is shown inside a message, as text (see {@link #show}). */
  String display(String name, Object argument, String rendered) {
    if (argument instanceof Collection<?>) {
      if (((Collection<?>) argument).isEmpty()) {
        return bundle.getString("list.empty");
      }
      StringBuilder out = new StringBuilder();
      for (Object element : (Collection<?>) argument) {
        if (out.length() > 0) {
          out.append(bundle.getString("list.separator").replace("_", " "));
        }
        out.append(display(name, element, render(element)));
      }
      return out.toString();
    }
    String key = null;
    if (argument instanceof Enum<?>) {
      Enum<?> e = (Enum<?>) argument;
      key = "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name();
    } else if (argument instanceof Cadence) {
      return period(((Cadence) argument).period(), rendered);
    } else if (argument instanceof Period) {
      return period((Period) argument, rendered);
    } else if (argument instanceof String && ("attribute".equals(name) || "kind".equals(name))) {
      key = "term." + argument;
    }
    return key != null && bundle.containsKey(key) ? bundle.getString(key) : rendered;
  }

  /** A period in words, e.g. "1 year 6 months" or 「1年6か月」; the ISO form if it has no parts. */
  private String period(Period period, String rendered) {
    if (period.isZero() || period.isNegative()) {
      return rendered;
    }
    StringBuilder out = new StringBuilder();
    String separator = bundle.getString("period.separator").replace("_", " ");
    int[] amounts = {period.getYears(), period.getMonths(), period.getDays()};
    String[] keys = {"period.years", "period.months", "period.days"};
    for (int i = 0; i < amounts.length; i++) {
      if (amounts[i] > 0) {
        if (out.length() > 0) {
          out.append(separator);
        }
        out.append(
            new MessageFormat(bundle.getString(keys[i]), locale).format(new Object[] {amounts[i]}));
      }
    }
    return out.toString();
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
      return Decimals.plain(d);
    }
    if (argument instanceof Enum<?>) {
      return ((Enum<?>) argument).name().toLowerCase(Locale.ROOT);
    }
    if (argument instanceof Collection<?>) {
      StringBuilder out = new StringBuilder();
      for (Object element : (Collection<?>) argument) {
        if (out.length() > 0) {
          out.append(", ");
        }
        out.append(render(element));
      }
      return out.toString();
    }
    if (argument instanceof TemporalAccessor || argument instanceof CharSequence) {
      return argument.toString();
    }
    return String.valueOf(argument);
  }
}
