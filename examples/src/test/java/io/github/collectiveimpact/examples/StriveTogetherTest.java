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
import io.github.collectiveimpact.validation.Finding;
import io.github.collectiveimpact.validation.ValidationReport;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StriveTogetherTest {
  private final Initiative strive = StriveTogether.initiative();

  @Test
  void theOnlyFindingIsTheBackboneStructureLeftUnstatedOnPurpose() {
    assertEquals(List.of("BB-005 /backbone/type"), Reports.findings(Reports.standard(), strive));
    assertTrue(Reports.standard().validate(strive).isValid());
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
  void underThePromiseNeighborhoodsProfileEveryRequiredCodeIsMissing() {
    ValidationReport report = Reports.promiseNeighborhoods().validate(strive);
    List<String> missing = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (f.ruleId().equals(PromiseNeighborhoods.REQUIRED_INDICATORS_RULE)) {
        missing.add(f.arguments().get(1));
      }
    }
    assertEquals(PromiseNeighborhoods.INDICATOR_CODES, missing);
  }
}
