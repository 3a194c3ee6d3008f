package io.github.collectiveimpact.html.view;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The report's words in English or Japanese, from the bundle {@code HtmlMessages} of the package {@code
 * io.github.collectiveimpact.html}: Japanese gets the Japanese bundle, every other locale English,
 * whatever the JVM's default locale.
 */
public final class Words {
  static final String BUNDLE = "io.github.collectiveimpact.html.HtmlMessages";

  private final ResourceBundle bundle;
  private final Locale locale;
  private final boolean japanese;

  private Words(Locale locale) {
    this.locale = locale;
    this.japanese = locale.equals(Locale.JAPANESE);
    // The base bundle is English: asked for Locale.ROOT, getBundle returns it without looking for
    // the
    // default locale's.
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
  }

  /**
   * The words of a language.
   *
   * @param locale any locale; Japanese for a Japanese one, else English
   * @return the words
   */
  public static Words of(Locale locale) {
    return new Words(
        Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? Locale.JAPANESE : Locale.ROOT);
  }

  /**
   * The language's tag, for the page's {@code lang} attribute.
   *
   * @return {@code "en"} or {@code "ja"}
   */
  public String lang() {
    return japanese ? "ja" : "en";
  }

  /**
   * A text of the bundle, formatted with arguments ({@link MessageFormat}) when there are any.
   *
   * @param key the key
   * @param arguments the arguments
   * @return the text
   */
  public String get(String key, Object... arguments) {
    String pattern = bundle.getString(key);
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, japanese ? locale : Locale.ENGLISH).format(arguments);
  }

  /**
   * The words of an enum constant: the key {@code prefix.constant_in_lower_case}.
   *
   * @param prefix the key's prefix
   * @param constant the constant
   * @return its words
   */
  public String of(String prefix, Enum<?> constant) {
    return get(prefix + "." + constant.name().toLowerCase(Locale.ROOT));
  }

  /**
   * A number for reading: grouped, at most two decimals.
   *
   * @param value a value
   * @return the value as text
   */
  public String number(double value) {
    NumberFormat format = NumberFormat.getNumberInstance(japanese ? locale : Locale.ENGLISH);
    format.setMaximumFractionDigits(2);
    return format.format(value == 0 ? 0.0 : value);
  }

  /**
   * A date for reading, in the language's format.
   *
   * @param date a date
   * @return the date as text
   */
  public String date(LocalDate date) {
    return DateTimeFormatter.ofPattern(get("format.date"), Locale.ROOT).format(date);
  }
}
