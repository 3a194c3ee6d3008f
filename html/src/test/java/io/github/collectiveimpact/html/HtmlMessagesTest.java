package io.github.collectiveimpact.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class HtmlMessagesTest {
  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void theTwoLanguagesHaveTheSameKeys() throws IOException {
    Properties en = load("HtmlMessages.properties");
    Properties ja = load("HtmlMessages_ja.properties");
    assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(ja.stringPropertyNames()));
    for (String key : en.stringPropertyNames()) {
      assertFalse(en.getProperty(key).isBlank(), key);
      assertFalse(ja.getProperty(key).isBlank(), key);
    }
  }

  @Test
  void japaneseTextIsJapanese() throws IOException {
    Properties ja = load("HtmlMessages_ja.properties");
    assertEquals("条件ごとのレベル", ja.getProperty("levels.heading"));
  }
}
