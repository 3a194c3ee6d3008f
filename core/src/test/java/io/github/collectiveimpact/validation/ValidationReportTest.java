package io.github.collectiveimpact.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.model.Condition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The report: its order, counts, summaries, text form and consistency checks. */
class ValidationReportTest {
  private static final LocalDate DATE = LocalDate.of(2026, 6, 30);

  private static Finding finding(
      String ruleId, Category category, Severity severity, String path, String... args) {
    return new Finding(
        ruleId, category, severity, path, ruleId + " at " + path, List.of(args), "a source");
  }

  /** A report whose summaries fail exactly the rules of the given findings. */
  private static ValidationReport report(List<Finding> findings) {
    Map<Category, List<String>> failed = new EnumMap<>(Category.class);
    for (Finding f : findings) {
      List<String> ids = failed.computeIfAbsent(f.category(), c -> new ArrayList<>());
      if (!ids.contains(f.ruleId())) {
        ids.add(f.ruleId());
      }
    }
    List<CategorySummary> summaries = new ArrayList<>();
    failed.forEach(
        (c, ids) -> {
          Collections.sort(ids);
          summaries.add(new CategorySummary(c, List.of("ZZ-999"), ids));
        });
    return ValidationReport.of("initiative-1", "The Partnership", DATE, summaries, findings);
  }

  /** The findings in the order the report must give them. */
  private static final List<Finding> ORDERED =
      List.of(
          finding("ST-001", Category.STRUCTURE, Severity.ERROR, "/partners/2/id", "partner", "p1"),
          finding("ST-001", Category.STRUCTURE, Severity.ERROR, "/partners/10/id", "partner", "p1"),
          finding(
              "ST-003",
              Category.STRUCTURE,
              Severity.ERROR,
              "/activities/0/contributingPartnerIds/9",
              "y"),
          finding(
              "ST-003",
              Category.STRUCTURE,
              Severity.ERROR,
              "/activities/0/contributingPartnerIds/11",
              "z"),
          finding("ST-003", Category.STRUCTURE, Severity.ERROR, "/activities/0/leadPartnerId", "x"),
          finding("ST-003", Category.STRUCTURE, Severity.ERROR, "/activities/3", "y"),
          finding("ST-003", Category.STRUCTURE, Severity.ERROR, "/activities/20", "y"),
          finding(
              "CA-001", Category.COMMON_AGENDA, Severity.ERROR, "/commonAgenda/problemStatement"),
          finding(
              "CA-008",
              Category.COMMON_AGENDA,
              Severity.WARNING,
              "/commonAgenda/goals/0/equityFocus",
              "g",
              "income"),
          finding(
              "CA-008",
              Category.COMMON_AGENDA,
              Severity.WARNING,
              "/commonAgenda/goals/0/equityFocus",
              "g",
              "race"),
          finding(
              "SM-005",
              Category.SHARED_MEASUREMENT,
              Severity.WARNING,
              "/indicators/1/dataPartnerIds",
              "i",
              "1",
              "2"),
          finding(
              "SM-010",
              Category.SHARED_MEASUREMENT,
              Severity.INFO,
              "/indicators/0/disaggregations",
              "i"),
          finding("CC-001", Category.CONTINUOUS_COMMUNICATION, Severity.ERROR, "/meetingSeries"),
          finding("BB-005", Category.BACKBONE_SUPPORT, Severity.INFO, "/backbone/type"));

  @Test
  void findingsAreOrderedByCategoryRuleIdAndPathWithIndexesAsNumbers() {
    Random random = new Random(7);
    for (int i = 0; i < 20; i++) {
      List<Finding> shuffled = new ArrayList<>(ORDERED);
      Collections.shuffle(shuffled, random);
      assertEquals(ORDERED, report(shuffled).findings());
    }
  }

  @Test
  void pathsCompareSegmentBySegment() {
    assertTrue(ValidationReport.comparePaths("/partners/2", "/partners/10") < 0);
    assertTrue(ValidationReport.comparePaths("/partners/10", "/partners/2") > 0);
    assertTrue(ValidationReport.comparePaths("/partners", "/partners/0") < 0);
    assertTrue(ValidationReport.comparePaths("", "/backbone") < 0);
    assertTrue(ValidationReport.comparePaths("/indicators/0/unit", "/indicators/0/baseline") > 0);
    assertTrue(ValidationReport.comparePaths("/indicators/9/unit", "/indicators/10/baseline") < 0);
    assertEquals(0, ValidationReport.comparePaths("/partners/3", "/partners/3"));
  }

