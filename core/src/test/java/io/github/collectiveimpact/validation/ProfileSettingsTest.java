package io.github.collectiveimpact.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.model.Initiative;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A profile's severity overrides and disabled rules, and how a validator combines them with its own. */
class ProfileSettingsTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  private final Initiative noBackbone = RuleExamples.base().withBackbone(Optional.empty());

  private static List<Finding> findingsOf(ValidationReport report, String ruleId) {
    return report.findings().stream()
        .filter(f -> f.ruleId().equals(ruleId))
        .collect(Collectors.toList());
  }

  @Test
  void withoutAProfileTheInitiativeWithoutABackboneHasAnError() {
    ValidationReport report = Validator.builder().asOf(AS_OF).build().validate(noBackbone);
    List<Finding> bb001 = findingsOf(report, "BB-001");
    assertEquals(1, bb001.size());
    assertEquals(Severity.ERROR, bb001.get(0).severity());
    assertFalse(report.isValid());
  }

  @Test
  void aRuleAProfileDisablesNeverReportsNorRuns() {
    Profile profile = Profile.builder("Network").disable("BB-001").build();
    Validator validator = Validator.builder().asOf(AS_OF).profile(profile).build();
    ValidationReport report = validator.validate(noBackbone);
    assertTrue(findingsOf(report, "BB-001").isEmpty());
    assertEquals(Optional.empty(), validator.severity("BB-001"));
    assertFalse(
        validator.ruleDescriptors().stream().anyMatch(d -> d.id().equals("BB-001")),
        "BB-001 is not among the rules the validator runs");
    for (CategorySummary summary : report.summaries()) {
      assertFalse(summary.passedRuleIds().contains("BB-001"));
      assertFalse(summary.failedRuleIds().contains("BB-001"));
    }
    assertEquals(Set.of("BB-001"), profile.disabledRules());
  }

  @Test
  void aProfilesSeverityChangesTheFindingAndTheVerdict() {
    Profile profile = Profile.builder("Network").severity("BB-001", Severity.INFO).build();
    Validator validator = Validator.builder().asOf(AS_OF).profile(profile).build();
    ValidationReport plain = Validator.builder().asOf(AS_OF).build().validate(noBackbone);
    ValidationReport report = validator.validate(noBackbone);
    List<Finding> bb001 = findingsOf(report, "BB-001");
    assertEquals(1, bb001.size());
    assertEquals(Severity.INFO, bb001.get(0).severity());
    assertEquals(Optional.of(Severity.INFO), validator.severity("BB-001"));
    assertEquals(plain.count(Severity.ERROR) - 1, report.count(Severity.ERROR));
    assertEquals(plain.count(Severity.INFO) + 1, report.count(Severity.INFO));
    assertEquals(report.count(Severity.ERROR) == 0, report.isValid());
    assertEquals(Map.of("BB-001", Severity.INFO), profile.severities());
  }

  @Test
  void theBuildersSeverityWinsOverTheProfilesAndDisablingByEitherTurnsTheRuleOff() {
    Profile profile = Profile.builder("Network").severity("BB-001", Severity.INFO).build();
    Validator validator =
        Validator.builder()
            .asOf(AS_OF)
            .profile(profile)
            .severity("BB-001", Severity.WARNING)
            .build();
    assertEquals(
        Severity.WARNING, findingsOf(validator.validate(noBackbone), "BB-001").get(0).severity());
    Validator both =
        Validator.builder()
            .asOf(AS_OF)
            .profile(Profile.builder("Network").severity("BB-001", Severity.INFO).build())
            .profile(Profile.builder("Other").disable("BB-001").build())
            .build();
    assertTrue(findingsOf(both.validate(noBackbone), "BB-001").isEmpty());
  }

  @Test
  void aProfileCanRaiseItsOwnRulesWarningToAnErrorAndMakeTheInitiativeInvalid() {
    assertTrue(Validator.builder().asOf(AS_OF).build().validate(RuleExamples.base()).isValid());
    Profile profile =
        Profile.builder("Network")
            .requireIndicatorCodes("PN-001", "catalogue", List.of("X-1"), "The network")
            .severity("PN-001", Severity.ERROR)
            .build();
    ValidationReport report =
        Validator.builder().asOf(AS_OF).profile(profile).build().validate(RuleExamples.base());
    assertEquals(Severity.ERROR, findingsOf(report, "PN-001").get(0).severity());
    assertFalse(report.isValid());
  }

  @Test
  void unknownRuleIdsAreAnErrorNamingTheId() {
    IllegalArgumentException severity =
        assertThrows(
            IllegalArgumentException.class,
            () -> Profile.builder("Network").severity("ZZ-999", Severity.INFO).build());
    assertTrue(severity.getMessage().contains("ZZ-999"), severity.getMessage());
    IllegalArgumentException disabled =
        assertThrows(
            IllegalArgumentException.class,
            () -> Profile.builder("Network").disable("BB-001", "ZZ-998").build());
    assertTrue(disabled.getMessage().contains("ZZ-998"), disabled.getMessage());
    assertThrows(
        NullPointerException.class, () -> Profile.builder("N").severity(null, Severity.INFO));
    assertThrows(NullPointerException.class, () -> Profile.builder("N").severity("BB-001", null));
  }
}
