package io.github.collectiveimpact.json.format.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.json.format.CsvProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The English and Japanese messages have the same keys, and each one renders in both languages. */
class CsvMessagesTest {
  private static final String[] ARGUMENTS = {"ARG0", "ARG1", "ARG2"};

  private static Set<String> keys(String resource) throws IOException {
    try (InputStream in = CsvMessages.class.getResourceAsStream(resource)) {
      assertNotNull(in, resource);
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return new TreeSet<>(p.stringPropertyNames());
    }
  }

  @Test
  void bothBundlesHaveTheSameKeysAndOneMessagePerKind() throws IOException {
    Set<String> english = keys("CsvMessages.properties");
    assertEquals(english, keys("CsvMessages_ja.properties"));
    for (CsvProblem.Kind kind : CsvProblem.Kind.values()) {
      assertTrue(english.contains(kind.name()), kind.name());
    }
  }

  @ParameterizedTest
  @EnumSource(CsvProblem.Kind.class)
  void eachMessageRendersInBothLanguages(CsvProblem.Kind kind) {
    String en = CsvMessages.forLocale(Locale.ENGLISH).format(kind.name(), ARGUMENTS);
    String ja = CsvMessages.forLocale(Locale.JAPANESE).format(kind.name(), ARGUMENTS);
    for (String message : new String[] {en, ja}) {
      assertFalse(message.isBlank());
      assertFalse(message.contains("{") || message.contains("}"), message);
      assertFalse(message.contains("'"), message);
    }
    assertNotEquals(en, ja);
    assertTrue(ja.codePoints().anyMatch(c -> c > 0x3000), ja);
    // every argument the English message shows, the Japanese one shows too
    for (String argument : ARGUMENTS) {
      assertEquals(en.contains(argument), ja.contains(argument), kind + ": " + en + " / " + ja);
    }
  }

  @Test
  void anyJapaneseLocaleGetsJapaneseAndEveryOtherEnglishWhateverTheDefault() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.JAPAN);
      assertTrue(
          CsvMessages.forLocale(Locale.ENGLISH).format("location.line", "3").startsWith("line"));
      assertTrue(
          CsvMessages.forLocale(Locale.FRENCH).format("location.line", "3").startsWith("line"));
      assertEquals("3 行目", CsvMessages.forLocale(Locale.JAPAN).format("location.line", "3"));
    } finally {
      Locale.setDefault(saved);
    }
  }
}
