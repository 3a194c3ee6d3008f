package io.github.collectiveimpact.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.collectiveimpact.model.Condition;
import io.github.collectiveimpact.validation.Category;
import io.github.collectiveimpact.validation.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmergingCoalitionTest {
  private final ValidationReport report =
      Reports.standard().validate(EmergingCoalition.initiative());

  @Test
  void everyGapLeftOnPurposeIsReportedAndNothingElse() {
    assertEquals(
        List.of(
            "BB-001 /backbone",
            "CA-002 /commonAgenda/vision",
            "CA-004 /commonAgenda/goals/0",
            // Only the district (partner 0) endorsed the agenda.
            "CA-005 /partners/1",
            "CA-005 /partners/2",
            "CA-006 /partners",
            "CA-009 /partners",
            "CC-001 /meetingSeries",
            "CC-007 /channels",
            "MR-001 /activities/1",
            "MR-002 /activities/1",
            // Family services (partner 2) has no part in any activity.
            "MR-004 /partners/2",
            "SM-002 /indicators/0/reportingFrequency",
            "SM-003 /indicators/0/baseline",
            "SM-003 /indicators/0/target",
            "SM-005 /indicators/0/dataPartnerIds",
            "SM-006 /indicators/0",
            "SM-009 /channels",
            "SM-010 /indicators/0/disaggregations",
            // The library named as a contributor is not a partner (activity 0, its second
            // contributor).
            "ST-003 /activities/0/contributingPartnerIds/1"),
        Reports.findings(report));
    assertFalse(report.isValid());
  }

  @Test
  void hasAFindingUnderEveryConditionAndAStructuralOne() {
    for (Condition condition : Condition.values()) {
      assertFalse(report.findings(condition).isEmpty(), condition.toString());
    }
    assertFalse(report.findings(Category.STRUCTURE).isEmpty());
  }

  @Test
  void theUnknownPartnerIsTheLibrary() {
    assertEquals(
        List.of(EmergingCoalition.LIBRARY), report.findings(Category.STRUCTURE).get(0).arguments());
  }
}
