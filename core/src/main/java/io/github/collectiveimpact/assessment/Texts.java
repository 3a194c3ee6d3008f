package io.github.collectiveimpact.assessment;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The assessment's words in English or Japanese, from the bundle {@code Assessment} of this package:
 * Japanese gets the Japanese bundle, every other locale English, whatever the JVM's default locale.
 */
final class Texts {
  static final String BUNDLE = "io.github.collectiveimpact.assessment.Assessment";
  private static final Texts ENGLISH = new Texts(Locale.ROOT);
  private static final Texts JAPANESE = new Texts(Locale.JAPANESE);

  private final ResourceBundle bundle;
  private final Locale locale;

  private Texts(Locale locale) {
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    this.locale = locale;
  }

  static Texts of(Locale locale) {
    return Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? JAPANESE : ENGLISH;
  }

  /** The locale the texts are in: {@link Locale#JAPANESE} or {@link Locale#ROOT} (English). */
  Locale locale() {
    return locale;
  }

  String get(String key, Object... arguments) {
    String pattern = bundle.getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  /**
   * A built-in criterion's text in this language; a criterion of one's own (whose English text is not the
   * built-in one) keeps its own.
   */
  String criterion(Criterion criterion, String part, String own) {
    String key = "criterion." + criterion.id() + "." + part;
    try {
      if (!ENGLISH.bundle.getString(key).equals(own)) {
        return own;
      }
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return own;
    }
  }

  String level(Level level) {
    return get("level." + level.number());
  }

  String notAssessed() {
    return get("rating.not_assessed");
  }

  String rating(Rating rating) {
    return get("rating." + name(rating));
  }

  String confidence(Confidence confidence) {
    return get("confidence." + name(confidence));
  }

  String condition(AssessedCondition condition) {
    return get("condition." + name(condition));
  }

  String lens(Lens lens) {
    return get("lens." + name(lens));
  }

  String phase(Phase phase) {
    return get("phase." + name(phase));
  }

  String gateway(Gateway gateway) {
    return get("gateway." + name(gateway));
  }

  static String name(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }
}
