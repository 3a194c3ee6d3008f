package io.github.collectiveimpact.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.fixtures.Initiatives;
import io.github.collectiveimpact.model.ExternalCode;
import io.github.collectiveimpact.model.Indicator;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.validation.Finding;
import io.github.collectiveimpact.validation.Profile;
import io.github.collectiveimpact.validation.Severity;
import io.github.collectiveimpact.validation.ValidationReport;
import io.github.collectiveimpact.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The profiles that ship with core, found by name, with their descriptions in English and Japanese. */
class ProfilesTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  @Test
  void everyNameFindsItsProfileAndNoOtherNameDoes() {
    assertEquals(List.of("promise-neighborhoods"), Profiles.names());
    for (String name : Profiles.names()) {
      assertTrue(Profiles.byName(name).isPresent(), name);
      assertTrue(Profiles.description(name, Locale.ROOT).isPresent(), name);
    }
    assertEquals(Optional.empty(), Profiles.byName("Promise Neighborhoods"));
    assertEquals(Optional.empty(), Profiles.byName("promise"));
    assertEquals(Optional.empty(), Profiles.description("nothing", Locale.ROOT));
  }

  @Test
  void promiseNeighborhoodsRequiresItsFifteenCodesInOneWarning() {
    Profile profile = Profiles.promiseNeighborhoods();
    assertEquals("Promise Neighborhoods", profile.name());
    assertEquals(1, profile.extraRules().size());
    assertEquals("PN-001", profile.extraRules().get(0).descriptor().id());
    assertEquals(15, Profiles.PROMISE_NEIGHBORHOODS_INDICATOR_CODES.size());
    assertEquals(15, Profiles.PROMISE_NEIGHBORHOODS_INDICATOR_CODES.stream().distinct().count());

    Initiative initiative = Initiatives.completeExample();
    ValidationReport report =
        Validator.builder().asOf(AS_OF).profile(profile).build().validate(initiative);
    List<Finding> pn =
        report.findings().stream()
            .filter(f -> f.ruleId().equals("PN-001"))
            .collect(Collectors.toList());
    assertEquals(1, pn.size());
    assertEquals(Severity.WARNING, pn.get(0).severity());
    assertEquals("/indicators", pn.get(0).path());
    assertEquals(ExternalCode.PROMISE_NEIGHBORHOODS_GPRA, pn.get(0).arguments().get(0));
  }

  @Test
  void aMemberThatCarriesEveryCodeHasNoFindingOfTheProfile() {
    Initiative initiative = Initiatives.completeExample();
    List<Indicator> indicators = new ArrayList<>(initiative.indicators());
    Indicator first = indicators.get(0);
    List<ExternalCode> codes = new ArrayList<>();
    for (String code : Profiles.PROMISE_NEIGHBORHOODS_INDICATOR_CODES) {
      codes.add(ExternalCode.of(ExternalCode.PROMISE_NEIGHBORHOODS_GPRA, code));
    }
    indicators.set(0, first.withExternalCodes(codes));
    ValidationReport report =
        Validator.builder()
            .asOf(AS_OF)
            .profile(Profiles.promiseNeighborhoods())
            .build()
            .validate(initiative.withIndicators(indicators));
    assertFalse(report.findings().stream().anyMatch(f -> f.ruleId().equals("PN-001")));
  }

  @Test
  void theRulesMessageAndTheDescriptionAreInJapaneseToo() {
    Finding finding =
        Validator.builder()
            .asOf(AS_OF)
            .locale(Locale.JAPANESE)
            .profile(Profiles.promiseNeighborhoods())
            .build()
            .validate(Initiatives.completeExample())
            .findings()
            .stream()
            .filter(f -> f.ruleId().equals("PN-001"))
            .findFirst()
            .orElseThrow();
    assertTrue(finding.message().contains("ネットワークが求める"), finding.message());
    String english =
        Profiles.description(Profiles.PROMISE_NEIGHBORHOODS, Locale.ENGLISH).orElseThrow();
    String japanese =
        Profiles.description(Profiles.PROMISE_NEIGHBORHOODS, Locale.JAPAN).orElseThrow();
    assertNotEquals(english, japanese);
    assertTrue(japanese.contains("指標"), japanese);
    assertEquals(
        english, Profiles.description(Profiles.PROMISE_NEIGHBORHOODS, Locale.FRENCH).orElseThrow());
    assertEquals(english, Profiles.promiseNeighborhoods().description());
  }

  @Test
  void bothBundlesHaveTheSameKeysAndADescriptionForEveryProfile() throws IOException {
    Properties english = load("Profiles.properties");
    Properties japanese = load("Profiles_ja.properties");
    assertEquals(english.stringPropertyNames(), japanese.stringPropertyNames());
    for (String name : Profiles.names()) {
      assertTrue(english.containsKey(name + ".description"), name);
    }
  }

  private static Properties load(String file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Profiles.class.getResourceAsStream(file)) {
      assertNotNull(in, file);
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    }
    return properties;
  }
}
