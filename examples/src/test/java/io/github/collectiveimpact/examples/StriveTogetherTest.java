package io.github.collectiveimpact.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.model.BackboneFunction;
import io.github.collectiveimpact.model.BackboneRole;
import io.github.collectiveimpact.model.Cadence;
import io.github.collectiveimpact.model.DisaggregationDimension;
import io.github.collectiveimpact.model.ExternalCode;
import io.github.collectiveimpact.model.Indicator;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.MeetingKind;
import io.github.collectiveimpact.model.MeetingSeries;
import io.github.collectiveimpact.model.Partner;
import io.github.collectiveimpact.model.SectorFamily;
import io.github.collectiveimpact.model.SystemsChange;
import io.github.collectiveimpact.model.SystemsChangeKind;
import io.github.collectiveimpact.validation.Finding;
import io.github.collectiveimpact.validation.Severity;
import io.github.collectiveimpact.validation.ValidationReport;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StriveTogetherTest {
  private final Initiative strive = StriveTogether.initiative();

  @Test
  void anExemplarWithNoErrorAndOnlyWhatTheSourcesLeaveUnstated() {
    ValidationReport report = Reports.standard().validate(strive);
    assertEquals(
        List.of(
            // The structure of the backbone is left unstated on purpose: its role changed hands
            // over the years, and no single type of FSG's typology fits that history.
            "BB-005 INFO /backbone/type",
            // The funders are known; for how long they committed is not.
            "BB-008 INFO /backbone/fundingSources",
            // Parent and neighbourhood organisations sit at the leadership table, but no source
            // documents residents or parents deciding there themselves: the community is
            // represented through intermediaries (Le 2015), a note rather than a warning.
            "CA-011 INFO /partners"),
        Reports.withSeverities(report));
    assertEquals(0, report.count(Severity.ERROR));
    assertTrue(report.isValid());
  }

  @Test
  void theNetworksReviewTheirDataAndThePreschoolLevyIsASystemsChange() {
    for (MeetingSeries series : strive.meetingSeries()) {
      // The networks discuss their progress and learn from each other (Kania and Kramer, 2011).
      assertEquals(
          series.kind() == MeetingKind.WORKING_GROUP, series.reviewsResults(), series.id());
    }
    SystemsChange levy = strive.systemsChanges().get(0);
    assertEquals(1, strive.systemsChanges().size());
    assertEquals(SystemsChangeKind.FUNDING_FLOW, levy.kind());
    assertEquals(LocalDate.of(2016, 11, 8), levy.date());
    assertTrue(levy.partnerIds().contains(StriveTogether.STRIVE));
    assertTrue(levy.source().isPresent());
  }

  @Test
  void thePartnersSpanAllFiveFamiliesAndThePublicUniversitiesAreGovernment() {
    Set<SectorFamily> families = EnumSet.noneOf(SectorFamily.class);
    for (Partner p : strive.partners()) {
      families.add(p.sectorFamily());
    }
    assertEquals(EnumSet.allOf(SectorFamily.class), families);
    for (String id :
        List.of(
            StriveTogether.UNIVERSITY_OF_CINCINNATI, StriveTogether.NORTHERN_KENTUCKY_UNIVERSITY)) {
      assertEquals(SectorFamily.GOVERNMENT, strive.partner(id).orElseThrow().sectorFamily(), id);
    }
    assertEquals(
        SectorFamily.NONPROFIT,
        strive.partner(StriveTogether.XAVIER_UNIVERSITY).orElseThrow().sectorFamily());
    assertEquals(
        SectorFamily.BUSINESS,
        strive.partner(StriveTogether.EMPLOYERS).orElseThrow().sectorFamily());
  }

  @Test
  void tracksTheSevenCradleToCareerOutcomesDisaggregatedByRaceAndIncome() {
    List<String> ids = new ArrayList<>();
    for (Indicator indicator : strive.indicators()) {
      ids.add(indicator.id());
      assertTrue(
          indicator
              .disaggregations()
              .containsAll(
                  Set.of(DisaggregationDimension.RACE_ETHNICITY, DisaggregationDimension.INCOME)),
          indicator.id());
      assertTrue(
          indicator.hasExternalCode(
              ExternalCode.STRIVETOGETHER_OUTCOME, indicator.id().replace('-', '_')),
          indicator.id());
    }
    assertEquals(
        List.of(
            StriveTogether.KINDERGARTEN_READINESS,
            StriveTogether.EARLY_GRADE_READING,
            StriveTogether.MIDDLE_GRADE_MATH,
            StriveTogether.HIGH_SCHOOL_GRADUATION,
            StriveTogether.POSTSECONDARY_ENROLLMENT,
            StriveTogether.POSTSECONDARY_COMPLETION,
            StriveTogether.EMPLOYMENT),
        ids);
  }

  @Test
  void networksMeetEveryTwoWeeksAndTheLeadershipTableSteers() {
    int networks = 0;
    int steering = 0;
    for (MeetingSeries series : strive.meetingSeries()) {
      if (series.kind() == MeetingKind.WORKING_GROUP) {
        networks++;
        assertEquals(Cadence.of(Period.ofWeeks(2)), series.cadence(), series.id());
      } else if (series.kind() == MeetingKind.STEERING_COMMITTEE) {
        steering++;
      }
    }
    assertEquals(strive.workingGroups().size(), networks);
    assertEquals(1, steering);
  }

  @Test
  void theBackboneCarriesAllSixFunctionsItself() {
    Set<BackboneFunction> carried = EnumSet.noneOf(BackboneFunction.class);
    for (BackboneRole role : strive.backbone().orElseThrow().roles()) {
      assertTrue(role.partnerId().isEmpty(), role.function().toString());
      carried.add(role.function());
    }
    assertEquals(EnumSet.allOf(BackboneFunction.class), carried);
    assertTrue(strive.backbone().orElseThrow().type().isEmpty());
  }

  @Test
  void underThePromiseNeighborhoodsProfileOneFindingNamesEveryMissingCode() {
    ValidationReport report = Reports.promiseNeighborhoods().validate(strive);
    List<Finding> profile = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (f.ruleId().equals(PromiseNeighborhoods.REQUIRED_INDICATORS_RULE)) {
        profile.add(f);
      }
    }
    assertEquals(1, profile.size());
    assertEquals(Severity.WARNING, profile.get(0).severity());
    assertEquals(
        List.of(
            ExternalCode.PROMISE_NEIGHBORHOODS_GPRA,
            "15",
            String.join(", ", PromiseNeighborhoods.INDICATOR_CODES)),
        profile.get(0).arguments());
  }
}
