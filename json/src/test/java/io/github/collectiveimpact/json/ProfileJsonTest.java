package io.github.collectiveimpact.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.collectiveimpact.fixtures.Initiatives;
import io.github.collectiveimpact.json.format.InitiativeFormatException;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.profiles.Profiles;
import io.github.collectiveimpact.validation.Finding;
import io.github.collectiveimpact.validation.Profile;
import io.github.collectiveimpact.validation.Severity;
import io.github.collectiveimpact.validation.Threshold;
import io.github.collectiveimpact.validation.ValidationReport;
import io.github.collectiveimpact.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Profile documents: what they become, what the strict reader refuses and where, and the schema. */
class ProfileJsonTest {
  private static final ProfileJson READER = ProfileJson.create();
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(ProfileJson.schema());

  static String resource(String name) {
    try (InputStream in = ProfileJsonTest.class.getResourceAsStream("profiles/" + name)) {
      assertNotNull(in, name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static boolean schemaAccepts(String document) {
    return SCHEMA.validate(document, InputFormat.JSON).isEmpty();
  }

  @Test
  void aFullDocumentBecomesAProfileWithEverySetting() throws IOException {
    Profile profile = READER.read(resource("eastside-network.json"));
    assertEquals("Eastside network", profile.name());
    assertTrue(profile.description().startsWith("Members of the Eastside network"));
    assertEquals(1, profile.extraRules().size());
    assertEquals("EN-001", profile.extraRules().get(0).descriptor().id());
    assertEquals(
        "The Eastside network's membership agreement",
        profile.extraRules().get(0).descriptor().source());
    assertEquals(4, profile.thresholds().get(Threshold.MIN_SECTORS));
    assertEquals(0.75, profile.thresholds().get(Threshold.MIN_ENDORSEMENT_SHARE));
    assertEquals(Period.ofMonths(2), profile.thresholds().get(Threshold.MAX_STEERING_MEETING_GAP));
    assertEquals(
        Map.of("CA-014", Severity.WARNING, "EN-001", Severity.ERROR), profile.severities());
    assertEquals(Set.of("BB-005"), profile.disabledRules());
  }

  @Test
  void theDocumentsSettingsReachTheValidator() throws IOException {
    Profile profile = READER.read(resource("eastside-network.json"));
    Validator validator = Validator.builder().asOf(AS_OF).profile(profile).build();
    assertEquals(4, validator.threshold(Threshold.MIN_SECTORS));
    assertTrue(validator.severity("BB-005").isEmpty());
    assertEquals(Severity.WARNING, validator.severity("CA-014").orElseThrow());
    ValidationReport report = validator.validate(Initiatives.completeExample());
    List<Finding> en001 =
        report.findings().stream()
            .filter(f -> f.ruleId().equals("EN-001"))
            .collect(Collectors.toList());
    assertEquals(1, en001.size());
    assertEquals(Severity.ERROR, en001.get(0).severity());
    assertFalse(report.isValid());
  }

  @Test
  void theDocumentOfPromiseNeighborhoodsFindsWhatCoresProfileFinds() throws IOException {
    Initiative initiative = Initiatives.completeExample();
    ValidationReport fromDocument =
        Validator.builder()
            .asOf(AS_OF)
            .profile(READER.read(resource("promise-neighborhoods.json")))
            .build()
            .validate(initiative);
    ValidationReport fromCore =
        Validator.builder()
            .asOf(AS_OF)
            .profile(Profiles.promiseNeighborhoods())
            .build()
            .validate(initiative);
    assertEquals(messages(fromCore), messages(fromDocument));
  }

  private static List<String> messages(ValidationReport report) {
    return report.findings().stream()
        .map(f -> f.ruleId() + " " + f.severity() + " " + f.path() + " " + f.message())
        .collect(Collectors.toList());
  }

  @Test
  void aMinimalDocumentNeedsOnlyItsVersionAndName() throws IOException {
    Profile profile = READER.read(resource("minimal.json"));
    assertEquals("Minimal network", profile.name());
    assertEquals("", profile.description());
    assertTrue(profile.extraRules().isEmpty());
    assertTrue(profile.thresholds().isEmpty());
    assertTrue(profile.severities().isEmpty());
    assertTrue(profile.disabledRules().isEmpty());
  }

  @Test
  void theRuleIdDefaultsAndTheSourceIsTheProfilesName() throws IOException {
    Profile profile =
        READER.read(
            "{\"schemaVersion\": \"1.0\", \"name\": \"N\", \"requiredIndicatorCodes\":"
                + " {\"catalogue\": \"c\", \"codes\": [\"a\"]}}");
    assertEquals(ProfileJson.DEFAULT_RULE_ID, profile.extraRules().get(0).descriptor().id());
    assertEquals("N", profile.extraRules().get(0).descriptor().source());
  }

  @Test
  void aFileAndAReaderReadAsTheString(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("p.json");
    Files.writeString(file, resource("eastside-network.json"), StandardCharsets.UTF_8);
    assertEquals(
        READER.read(resource("eastside-network.json")).severities(),
        READER.read(file).severities());
    try (Reader reader = new StringReader(resource("eastside-network.json"))) {
      assertEquals(
          READER.read(resource("eastside-network.json")).thresholds(),
          READER.read(reader).thresholds());
    }
  }

  /** A document, the pointer and position of the problem, and a word its problem must contain. */
  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of(
            "{\"schemaVersion\": \"1.0\", \"name\": \"N\", \"extra\": 1}",
            "/extra",
            1,
            39,
            "extra"),
        Arguments.of("{\"schemaVersion\": \"1.0\",\n \"name\": 5}", "/name", 2, 10, "string"),
        Arguments.of("{\"schemaVersion\": \"1.0\", \"name\": null}", "/name", 1, 34, "null"),
        Arguments.of("{\"schemaVersion\": \"1.0\", \"name\": \" \"}", "/name", 1, 34, "blank"),
        Arguments.of(
            "{\"schemaVersion\": \"2.0\", \"name\": \"N\"}", "/schemaVersion", 1, 19, "2.0"),
        Arguments.of("{\"name\": \"N\"}", "/schemaVersion", 1, 1, "schemaVersion"),
        Arguments.of("{\"schemaVersion\": \"1.0\"}", "/name", 1, 1, "name"),
        Arguments.of(
            "{\"schemaVersion\": \"1.0\", \"name\": \"N\",\n  \"severities\": {\"ZZ-999\": \"info\"}}",
            "/severities/ZZ-999",
            2,
            18,
            "ZZ-999"),
        Arguments.of(
            "{\"schemaVersion\": \"1.0\", \"name\": \"N\", \"severities\": {\"BB-001\": \"fatal\"}}",
            "/severities/BB-001",
            1,
            64,
            "fatal"),
        Arguments.of(
            "{\"schemaVersion\": \"1.0\", \"name\": \"N\", \"disabledRules\": [\"BB-001\", \"XX-001\"]}",
            "/disabledRules/1",
            1,
            67,
            "XX-001"),
        Arguments.of(
            "{\"schemaVersion\": \"1.0\", \"name\": \"N\",\n\"thresholds\": {\"minPartners\": 3}}",
            "/thresholds/minPartners",
            2,
            16,
            "minPartners"),
        Arguments.of(
            "{\"schemaVersion\": \"1.0\", \"name\": \"N\", \"thresholds\": {\"minSectors\": \"4\"}}",
            "/thresholds/minSectors",
            1,
            68,
            "whole number"),
        Arguments.of(
            "{\"schemaVersion\": \"1.0\", \"name\": \"N\", \"thresholds\": {\"minSectors\": 2.5}}",
            "/thresholds/minSectors",
            1,
            68,
            "whole number"),
        Arguments.of(
            "{\"schemaVersion\": \"1.0\", \"name\": \"N\", \"thresholds\": {\"minEndorsementShare\": 1.5}}",
            "/thresholds/minEndorsementShare",
            1,
            77,
            "range"),
        Arguments.of(
            "{\"schemaVersion\": \"1.0\", \"name\": \"N\", \"thresholds\": {\"earlyYears\": \"three\"}}",
            "/thresholds/earlyYears",
            1,
            68,
            "three"),
        Arguments.of(
            "{\"schemaVersion\": \"1.0\", \"name\": \"N\", \"requiredIndicatorCodes\": {\"codes\": [\"a\"]}}",
            "/requiredIndicatorCodes/catalogue",
            1,
            65,
            "catalogue"),
        Arguments.of(
            "{\"schemaVersion\": \"1.0\", \"name\": \"N\", \"requiredIndicatorCodes\":"
                + " {\"catalogue\": \"c\", \"codes\": []}}",
            "/requiredIndicatorCodes/codes",
            1,
            93,
            "code"),
        Arguments.of(
            "{\"schemaVersion\": \"1.0\", \"name\": \"N\", \"requiredIndicatorCodes\":"
                + " {\"ruleId\": \"pn1\", \"catalogue\": \"c\", \"codes\": [\"a\"]}}",
            "/requiredIndicatorCodes/ruleId",
            1,
            76,
            "pn1"),
        Arguments.of(
            "{\"schemaVersion\": \"1.0\", \"name\": \"N\", \"requiredIndicatorCodes\":"
                + " {\"ruleId\": \"BB-001\", \"catalogue\": \"c\", \"codes\": [\"a\"]}}",
            "/requiredIndicatorCodes/ruleId",
            1,
            76,
            "BB-001"),
        Arguments.of(
            "{\"schemaVersion\": \"1.0\", \"name\": \"N\", \"name\": \"M\"}",
            "/name",
            1,
            39,
            "name"),
        Arguments.of("{\"schemaVersion\": \"1.0\", \"name\": \"N\"} {}", "", 1, 39, "after"),
        Arguments.of("[]", "", 1, 1, "object"),
        Arguments.of("", "", -1, -1, "empty"),
        Arguments.of("{\"schemaVersion\": \"1.0\", \"name\": \"N\",", "", 1, 38, "JSON"));
  }

  @ParameterizedTest
  @MethodSource("refused")
  void aBadDocumentIsRefusedWithThePointerLineAndColumn(
      String document, String path, int line, int column, String word) {
    InitiativeFormatException e =
        assertThrows(InitiativeFormatException.class, () -> READER.read(document));
    assertEquals(path, e.path(), e.getMessage());
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(column, e.column(), e.getMessage());
    assertTrue(e.problem().contains(word), e.problem());
    assertTrue(e.getMessage().startsWith("Invalid document at "), e.getMessage());
  }

  @Test
  void theProblemsAreInJapaneseForAJapaneseReader() {
    InitiativeFormatException e =
        assertThrows(
            InitiativeFormatException.class,
            () ->
                ProfileJson.of(Locale.JAPAN)
                    .read(
                        "{\"schemaVersion\": \"1.0\", \"name\": \"N\", \"disabledRules\": [\"XX-001\"]}"));
    assertEquals("不明なルール ID \"XX-001\" です", e.problem());
    assertEquals("/disabledRules/0", e.path());
    assertEquals(Locale.JAPANESE, ProfileJson.of(Locale.JAPAN).locale());
    assertEquals(Locale.ROOT, ProfileJson.of(Locale.GERMAN).locale());
  }

  @Test
  void bothMessageBundlesHaveTheSameKeys() throws IOException {
    assertEquals(
        load("ProfileMessages.properties").stringPropertyNames(),
        load("ProfileMessages_ja.properties").stringPropertyNames());
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ProfileJson.class.getResourceAsStream(name)) {
      assertNotNull(in, name);
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  static Stream<String> accepted() {
    return Stream.of(
        resource("eastside-network.json"),
        resource("minimal.json"),
        resource("promise-neighborhoods.json"),
        "{\"schemaVersion\": \"1.12\", \"name\": \"N\", \"thresholds\": {\"fundingHorizon\": \"P1Y6M\","
            + " \"maxBackboneLedShare\": 0, \"minPopulationDataPartners\": 0}}");
  }

  @ParameterizedTest
  @MethodSource("accepted")
  void whatTheSchemaAcceptsTheReaderReads(String document) throws InitiativeFormatException {
    assertTrue(schemaAccepts(document), document);
    assertNotNull(READER.read(document));
  }

  @ParameterizedTest
  @MethodSource("refused")
  void whatTheReaderRefusesOnItsFormTheSchemaRefusesToo(
      String document, String path, int line, int column, String word) {
    // Rule ids that do not exist and a profile rule id that is a built-in's are the reader's alone.
    boolean semantic =
        document.contains("ZZ-999")
            || document.contains("XX-001")
            || document.contains("\"ruleId\": \"BB-001\"")
            || document.contains("\"name\": \"M\"")
            || !document.trim().endsWith("}")
            || document.contains("} {}")
            || document.isEmpty();
    if (!semantic) {
      assertFalse(schemaAccepts(document), document);
    }
  }
}
