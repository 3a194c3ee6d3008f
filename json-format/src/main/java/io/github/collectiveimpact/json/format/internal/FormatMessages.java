package io.github.collectiveimpact.json.format.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The format's messages, in English ({@code FormatMessages.properties}) and Japanese ({@code
 * FormatMessages_ja.properties}). The language is the one asked for, never the JVM's default.
 */
public final class FormatMessages {
  private static final Properties ENGLISH = load("FormatMessages.properties");
  private static final Properties JAPANESE = load("FormatMessages_ja.properties");

  private FormatMessages() {}

  /**
   * The message of a key with its arguments, in the given language (English for any other than Japanese).
   *
   * @param locale the language
   * @param key the key
   * @param arguments the arguments, {@link MessageFormat} style
   * @return the message
   */
  public static String format(Locale locale, String key, Object... arguments) {
    return new MessageFormat(pattern(locale, key), Locale.ROOT).format(arguments);
  }

  /**
   * The message pattern of a key, in the given language.
   *
   * @param locale the language
   * @param key the key
   * @return the pattern
   */
  public static String pattern(Locale locale, String key) {
    Properties messages = isJapanese(locale) ? JAPANESE : ENGLISH;
    String pattern = messages.getProperty(key);
    if (pattern == null) {
      throw new IllegalStateException("no message " + key);
    }
    return pattern;
  }

  /**
   * The keys of the English messages, which the Japanese ones match.
   *
   * @param japanese whether to list the Japanese bundle's keys instead
   * @return the keys
   */
  public static java.util.Set<String> keys(boolean japanese) {
    return (japanese ? JAPANESE : ENGLISH).stringPropertyNames();
  }

  /**
   * Whether a locale asks for Japanese.
   *
   * @param locale the locale
   * @return {@code true} for Japanese
   */
  public static boolean isJapanese(Locale locale) {
    return "ja".equals(locale.getLanguage());
  }

  private static Properties load(String name) {
    Properties properties = new Properties();
    try (InputStream in = FormatMessages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