  @Test
  void aReportIsValidUnlessItHasAnError() {
    assertTrue(report(List.of()).isValid());
    assertTrue(
        report(
                List.of(
                    finding(
                        "CA-005", Category.COMMON_AGENDA, Severity.WARNING, "/partners/1", "p1"),
                    finding("BB-005", Category.BACKBONE_SUPPORT, Severity.INFO, "/backbone/type")))
            .isValid());
    assertFalse(report(ORDERED).isValid());
    assertFalse(
        report(
                List.of(
                    finding(
                        "CC-001",
                        Category.CONTINUOUS_COMMUNICATION,
                        Severity.ERROR,
                        "/meetingSeries")))
            .isValid());
  }

  @Test
  void countsCoverEverySeverityAndCategoryIncludingZeros() {
    ValidationReport report = report(ORDERED);
    Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    bySeverity.put(Severity.ERROR, 9);
    bySeverity.put(Severity.WARNING, 3);
    bySeverity.put(Severity.INFO, 2);
    assertEquals(bySeverity, report.countsBySeverity());
    assertEquals(9, report.count(Severity.ERROR));
    Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
    byCategory.put(Category.STRUCTURE, 7);
    byCategory.put(Category.COMMON_AGENDA, 3);
    byCategory.put(Category.SHARED_MEASUREMENT, 2);
    byCategory.put(Category.MUTUALLY_REINFORCING_ACTIVITIES, 0);
    byCategory.put(Category.CONTINUOUS_COMMUNICATION, 1);
    byCategory.put(Category.BACKBONE_SUPPORT, 1);
    assertEquals(byCategory, report.countsByCategory());
    ValidationReport empty = report(List.of());
    for (Severity s : Severity.values()) {
      assertEquals(0, empty.countsBySeverity().get(s));
    }
    for (Category c : Category.values()) {
      assertEquals(0, empty.countsByCategory().get(c));
    }
  }

  @Test
  void findingsOfAConditionOrCategoryKeepTheReportsOrder() {
    ValidationReport report = report(ORDERED);
    assertEquals(ORDERED.subList(7, 10), report.findings(Condition.COMMON_AGENDA));
    assertEquals(ORDERED.subList(7, 10), report.findings(Category.COMMON_AGENDA));
    assertEquals(ORDERED.subList(0, 7), report.findings(Category.STRUCTURE));
    assertEquals(List.of(), report.findings(Condition.MUTUALLY_REINFORCING_ACTIVITIES));
    for (Condition c : Condition.values()) {
      assertEquals(Category.of(c).condition(), Optional.of(c));
    }
  }

  @Test
  void summariesComeForEveryCategoryInCategoryOrder() {
    ValidationReport report = report(ORDERED);
    assertEquals(
        List.of(Category.values()),
        report.summaries().stream().map(CategorySummary::category).collect(Collectors.toList()));
    CategorySummary structure = report.summary(Category.STRUCTURE);
    assertEquals(List.of("ST-001", "ST-003"), structure.failedRuleIds());
    assertEquals(List.of("ZZ-999"), structure.passedRuleIds());
    assertEquals(3, structure.rulesRun());
    assertFalse(structure.isPassed());
    CategorySummary activities = report.summary(Category.MUTUALLY_REINFORCING_ACTIVITIES);
    assertEquals(0, activities.rulesRun());
    assertTrue(activities.isPassed());
  }

  @Test
  void theTextNamesEveryCategoryAndEveryFinding() {
    ValidationReport report = report(ORDERED);
    String text = report.toText();
    assertTrue(
        text.startsWith("The Partnership (initiative-1), as of 2026-06-30: NOT valid"), text);
    assertTrue(text.endsWith("\n"));
    for (Category c : Category.values()) {
      assertTrue(text.contains(c.title() + ": "), c.title());
    }
    for (Finding f : ORDERED) {
      assertTrue(text.contains(f.ruleId() + " " + f.path() + ": " + f.message()), f.toString());
    }
    assertTrue(text.contains("9 errors, 3 warnings, 2 info"), text);
    String valid = report(List.of()).toText();
    assertTrue(valid.contains(": valid - 0 errors, 0 warnings, 0 info"), valid);
  }

