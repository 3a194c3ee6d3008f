package io.github.collectiveimpact.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.model.Condition;
import io.github.collectiveimpact.profiles.Profiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The rule catalogue in Japanese: complete, translated, and English wherever no translation fits. */
class JapaneseCatalogueTest {
  /** The bundle file as it is, without the parent-bundle fallback of ResourceBundle. */
  private static Properties load(String file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = RuleCatalogue.class.getResourceAsStream(file)) {
      assertNotNull(in, file + " is missing");
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    }
    return properties;
  }

  /** Every key the Japanese bundle must have besides the prose, with the English it translates. */
  private static Map<String, String> translatedKeys() {
    Map<String, String> keys = new LinkedHashMap<>();
    for (Severity severity : Severity.values()) {
      keys.put("severity." + severity.name(), severity.meaning());
    }
    for (Category category : Category.values()) {
      keys.put("category." + category.name(), category.title());
    }
    for (Condition condition : Condition.values()) {
      keys.put("condition." + condition.name(), condition.description());
    }
    for (Threshold<?> threshold : Threshold.all()) {
      keys.put("threshold." + threshold.name(), threshold.description());
    }
    for (RuleDescriptor d : BuiltInRules.catalogue().descriptors()) {
      keys.put(d.id() + ".title", d.title());
      keys.put(d.id() + ".rationale", d.rationale());
    }
    return keys;
  }

  /** Whether a text has a character of a Japanese script: hiragana, katakana or a kanji. */
  private static boolean isJapanese(String text) {
    return text.codePoints()
        .anyMatch(
            c -> {
              Character.UnicodeScript script = Character.UnicodeScript.of(c);
              return script == Character.UnicodeScript.HIRAGANA
                  || script == Character.UnicodeScript.KATAKANA
                  || script == Character.UnicodeScript.HAN;
            });
  }

  @Test
  void everyBuiltInRuleThresholdSeverityAndCategoryHasJapaneseUnlikeItsEnglish()
      throws IOException {
    Properties japanese = load("Catalogue_ja.properties");
    Properties english = load("Catalogue.properties");
    List<String> problems = new ArrayList<>();
    Map<String, String> required = translatedKeys();
    for (String key : english.stringPropertyNames()) {
      required.put(key, english.getProperty(key));
    }
    for (Map.Entry<String, String> entry : required.entrySet()) {
      String text = japanese.getProperty(entry.getKey());
      if (text == null || text.isBlank()) {
        problems.add(entry.getKey() + ": missing or blank");
      } else if (text.equals(entry.getValue()) || !isJapanese(text)) {
        problems.add(entry.getKey() + ": not Japanese: " + text);
      }
    }
    TreeSet<String> stray = new TreeSet<>(japanese.stringPropertyNames());
    stray.removeAll(required.keySet());
    stray.forEach(key -> problems.add(key + ": no rule, threshold or text has this key"));
    assertEquals(List.of(), problems);
  }

  @Test
  void anyLanguageButJapaneseGivesTheEnglishCatalogue() {
    RuleCatalogue withProfile =
        RuleCatalogue.of(
            Validator.builder().profile(Profiles.promiseNeighborhoods()).build().ruleDescriptors());
    for (RuleCatalogue catalogue : List.of(BuiltInRules.catalogue(), withProfile)) {
      for (Locale locale :
          List.of(Locale.ENGLISH, Locale.ROOT, Locale.UK, Locale.FRENCH, Locale.CHINESE)) {
        assertEquals(catalogue.toMarkdown(), catalogue.toMarkdown(locale), locale.toString());
      }
    }
    assertTrue(
        BuiltInRules.catalogue().toMarkdown(Locale.GERMANY).startsWith("# Rule catalogue\n"));
  }

  @Test
  void aJapaneseDefaultLocaleLeavesTheEnglishCatalogueEnglish() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.JAPAN);
      for (Locale locale : List.of(Locale.ROOT, Locale.ENGLISH, Locale.GERMANY)) {
        String markdown = BuiltInRules.catalogue().toMarkdown(locale);
        assertTrue(markdown.startsWith("# Rule catalogue\n\nGenerated from"), locale.toString());
        assertTrue(markdown.contains("\n## Thresholds\n"), locale.toString());
      }
      assertTrue(BuiltInRules.catalogue().toMarkdown().startsWith("# Rule catalogue\n"));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void theJapaneseCatalogueTranslatesTheTextsAndKeepsIdsSeveritiesDefaultsAndSources() {
    String markdown = BuiltInRules.catalogue().toMarkdown(Locale.JAPANESE);
    assertEquals(markdown, BuiltInRules.catalogue().toMarkdown(Locale.JAPAN));
    assertTrue(markdown.startsWith("# ルール一覧\n\n"), markdown);
    assertTrue(markdown.contains("\n## 重大度の意味\n\n| 重大度 | 意味 |\n| --- | --- |\n| ERROR | "));
    assertTrue(markdown.contains("\n| WARNING | 条件はあるものの、文献が指摘する点で弱いところがあります。 |\n"), markdown);
    assertTrue(markdown.contains("\n## 共通のアジェンダ\n\nすべての参加者が一つの変化のビジョンを共有しています。"), markdown);
    assertTrue(markdown.contains("\n| ID | 重大度 | 要件 | 理由 | 出典 |\n"), markdown);
    assertTrue(
        markdown.contains("\n| CA-003 | ERROR | アジェンダにゴールが一つ以上ある | パートナーがすべてに合意する必要はありませんが、"),
        markdown);
    assertTrue(
        markdown.contains(
            "ゴールのないアジェンダはアジェンダではありません。 | Kania & Kramer, \"Collective Impact\","
                + " Stanford Social Innovation Review, Winter 2011 |\n"),
        markdown);
    assertTrue(markdown.contains("\n## バックボーン支援\n"), markdown);
    assertTrue(markdown.contains("\n## しきい値\n\n"), markdown);
    assertTrue(markdown.contains("\n| `minSectors` | 3 | パートナーがまたがるべきセクター群"), markdown);
    assertTrue(markdown.contains("\n| `fundingHorizon` | P2Y | バックボーン支援組織の資金が"), markdown);
    for (RuleDescriptor d : BuiltInRules.descriptors()) {
      assertTrue(markdown.contains("\n| " + d.id() + " | " + d.defaultSeverity() + " | "), d.id());
      assertFalse(markdown.contains("| " + d.title() + " |"), d.id() + " has its English title");
      assertFalse(markdown.contains("| " + d.rationale() + " |"), d.id() + " has its English text");
    }
    for (Category category : Category.values()) {
      assertFalse(markdown.contains("\n## " + category.title() + "\n"), category.toString());
    }
    assertFalse(markdown.contains("Rule catalogue"), markdown);
    assertFalse(markdown.contains("\n## Thresholds\n"), markdown);
  }

  @Test
  void aRuleThatIsNotBuiltInKeepsItsEnglishTitleAndRationaleInJapanese() {
    RuleDescriptor own =
        RuleDescriptor.of(
            "XY-001",
            Category.COMMON_AGENDA,
            Severity.INFO,
            "Our network's goals are dated",
            "We renew the agenda every five years.",
            "Our charter, 2024");
    RuleDescriptor goal = BuiltInRules.catalogue().descriptors(Category.COMMON_AGENDA).get(2);
    assertEquals("CA-003", goal.id());
    RuleDescriptor retitled =
        new RuleDescriptor(
            goal.id(),
            goal.category(),
            goal.defaultSeverity(),
            "Our agenda names a goal",
            goal.rationale(),
            goal.source(),
            goal.arguments(),
            goal.messageKey(),
            goal.message());
    String markdown = RuleCatalogue.of(List.of(own, retitled)).toMarkdown(Locale.JAPANESE);
    assertTrue(
        markdown.contains(
            "\n| XY-001 | INFO | Our network's goals are dated | We renew the agenda every five years."
                + " | Our charter, 2024 |\n"),
        markdown);
    assertTrue(
        markdown.contains(
            "\n| CA-003 | ERROR | Our agenda names a goal | Partners need not agree on everything, but"
                + " they must agree on the primary goals of the effort; an agenda without a goal is no"
                + " agenda. | "),
        markdown);
    assertTrue(markdown.contains("\n## 共通のアジェンダ\n"), markdown);

    RuleDescriptor pn =
        Validator.builder()
            .profile(Profiles.promiseNeighborhoods())
            .build()
            .ruleDescriptors()
            .stream()
            .filter(d -> d.id().equals(Profiles.PROMISE_NEIGHBORHOODS_RULE))
            .findFirst()
            .orElseThrow();
    String withProfile = RuleCatalogue.of(List.of(pn)).toMarkdown(Locale.JAPANESE);
    assertTrue(
        withProfile.contains(
            "\n| PN-001 | WARNING | Tracks every indicator the network requires (promise_neighborhoods_gpra)"
                + " | Promise Neighborhoods requires each member to report the same indicators, so that"
                + " results can be compared and aggregated across the network. | "),
        withProfile);
    assertTrue(withProfile.contains("\n## 共有された測定\n"), withProfile);
  }
}
