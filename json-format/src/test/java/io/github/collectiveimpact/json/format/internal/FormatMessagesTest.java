package io.github.collectiveimpact.json.format.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.model.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The reader's two message bundles have the same keys, every key the sources use is in them, and every
 * message is a pattern that formats.
 */
class FormatMessagesTest {
  private static final String BUNDLE = "/io/github/collectiveimpact/json/format/internal/";

  /** A message key written as a string literal in the sources, or the fixed start of one. */
  private static final Pattern KEY =
      Pattern.compile("\"((?:problem|expected|found|unit|exception)\\.[A-Za-z.]*)\"");

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = FormatMessagesTest.class.getResourceAsStream(BUNDLE + name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void theEnglishAndJapaneseBundlesHaveTheSameKeys() throws IOException {
    Set<String> english = new TreeSet<>(load("FormatMessages.properties").stringPropertyNames());
    Set<String> japanese =
        new TreeSet<>(load("FormatMessages_ja.properties").stringPropertyNames());
    assertFalse(english.isEmpty());
    assertEquals(english, japanese);
  }

  @Test
  void everyKeyTheSourcesUseIsInBothBundles() throws IOException {
    Properties english = load("FormatMessages.properties");
    Properties japanese = load("FormatMessages_ja.properties");
    Set<String> used = new TreeSet<>();
    Set<String> prefixes = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file :
          (Iterable<Path>)
              files
                      .filter(f -> f.toString().endsWith(".java"))
                      // The CSV reader words its problems with a bundle of its own.
                      .filter(f -> !f.getFileName().toString().startsWith("Csv"))
                  ::iterator) {
        Matcher m = KEY.matcher(Files.readString(file));
        while (m.find()) {
          (m.group(1).endsWith(".") ? prefixes : used).add(m.group(1));
        }
      }
    }
    assertTrue(used.size() > 40, used::toString);
    // The keys made at run time: "found." with a token, "unit." with a unit's name in the format.
    assertEquals(Set.of("found.", "unit."), prefixes);
    for (Token token : Token.values()) {
      used.add("found." + token.name().toLowerCase(Locale.ROOT));
    }
    for (Unit unit : Unit.values()) {
      used.add("unit." + unit.name().toLowerCase(Locale.ROOT));
    }
    for (String key : used) {
      assertTrue(english.containsKey(key), "not in the English bundle: " + key);
      assertTrue(japanese.containsKey(key), "not in the Japanese bundle: " + key);
    }
  }

  @Test
  void bothLanguagesUseTheSameArgumentsInEveryMessage() throws IOException {
    Properties english = load("FormatMessages.properties");
    Properties japanese = load("FormatMessages_ja.properties");
    for (String key : english.stringPropertyNames()) {
      Set<Integer> inEnglish = arguments(english.getProperty(key));
      assertEquals(inEnglish, arguments(japanese.getProperty(key)), key);
    }
  }

  /** Which of the arguments 0 to 5 a pattern shows, found by formatting it with markers. */
  private static Set<Integer> arguments(String pattern) {
    Object[] markers = new Object[6];
    for (int i = 0; i < markers.length; i++) {
      markers[i] = "<arg" + i + ">";
    }
    String formatted = new MessageFormat(pattern, Locale.ROOT).format(markers);
    assertFalse(formatted.isBlank(), pattern);
    Set<Integer> shown = new TreeSet<>();
    for (int i = 0; i < markers.length; i++) {
      if (formatted.contains((String) markers[i])) {
        shown.add(i);
      }
    }
    return shown;
  }
}
