package io.github.collectiveimpact.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.collectiveimpact.model.Condition;
import io.github.collectiveimpact.validation.Category;
import io.github.collectiveimpact.validation.Finding;
import io.github.collectiveimpact.validation.Severity;
import io.github.collectiveimpact.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmergingCoalitionTest {
  private final ValidationReport report =
      Reports.standard().validate(EmergingCoalition.initiative());

  @Test
  void everyGapLeftOnPurposeIsReportedAndNothingElse() {
    assertEquals(
        sorted(
            // No backbone of any kind: the condition is wholly absent.
            "BB-001 ERROR /backbone",
            // The partners have not agreed on a vision yet.
            "CA-002 WARNING /commonAgenda/vision",
            // The one goal has no target date, and its indicator no target.
            "CA-004 WARNING /commonAgenda/goals",
            "CA-010 WARNING /commonAgenda/goals",
            // Only the district (partner 0) endorsed the agenda: one finding names the other two.
            "CA-005 WARNING /partners",
            // No steering committee, and no resident among the partners at all.
            "CA-009 WARNING /partners",
            // A public school district and two nonprofits: two families of sectors of five.
            "CA-012 WARNING /partners",
            // No influential champion is named.
            "CA-014 INFO /partners",
            // No goal has an equity focus and the indicator is not broken down by group.
            "CA-016 WARNING /commonAgenda/goals",
            // The partners meet monthly over coffee, but no steering committee meets.
            "CC-001 WARNING /meetingSeries",
            // A partners' mailing list reaches no one outside.
            "CC-007 WARNING /channels",
            // The family reading nights have no lead and no link to the agenda.
            "MR-001 WARNING /activities",
            "MR-002 WARNING /activities",
            // Family services (partner 2) has no part in any activity.
            "MR-004 WARNING /partners",
            // The indicator has no reporting frequency, no baseline or target, and no data yet.
            "SM-002 WARNING /indicators",
            "SM-003 WARNING /indicators",
            "SM-006 WARNING /indicators",
            // Nothing publishes the results, and no meeting reviews them.
            "SM-009 WARNING /channels",
            "SM-021 WARNING /meetingSeries",
            // The grade 3 reading indicator is not broken down by any group.
            "SM-010 INFO /indicators",
            // The library named as a contributor is not a partner (activity 0, its second
            // contributor).
            "ST-003 ERROR /activities/0/contributingPartnerIds/1"),
        Reports.withSeverities(report));
    assertFalse(report.isValid());
  }

  @Test
  void itsErrorsAreTheBackboneWhollyAbsentAndTheUnknownPartner() {
    List<String> errors = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (f.severity() == Severity.ERROR) {
        errors.add(f.ruleId());
      }
    }
    errors.sort(null);
    assertEquals(List.of("BB-001", "ST-003"), errors);
  }

  @Test
  void eachFindingOnManyElementsPointsAtEveryOne() {
    for (Finding f : report.findings()) {
      if (f.ruleId().equals("CA-005")) {
        assertEquals(List.of("/partners/1", "/partners/2"), f.paths());
      } else if (f.ruleId().equals("SM-003")) {
        assertEquals(List.of("/indicators/0/baseline", "/indicators/0/target"), f.paths());
      }
    }
  }

  private static List<String> sorted(String... findings) {
    List<String> copy = new ArrayList<>(List.of(findings));
    copy.sort(null);
    return copy;
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
