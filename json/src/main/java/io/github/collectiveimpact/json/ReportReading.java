package io.github.collectiveimpact.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.collectiveimpact.json.ReportDocument.CategoryDocument;
import io.github.collectiveimpact.json.ReportDocument.FindingDocument;
import io.github.collectiveimpact.json.ReportDocument.SummaryDocument;
import io.github.collectiveimpact.validation.CategorySummary;
import io.github.collectiveimpact.validation.Finding;
import io.github.collectiveimpact.validation.InconsistentReportException;
import io.github.collectiveimpact.validation.ValidationReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a {@link ValidationReport} written by {@link ReportSerializer}: Jackson binds the document to a
 * {@link ReportDocument.Report}, and {@link ValidationReport#of} builds the report from it and refuses parts that
 * contradict each other ({@link InconsistentReportException} names the part, which is then reported at its
 * value in the document).
 *
 * <p>What the report derives from its findings ({@code valid}, the counts, a finding's {@code condition})
 * a producer may leave out; where it is present, it must agree with the findings. A finding's path must be
 * a JSON Pointer.
 */
final class ReportReading extends StdDeserializer<ValidationReport> {
  private static final long serialVersionUID = 1L;

  ReportReading() {
    super(ValidationReport.class);
  }

  @Override
  public ValidationReport deserialize(JsonParser p, DeserializationContext ctxt)
      throws IOException {
    ReportDocument.Report document = ctxt.readValue(p, ReportDocument.Report.class);
    return toReport(document);
  }

  /** The report a document describes, or the first problem found in it. */
  static ValidationReport toReport(ReportDocument.Report d) throws LocatedProblem {
    require(d, "", "schemaVersion", d.schemaVersion);
    require(d, "", "initiativeId", d.initiativeId);
    require(d, "", "initiativeName", d.initiativeName);
    require(d, "", "asOf", d.asOf);
    require(d, "", "summary", d.summary);
    require(d, "", "findings", d.findings);
    SummaryDocument summary = d.summary;
    require(summary, "/summary", "categories", summary.categories);
    List<CategorySummary> summaries = new ArrayList<>();
    for (int i = 0; i < summary.categories.size(); i++) {
      CategoryDocument c = summary.categories.get(i);
      String at = "/summary/categories/" + i;
      require(c, at, "category", c.category);
      require(c, at, "passedRuleIds", c.passedRuleIds);
      require(c, at, "failedRuleIds", c.failedRuleIds);
      List<String> failed = new ArrayList<>(c.failedRuleIds.size());
      for (Located<String> id : c.failedRuleIds) {
        failed.add(id.value());
      }
      summaries.add(new CategorySummary(c.category.value(), c.passedRuleIds, failed));
    }
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < d.findings.size(); i++) {
      FindingDocument f = d.findings.get(i);
      String at = "/findings/" + i;
      require(f, at, "ruleId", f.ruleId);
      require(f, at, "category", f.category);
      require(f, at, "severity", f.severity);
      require(f, at, "path", f.path);
      require(f, at, "message", f.message);
      require(f, at, "arguments", f.arguments);
      require(f, at, "source", f.source);
      if (f.condition != null && f.category.condition().orElse(null) != f.condition.value()) {
        throw problem(
            "condition \""
                + ValueCodecs.jsonName(f.condition.value())
                + "\" does not match category \""
                + ValueCodecs.jsonName(f.category)
                + "\"",
            f.condition.location(),
            at + "/condition");
      }
      String path = f.path.value();
      if (!path.isEmpty() && !path.startsWith("/")) {
        throw problem(
            ValueCodecs.quote(path) + " is not a JSON Pointer", f.path.location(), at + "/path");
      }
      findings.add(
          new Finding(
              f.ruleId.value(), f.category, f.severity, path, f.message, f.arguments, f.source));
    }
    ValidationReport report;
    try {
      report = ValidationReport.of(d.initiativeId, d.initiativeName, d.asOf, summaries, findings);
    } catch (InconsistentReportException e) {
      throw problem(e.problem(), locationOf(e.path(), d), e.path());
    }
    if (d.valid != null && d.valid.value() != report.isValid()) {
      throw problem(
          "\"valid\" is "
              + d.valid.value()
              + " but the findings "
              + (report.isValid() ? "have no" : "have an")
              + " error",
          d.valid.location(),
          "/" + ReportFormat.VALID);
    }
    if (summary.countsBySeverity != null) {
      check(
          report.countsBySeverity(),
          summary.countsBySeverity,
          summary.countsBySeverity.value()::of,
          ReportFormat.COUNTS_BY_SEVERITY,
          "severity");
    }
    if (summary.countsByCategory != null) {
      check(
          report.countsByCategory(),
          summary.countsByCategory,
          summary.countsByCategory.value()::of,
          ReportFormat.COUNTS_BY_CATEGORY,
          "category");
    }
    return report;
  }

  /** Refuses a part without a required property, at the start of the part. */
  private static void require(ReportDocument.Part part, String at, String name, Object value)
      throws LocatedProblem {
    if (value == null) {
      throw problem("missing required property \"" + name + "\"", part.start, at + "/" + name);
    }
  }

  /** Checks stated counts against the report's; names the first that is missing or differs. */
  private static <E extends Enum<E>> void check(
      Map<E, Integer> actual,
      Located<?> counts,
      Function<E, Located<Integer>> stated,
      String property,
      String noun)
      throws LocatedProblem {
    String pointer = "/" + ReportFormat.SUMMARY + "/" + property;
    for (Map.Entry<E, Integer> count : actual.entrySet()) {
      String key = ValueCodecs.jsonName(count.getKey());
      Located<Integer> given = stated.apply(count.getKey());
      if (given == null) {
        throw problem(
            "missing the count of " + noun + " \"" + key + "\"", counts.location(), pointer);
      }
      if (!given.value().equals(count.getValue())) {
        throw problem(
            "the count "
                + given.value()
                + " does not match the "
                + count.getValue()
                + " findings of "
                + noun
                + " \""
                + key
                + "\"",
            given.location(),
            pointer + "/" + key);
      }
    }
  }

  /**
   * Where the part an {@link InconsistentReportException} names is in the document: the findings and
   * summaries are given to {@link ValidationReport#of} in the document's order, so the pointer's indexes
   * are the document's. Without a more precise location, the start of the document.
   */
  private static JsonLocation locationOf(String pointer, ReportDocument.Report d) {
    String[] s = pointer.split("/");
    try {
      if (s.length == 4 && s[1].equals(ReportFormat.FINDINGS)) {
        return d.findings.get(Integer.parseInt(s[2])).ruleId.location();
      }
      if (s.length >= 5 && s[2].equals(ReportFormat.CATEGORIES)) {
        CategoryDocument c = d.summary.categories.get(Integer.parseInt(s[3]));
        return s.length == 5
            ? c.category.location()
            : c.failedRuleIds.get(Integer.parseInt(s[5])).location();
      }
    } catch (RuntimeException e) {
      // A pointer of another form: the start of the document.
    }
    return JsonLocation.NA;
  }

  /** A problem at a location, with its JSON Pointer in the report. */
  private static LocatedProblem problem(String message, JsonLocation location, String pointer) {
    LocatedProblem error = new LocatedProblem(null, message, location);
    String[] segments = pointer.substring(1).split("/", -1);
    for (int i = segments.length - 1; i >= 0; i--) {
      String segment = segments[i];
      if (!segment.isEmpty() && segment.chars().allMatch(Character::isDigit)) {
        error.prependPath(ValidationReport.class, Integer.parseInt(segment));
      } else {
        error.prependPath(ValidationReport.class, segment);
      }
    }
    return error;
  }
}