  @Test
  void aReportEqualsAReportOfTheSameParts() {
    List<Finding> reversed = new ArrayList<>(ORDERED);
    Collections.reverse(reversed);
    assertEquals(report(ORDERED), report(reversed));
    assertEquals(report(ORDERED).hashCode(), report(reversed).hashCode());
    assertNotEquals(report(ORDERED), report(ORDERED.subList(0, 3)));
    assertTrue(report(ORDERED).toString().contains("findings=" + ORDERED.size()));
  }

  @Test
  void inconsistentPartsAreRejected() {
    CategorySummary structure =
        new CategorySummary(Category.STRUCTURE, List.of(), List.of("ST-001"));
    assertThrows(
        IllegalArgumentException.class,
        () -> ValidationReport.of("i", "n", DATE, List.of(structure, structure), List.of()));
    CategorySummary both =
        new CategorySummary(Category.STRUCTURE, List.of("ST-001"), List.of("ST-001"));
    assertThrows(
        IllegalArgumentException.class,
        () -> ValidationReport.of("i", "n", DATE, List.of(both), List.of()));
    Finding unlisted = finding("ST-002", Category.STRUCTURE, Severity.ERROR, "/x", "a");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ValidationReport.of("i", "n", DATE, List.of(structure), List.of(unlisted)));
    assertTrue(e.getMessage().contains("ST-002"), e.getMessage());
    Finding otherCategory = finding("ST-001", Category.COMMON_AGENDA, Severity.ERROR, "/x");
    assertThrows(
        IllegalArgumentException.class,
        () -> ValidationReport.of("i", "n", DATE, List.of(structure), List.of(otherCategory)));
    List<Finding> withNull = new ArrayList<>();
    withNull.add(null);
    assertThrows(
        NullPointerException.class,
        () -> ValidationReport.of("i", "n", DATE, List.of(structure), withNull));
    assertThrows(
        NullPointerException.class,
        () -> ValidationReport.of("i", "n", null, List.of(), List.of()));
  }

  @Test
  void anInconsistencyNamesItsPartByItsPointerInTheReport() {
    CategorySummary structure =
        new CategorySummary(Category.STRUCTURE, List.of(), List.of("ST-001"));
    CategorySummary both =
        new CategorySummary(Category.COMMON_AGENDA, List.of("CA-001"), List.of("CA-002", "CA-001"));
    InconsistentReportException twice =
        assertThrows(
            InconsistentReportException.class,
            () -> ValidationReport.of("i", "n", DATE, List.of(structure, structure), List.of()));
    assertEquals("/summary/categories/1/category", twice.path());
    InconsistentReportException passedAndFailed =
        assertThrows(
            InconsistentReportException.class,
            () -> ValidationReport.of("i", "n", DATE, List.of(structure, both), List.of()));
    assertEquals("/summary/categories/1/failedRuleIds/1", passedAndFailed.path());
    assertTrue(passedAndFailed.problem().contains("CA-001"), passedAndFailed.problem());
    Finding listed = finding("ST-001", Category.STRUCTURE, Severity.ERROR, "/x");
    Finding unlisted = finding("ST-002", Category.STRUCTURE, Severity.ERROR, "/x");
    InconsistentReportException notFailed =
        assertThrows(
            InconsistentReportException.class,
            () ->
                ValidationReport.of("i", "n", DATE, List.of(structure), List.of(listed, unlisted)));
    assertEquals("/findings/1/ruleId", notFailed.path());
  }

  @Test
  void theReportsListsCannotBeChanged() {
    ValidationReport report = report(ORDERED);
    assertThrows(UnsupportedOperationException.class, () -> report.findings().clear());
    assertThrows(
        UnsupportedOperationException.class, () -> report.countsBySeverity().put(Severity.INFO, 1));
    assertThrows(
        UnsupportedOperationException.class,
        () -> report.summary(Category.STRUCTURE).failedRuleIds().clear());
  }
}
