package io.github.collectiveimpact.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.fixtures.Initiatives;
import io.github.collectiveimpact.model.Direction;
import io.github.collectiveimpact.model.Initiative;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.Format;
import java.text.MessageFormat;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The built-in message bundles: complete, well-formed, and chosen by language only. */
class MessagesTest {
  private static final String[] BUNDLES = {"Messages.properties", "Messages_ja.properties"};

  /** Every key the bundles must have, with the number of arguments its message takes. */
  private static Map<String, Integer> requiredKeys() {
    Map<String, Integer> keys = new LinkedHashMap<>();
    for (RuleDescriptor d : BuiltInRules.descriptors()) {
      keys.put(d.messageKey(), d.arguments().size());
    }
    keys.put(Profile.REQUIRED_CODE_MESSAGE_KEY, 3);
    return keys;
  }

  /** The bundle file as it is, without the parent-bundle fallback of ResourceBundle. */
  private static Properties load(String file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(file)) {
      assertNotNull(in, file + " is missing");
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    }
    return properties;
  }

  /**
   * The argument indexes a pattern shows: a marker text for each plain placeholder, found in the
   * output; a count (a placeholder with a number or choice format) is shown by its format.
   */
  private static List<Integer> usedIndexes(MessageFormat format, int markers) {
    Format[] formats = format.getFormatsByArgumentIndex();
    Object[] arguments = new Object[markers];
    for (int i = 0; i < markers; i++) {
      boolean counted = i < formats.length && formats[i] != null;
      arguments[i] = counted ? (Object) 2 : "\u0001" + i + "\u0002";
    }
    String text = format.format(arguments);
    List<Integer> used = new ArrayList<>();
    for (int i = 0; i < markers; i++) {
      boolean counted = i < formats.length && formats[i] != null;
      if (counted || text.contains("\u0001" + i + "\u0002")) {
        used.add(i);
      }
    }
    return used;
  }

  @Test
  void everyRuleHasAWellFormedMessageInEveryBundle() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String file : BUNDLES) {
      Properties bundle = load(file);
      for (Map.Entry<String, Integer> key : requiredKeys().entrySet()) {
        String pattern = bundle.getProperty(key.getKey());
        if (pattern == null || pattern.isBlank()) {
          problems.add(file + ": no message for " + key.getKey());
          continue;
        }
        MessageFormat format;
        try {
          format = new MessageFormat(pattern, Locale.ROOT);
        } catch (IllegalArgumentException e) {
          problems.add(file + ": " + key.getKey() + " does not parse: " + e.getMessage());
          continue;
        }
        int n = key.getValue();
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          expected.add(i);
        }
        List<Integer> used = usedIndexes(format, n + 5);
        if (!used.equals(expected) || format.getFormatsByArgumentIndex().length > n) {
          problems.add(
              file
                  + ": "
                  + key.getKey()
                  + " uses placeholders "
                  + used
                  + ", its rule has "
                  + n
                  + " argument(s)");
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theBundlesHaveNoMessageForAnUnknownKey() throws IOException {
    for (String file : BUNDLES) {
      TreeSet<String> keys = new TreeSet<>(load(file).stringPropertyNames());
      keys.removeAll(requiredKeys().keySet());
      keys.removeIf(
          k ->
              k.startsWith("enum.")
                  || k.startsWith("term.")
                  || k.startsWith("period.")
                  || k.startsWith("list.")
                  || k.startsWith("text."));
      assertEquals(new TreeSet<String>(), keys, file + " has messages for no rule");
    }
  }

  @Test
  void theJapaneseBundleShowsEveryTermTheEnglishOneDoes() throws IOException {
    TreeSet<String> english = new TreeSet<>(load(BUNDLES[0]).stringPropertyNames());
    TreeSet<String> japanese = new TreeSet<>(load(BUNDLES[1]).stringPropertyNames());
    english.removeAll(japanese);
    assertEquals(new TreeSet<String>(), english, "terms missing from the Japanese bundle");
  }

  @Test
  void messagesShowDirectionsTermsAndPeriodsInTheirLanguage() {
    Initiative base = Initiatives.completeExample();
    Initiative flawed =
        base.withIndicators(
            RuleExamples.replace(
                base.indicators(),
                0,
                i ->
                    i.withDataSource(Optional.empty())
                        .withInterimTargets(List.of())
                        .withTarget(i.baseline().get())));
    Validator english = Validator.builder().asOf(Initiatives.AS_OF).build();
    Validator japanese =
        Validator.builder().asOf(Initiatives.AS_OF).locale(Locale.JAPANESE).build();
    String id = base.indicators().get(0).id();
    String direction =
        base.indicators().get(0).desiredDirection() == Direction.INCREASE ? "increase" : "decrease";
    String japaneseDirection = direction.equals("increase") ? "増加" : "減少";
    assertEquals(
        "1 indicator lacks part of its definition (definition, unit, data source or reporting"
            + " frequency): "
            + id,
        message(english.validate(flawed), "SM-002"));
    assertEquals(
        "定義の一部（定義、単位、データソース、報告頻度）が欠けている指標が 1 件あります: " + id,
        message(japanese.validate(flawed), "SM-002"));
    assertTrue(
        message(english.validate(flawed), "SM-004")
            .endsWith(
                "does not "
                    + direction
                    + " from its baseline "
                    + render(base.indicators().get(0).baseline().get().value())));
    assertTrue(
        message(japanese.validate(flawed), "SM-004").contains("（" + japaneseDirection + "）"));
    // The finding's arguments stay language-neutral.
    assertEquals(List.of("1", id), finding(japanese.validate(flawed), "SM-002").arguments());
    Validator.Builder rarely =
        Validator.builder()
            .asOf(Initiatives.AS_OF)
            .threshold(Threshold.MAX_STEERING_MEETING_GAP, Period.ofDays(1));
    assertEquals(
        "it should meet at least every 1 day",
        message(rarely.build().validate(base), "CC-002").replaceAll(".*; ", ""));
    assertTrue(
        message(rarely.locale(Locale.JAPANESE).build().validate(base), "CC-002")
            .contains("少なくとも1日ごとに"));
  }

  private static Finding finding(ValidationReport report, String ruleId) {
    return report.findings().stream()
        .filter(f -> f.ruleId().equals(ruleId))
        .findFirst()
        .orElseThrow();
  }

  private static String message(ValidationReport report, String ruleId) {
    return finding(report, ruleId).message();
  }

  private static String render(double value) {
    return Decimals.plain(value);
  }

  private static boolean hasJapanese(String text) {
    return text.codePoints()
        .mapToObj(Character.UnicodeScript::of)
        .anyMatch(
            s ->
                s == Character.UnicodeScript.HIRAGANA
                    || s == Character.UnicodeScript.KATAKANA
                    || s == Character.UnicodeScript.HAN);
  }

  @Test
  void theJapaneseBundleIsInJapaneseAndTheEnglishOneIsNot() throws IOException {
    Properties english = load(BUNDLES[0]);
    Properties japanese = load(BUNDLES[1]);
    for (String key : requiredKeys().keySet()) {
      assertTrue(
          hasJapanese(japanese.getProperty(key)),
          key + " in Japanese: " + japanese.getProperty(key));
      assertFalse(
          hasJapanese(english.getProperty(key)), key + " in English: " + english.getProperty(key));
    }
  }

  /** An initiative with findings of several rules and arguments of several kinds. */
  private static Initiative flawed() {
    Initiative base = Initiatives.completeExample();
    return base.withBackbone(Optional.empty())
        .withCommonAgenda(
            base.commonAgenda()
                .withGoals(
                    RuleExamples.replace(
                        base.commonAgenda().goals(),
                        0,
                        g -> g.withTargetDate(Initiatives.AS_OF.minusDays(1)))));
  }

  private static List<String> messages(Validator validator) {
    return validator.validate(flawed()).findings().stream()
        .map(Finding::message)
        .collect(Collectors.toList());
  }

  @Test
  void japaneseLocalesGetJapaneseMessagesWithTheSameArguments() {
    Validator english = Validator.builder().asOf(Initiatives.AS_OF).locale(Locale.ENGLISH).build();
    for (Locale locale :
        new Locale[] {
          Locale.JAPANESE, Locale.JAPAN, Locale.forLanguageTag("ja-JP-u-ca-japanese")
        }) {
      Validator japanese = Validator.builder().asOf(Initiatives.AS_OF).locale(locale).build();
      ValidationReport report = japanese.validate(flawed());
      assertEquals(
          List.of("CA-007", "BB-001"),
          report.findings().stream().map(Finding::ruleId).collect(Collectors.toList()));
      for (Finding f : report.findings()) {
        assertTrue(hasJapanese(f.message()), locale + ": " + f.message());
      }
      assertEquals("バックボーン支援組織がありません", report.findings().get(1).message());
      ValidationReport inEnglish = english.validate(flawed());
      for (int i = 0; i < report.findings().size(); i++) {
        assertEquals(inEnglish.findings().get(i).arguments(), report.findings().get(i).arguments());
        assertEquals(inEnglish.findings().get(i).path(), report.findings().get(i).path());
      }
    }
  }

  @Test
  void englishIsUsedForOtherLocalesWhateverTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    Locale savedDisplay = Locale.getDefault(Locale.Category.DISPLAY);
    Locale savedFormat = Locale.getDefault(Locale.Category.FORMAT);
    try {
      Locale.setDefault(Locale.JAPAN);
      String goal = Initiatives.completeExample().commonAgenda().goals().get(0).id();
      List<String> expected =
          List.of(
              "Every dated goal has passed its target date (1 goal, the latest on "
                  + Initiatives.AS_OF.minusDays(1)
                  + "): "
                  + goal,
              "The initiative has no backbone organisation");
      assertEquals(
          expected,
          messages(Validator.builder().asOf(Initiatives.AS_OF).locale(Locale.ENGLISH).build()));
      assertEquals(
          expected,
          messages(Validator.builder().asOf(Initiatives.AS_OF).locale(Locale.ROOT).build()));
      assertEquals(
          expected,
          messages(Validator.builder().asOf(Initiatives.AS_OF).locale(Locale.GERMANY).build()));
      assertEquals(expected, messages(Validator.builder().asOf(Initiatives.AS_OF).build()));
      assertEquals(Locale.ROOT, Validator.builder().build().locale());
    } finally {
      Locale.setDefault(saved);
      Locale.setDefault(Locale.Category.DISPLAY, savedDisplay);
      Locale.setDefault(Locale.Category.FORMAT, savedFormat);
    }
  }
}
