package io.github.collectiveimpact.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.model.Indicator;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.Observation;
import io.github.collectiveimpact.model.Partner;
import io.github.collectiveimpact.validation.Finding;
import io.github.collectiveimpact.validation.Severity;
import io.github.collectiveimpact.validation.ValidationReport;
import io.github.collectiveimpact.validation.Validator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticInitiativesTest {
  private static final Validator VALIDATOR =
      Validator.builder().asOf(SyntheticInitiatives.AS_OF).build();

  @Test
  void smallSizeHasExactlyTheRequestedCounts() {
    Initiative initiative = SyntheticInitiatives.generate(Size.S, 1);

    assertEquals(Size.S.partners(), initiative.partners().size());
    assertEquals(Size.S.indicators(), initiative.indicators().size());
    assertEquals(Size.S.observations(), initiative.observations().size());
  }

  @Test
  void countsAreExactForUnevenSplits() {
    // 7 observations do not divide evenly among 3 indicators; fewer observations than indicators
    // too.
    for (int[] counts : new int[][] {{3, 3, 7}, {5, 4, 2}, {4, 1, 0}, {11, 7, 1234}}) {
      Initiative initiative = SyntheticInitiatives.generate(counts[0], counts[1], counts[2], 42);

      assertEquals(counts[0], initiative.partners().size());
      assertEquals(counts[1], initiative.indicators().size());
      assertEquals(counts[2], initiative.observations().size());
    }
  }

  @Test
  void sameSeedGivesAnEqualInitiative() {
    assertEquals(
        SyntheticInitiatives.generate(40, 20, 3000, 7),
        SyntheticInitiatives.generate(40, 20, 3000, 7));
  }

  @Test
  void anotherSeedGivesAnotherInitiative() {
    assertNotEquals(
        SyntheticInitiatives.generate(40, 20, 3000, 7),
        SyntheticInitiatives.generate(40, 20, 3000, 8));
  }

  @Test
  void observationsAreSplitAcrossPartnersIndicatorsPeriodsAndSubgroups() {
    Initiative initiative = SyntheticInitiatives.generate(Size.S, 3);
    Set<String> indicators = new HashSet<>();
    Set<String> partners = new HashSet<>();
    Set<Object> periods = new HashSet<>();
    int disaggregated = 0;
    for (Observation o : initiative.observations()) {
      indicators.add(o.indicatorId());
      o.partnerId().ifPresent(partners::add);
      periods.add(o.period());
      if (o.disaggregation().isPresent()) {
        disaggregated++;
      }
    }

    assertTrue(indicators.size() >= Size.S.indicators(), "every indicator has observations");
    assertTrue(partners.size() > 10, "many partners report: " + partners.size());
    assertTrue(periods.size() > 4, "several periods: " + periods.size());
    assertTrue(disaggregated > Size.S.observations() / 4, "subgroups: " + disaggregated);
    assertTrue(disaggregated < Size.S.observations(), "whole-population values too");
  }

  @Test
  void everyIndicatorsObservationsComeFromItsDataPartners() {
    Initiative initiative = SyntheticInitiatives.generate(Size.S, 5);
    int foreign = 0;
    for (Observation o : initiative.observations()) {
      if (initiative.indicator(o.indicatorId()).isPresent()
          && !initiative
              .indicator(o.indicatorId())
              .get()
              .dataPartnerIds()
              .contains(o.partnerId().get())) {
        foreign++;
      }
    }

    assertTrue(foreign <= 2, "only the sprinkled unknown partners report outside: " + foreign);
  }

  @Test
  void theShapeCoversEveryConditionOfCollectiveImpact() {
    Initiative initiative = SyntheticInitiatives.generate(Size.S, 11);

    assertFalse(initiative.commonAgenda().goals().isEmpty());
    assertTrue(
        initiative.commonAgenda().goals().stream().anyMatch(g -> g.equityFocus().isPresent()));
    assertTrue(initiative.indicators().stream().anyMatch(i -> !i.disaggregations().isEmpty()));
    assertFalse(initiative.workingGroups().isEmpty());
    assertFalse(initiative.activities().isEmpty());
    assertTrue(initiative.meetingSeries().size() >= 3);
    assertFalse(initiative.channels().isEmpty());
    assertTrue(initiative.backbone().isPresent());
    String backboneId = initiative.backbone().get().partnerId().get();
    assertTrue(initiative.partner(backboneId).isPresent(), "the backbone is a partner");
    assertTrue(initiative.partners().stream().map(Partner::sector).distinct().count() >= 5);
  }

  @Test
  void dataAreMostlyValidWithASprinkleOfFindings() {
    Initiative initiative =
        SyntheticInitiatives.generate(Size.S, SyntheticInitiatives.DEFAULT_SEED);
    ValidationReport report = VALIDATOR.validate(initiative);
    int elements =
        initiative.partners().size()
            + initiative.indicators().size()
            + initiative.observations().size();

    assertFalse(report.findings().isEmpty(), "a realistic initiative has findings");
    assertTrue(
        report.findings().size() < elements / 20,
        "mostly valid: " + report.findings().size() + " findings for " + elements + " elements");
    // The conditions themselves are met: no error about the agenda, the backbone or communication.
    for (String ruleId :
        List.of("CA-001", "CA-002", "CA-003", "CA-006", "BB-001", "BB-002", "CC-001", "SM-001")) {
      assertTrue(
          report.findings().stream().map(Finding::ruleId).noneMatch(ruleId::equals),
          ruleId + " passes");
    }
  }

  @Test
  void aLargerInitiativeHasFindingsOfManyRules() {
    ValidationReport report = VALIDATOR.validate(SyntheticInitiatives.generate(400, 60, 40_000, 9));
    Set<String> rules = new HashSet<>();
    for (Finding f : report.findings()) {
      rules.add(f.ruleId());
    }

    assertTrue(rules.size() >= 8, "findings of several rules: " + rules);
    assertTrue(report.count(Severity.WARNING) > 0);
  }

  @Test
  void indicatorsHaveTheAttributesSharedMeasurementAsksForMostly() {
    Initiative initiative = SyntheticInitiatives.generate(Size.S, 13);
    long defined =
        initiative.indicators().stream()
            .filter(i -> i.definition().isPresent() && i.unit().isPresent())
            .filter(i -> i.target().isPresent())
            .count();

    assertTrue(defined >= Size.S.indicators() * 8 / 10, "defined: " + defined);
    assertTrue(initiative.indicators().stream().allMatch(i -> !i.dataPartnerIds().isEmpty()));
    assertTrue(
        initiative.indicators().stream().map(Indicator::id).distinct().count()
            == Size.S.indicators());
  }

  @Test
  void tooFewPartnersOrIndicatorsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> SyntheticInitiatives.generate(2, 1, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> SyntheticInitiatives.generate(3, 0, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> SyntheticInitiatives.generate(3, 1, -1, 1));
  }
}
