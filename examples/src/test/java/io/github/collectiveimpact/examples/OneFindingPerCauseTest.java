package io.github.collectiveimpact.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.validation.Category;
import io.github.collectiveimpact.validation.Finding;
import io.github.collectiveimpact.validation.ValidationReport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One cause is one finding: in no example's report, with or without the Promise Neighborhoods profile,
 * does a rule report more than one finding. A finding on many elements names them all and points at each
 * through its paths. Structure rules are the exception by design: each finding points at one broken
 * element, and two broken elements are two causes.
 */
class OneFindingPerCauseTest {
  private static List<ValidationReport> everyReport() {
    List<ValidationReport> reports = new ArrayList<>(ExamplesMain.reports(Options.parse()));
    reports.addAll(ExamplesMain.reports(Options.parse("--profile", "promise-neighborhoods")));
    return reports;
  }

  @Test
  void noRuleReportsMoreThanOneFindingInAnyExample() {
    for (ValidationReport report : everyReport()) {
      Set<String> seen = new HashSet<>();
      for (Finding f : report.findings()) {
        if (f.category() == Category.STRUCTURE) {
          continue;
        }
        assertTrue(seen.add(f.ruleId()), report.initiativeId() + ": " + f.ruleId() + " twice");
      }
    }
  }

  @Test
  void structureFindingsPointAtDistinctBrokenElementsAndOnlyTheEmergingCoalitionHasOne() {
    for (ValidationReport report : everyReport()) {
      List<Finding> structure = report.findings(Category.STRUCTURE);
      Set<String> paths = new HashSet<>();
      for (Finding f : structure) {
        assertEquals(List.of(f.path()), f.paths(), f.toString());
        assertTrue(paths.add(f.path()), f.toString());
      }
      if (report.initiativeId().equals(EmergingCoalition.ID)) {
        assertEquals(1, structure.size());
      } else {
        assertTrue(structure.isEmpty(), report.initiativeId());
      }
    }
  }

  @Test
  void aFindingOnManyElementsHasAPathForEach() {
    boolean sawMany = false;
    for (ValidationReport report : everyReport()) {
      for (Finding f : report.findings()) {
        assertFalse(f.paths().isEmpty(), f.toString());
        assertEquals(f.paths().size(), new HashSet<>(f.paths()).size(), f.toString());
        sawMany |= f.paths().size() > 1;
      }
    }
    assertTrue(sawMany);
  }
}
