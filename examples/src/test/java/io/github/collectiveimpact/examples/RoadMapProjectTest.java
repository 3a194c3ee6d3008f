package io.github.collectiveimpact.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.model.BackboneType;
import io.github.collectiveimpact.model.DatedValue;
import io.github.collectiveimpact.model.DisaggregationDimension;
import io.github.collectiveimpact.model.Goal;
import io.github.collectiveimpact.model.Indicator;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.Partner;
import io.github.collectiveimpact.model.Sector;
import io.github.collectiveimpact.validation.Finding;
import io.github.collectiveimpact.validation.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoadMapProjectTest {
  private final Initiative roadMap = RoadMapProject.initiative();

  @Test
  void theOnlyFindingIsThe2020GoalWhoseDateHasPassed() {
    ValidationReport report = Reports.standard().validate(roadMap);
    assertEquals(List.of("CA-007 /commonAgenda/goals/0/targetDate"), Reports.findings(report));
    Finding expired = report.findings().get(0);
    assertEquals(List.of(RoadMapProject.GOAL_2020, "2020-06-30"), expired.arguments());
    assertTrue(report.isValid());
  }

  @Test
  void theSevenDistrictsOfTheRegionArePartners() {
    List<String> districts = new ArrayList<>();
    for (Partner p : roadMap.partners()) {
      if (p.sector() == Sector.K12_EDUCATION) {
        districts.add(p.name());
      }
    }
    assertEquals(
        List.of(
            "Auburn School District",
            "Federal Way Public Schools",
            "Highline Public Schools",
            "Kent School District",
            "Renton School District",
            "Seattle Public Schools",
            "Tukwila School District"),
        districts);
  }

  @Test
  void ccerIsANewNonprofitBackbone() {
    assertEquals(BackboneType.NEW_NONPROFIT, roadMap.backbone().orElseThrow().type().orElseThrow());
    assertEquals(RoadMapProject.CCER, roadMap.backbone().orElseThrow().partnerId().orElseThrow());
  }

  @Test
  void bothGoalsFocusOnRaceAndIncomeAndTheirIndicatorsAreDisaggregatedByBoth() {
    List<DisaggregationDimension> both =
        List.of(DisaggregationDimension.RACE_ETHNICITY, DisaggregationDimension.INCOME);
    assertEquals(2, roadMap.commonAgenda().goals().size());
    for (Goal goal : roadMap.commonAgenda().goals()) {
      assertEquals(both, goal.equityFocus().orElseThrow().dimensions(), goal.id());
      for (String id : goal.indicatorIds()) {
        assertTrue(roadMap.indicator(id).orElseThrow().disaggregations().containsAll(both), id);
      }
    }
  }

  @Test
  void onTrackIndicatorsHaveInterimTargetsFor2014And2017AndAFinalTargetFor2020() {
    Goal goal2020 = roadMap.goal(RoadMapProject.GOAL_2020).orElseThrow();
    assertEquals(LocalDate.of(2020, 6, 30), goal2020.targetDate().orElseThrow());
    for (String id : goal2020.indicatorIds()) {
      Indicator indicator = roadMap.indicator(id).orElseThrow();
      List<Integer> years = new ArrayList<>();
      for (DatedValue interim : indicator.interimTargets()) {
        years.add(interim.date().getYear());
      }
      assertEquals(List.of(2014, 2017), years, id);
      assertEquals(2020, indicator.target().orElseThrow().date().getYear(), id);
    }
  }

  @Test
  void the2030GoalAimsAtSeventyPercent() {
    Goal goal2030 = roadMap.goal(RoadMapProject.GOAL_2030).orElseThrow();
    assertEquals(List.of(RoadMapProject.CREDENTIAL_ATTAINMENT), goal2030.indicatorIds());
    DatedValue target =
        roadMap
            .indicator(RoadMapProject.CREDENTIAL_ATTAINMENT)
            .orElseThrow()
            .target()
            .orElseThrow();
    assertEquals(70.0, target.value());
    assertEquals(2030, target.date().getYear());
    assertEquals(2030, goal2030.targetDate().orElseThrow().getYear());
  }

  @Test
  void theFourApproachesAdvanceBothGoals() {
    for (String id :
        List.of(
            "alignment", "parent-and-community-engagement", "power-of-data", "stronger-systems")) {
      assertEquals(
          List.of(RoadMapProject.GOAL_2020, RoadMapProject.GOAL_2030),
          roadMap.activity(id).orElseThrow().goalIds(),
          id);
    }
  }
}
