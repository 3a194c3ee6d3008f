package io.github.collectiveimpact.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.collectiveimpact.assessment.Assessment;
import io.github.collectiveimpact.assessment.ConditionAssessment;
import io.github.collectiveimpact.assessment.Evidence;
import io.github.collectiveimpact.assessment.LensAssessment;
import io.github.collectiveimpact.assessment.Level;
import io.github.collectiveimpact.assessment.NextStep;
import io.github.collectiveimpact.assessment.Stage;
import io.github.collectiveimpact.json.ReportDocument.AssessmentDocument;
import io.github.collectiveimpact.json.ReportDocument.CategoryDocument;
import io.github.collectiveimpact.json.ReportDocument.ConditionDocument;
import io.github.collectiveimpact.json.ReportDocument.EvidenceDocument;
import io.github.collectiveimpact.json.ReportDocument.FindingDocument;
import io.github.collectiveimpact.json.ReportDocument.GapDocument;
import io.github.collectiveimpact.json.ReportDocument.GroupDocument;
import io.github.collectiveimpact.json.ReportDocument.IndicatorDocument;
import io.github.collectiveimpact.json.ReportDocument.LensDocument;
import io.github.collectiveimpact.json.ReportDocument.NextStepDocument;
import io.github.collectiveimpact.json.ReportDocument.PartnerSeriesDocument;
import io.github.collectiveimpact.json.ReportDocument.PointDocument;
import io.github.collectiveimpact.json.ReportDocument.ResultsDocument;
import io.github.collectiveimpact.json.ReportDocument.ResultsSummaryDocument;
import io.github.collectiveimpact.json.ReportDocument.StageDocument;
import io.github.collectiveimpact.json.ReportDocument.SummaryDocument;
import io.github.collectiveimpact.model.DatedValue;
import io.github.collectiveimpact.results.BaselineChange;
import io.github.collectiveimpact.results.EquityGap;
import io.github.collectiveimpact.results.GroupGap;
import io.github.collectiveimpact.results.IndicatorResult;
import io.github.collectiveimpact.results.PartnerSeries;
import io.github.collectiveimpact.results.Point;
import io.github.collectiveimpact.results.Results;
import io.github.collectiveimpact.results.ResultsSummary;
import io.github.collectiveimpact.validation.CategorySummary;
import io.github.collectiveimpact.validation.Finding;
import io.github.collectiveimpact.validation.InconsistentReportException;
import io.github.collectiveimpact.validation.ValidationReport;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a {@link ValidationReport} written by {@link ReportSerializer}: Jackson binds the document to a
 * {@link ReportDocument.Report}, and {@link ValidationReport#of} builds the report from it and refuses parts that
 * contradict each other ({@link InconsistentReportException} names the part, which is then reported at its
 * value in the document).
 *
 * <p>What the report derives from its findings ({@code valid}, the counts, a finding's {@code condition})
 * a producer may leave out; where it is present, it must agree with the findings. A finding's path, and each of its paths (absent before version 1.1: then just its path), must be
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
      List<String> paths = new ArrayList<>();
      if (f.paths != null) {
        for (int k = 0; k < f.paths.size(); k++) {
          Located<String> element = f.paths.get(k);
          if (!element.value().isEmpty() && !element.value().startsWith("/")) {
            throw problem(
                ValueCodecs.quote(element.value()) + " is not a JSON Pointer",
                element.location(),
                at + "/paths/" + k);
          }
          paths.add(element.value());
        }
      }
      findings.add(
          new Finding(
              f.ruleId.value(),
              f.category,
              f.severity,
              path,
              paths,
              f.message,
              f.arguments,
              f.source));
    }
    ValidationReport report;
    try {
      if (d.results == null) {
        report = ValidationReport.of(d.initiativeId, d.initiativeName, d.asOf, summaries, findings);
      } else if (d.assessment == null) {
        report =
            ValidationReport.of(
                d.initiativeId,
                d.initiativeName,
                d.asOf,
                summaries,
                findings,
                results(d.results, d.asOf));
      } else {
        report =
            ValidationReport.of(
                d.initiativeId,
                d.initiativeName,
                d.asOf,
                summaries,
                findings,
                results(d.results, d.asOf),
                assessment(d.assessment, d.asOf));
      }
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

  /** The assessment section as the assessment it describes. */
  private static Assessment assessment(AssessmentDocument a, LocalDate asOf) throws LocatedProblem {
    String at = "/" + ReportFormat.ASSESSMENT;
    require(a, at, ReportFormat.LENSES, a.lenses);
    require(a, at, ReportFormat.STAGE, a.stage);
    List<LensAssessment> lenses = new ArrayList<>();
    for (int i = 0; i < a.lenses.size(); i++) {
      LensDocument l = a.lenses.get(i);
      String lat = at + "/lenses/" + i;
      require(l, lat, ReportFormat.LENS, l.lens);
      require(l, lat, ReportFormat.CONDITIONS, l.conditions);
      List<ConditionAssessment> conditions = new ArrayList<>();
      for (int j = 0; j < l.conditions.size(); j++) {
        ConditionDocument c = l.conditions.get(j);
        String cat = lat + "/conditions/" + j;
        require(c, cat, ReportFormat.CONDITION, c.condition);
        require(c, cat, ReportFormat.RATING, c.rating);
        require(c, cat, ReportFormat.LABEL, c.label);
        require(c, cat, ReportFormat.CONFIDENCE, c.confidence);
        require(c, cat, ReportFormat.EVIDENCE, c.evidence);
        require(c, cat, ReportFormat.NEXT_STEPS, c.nextSteps);
        if (c.condition.lens() != l.lens) {
          throw problem(
              "condition \""
                  + ValueCodecs.jsonName(c.condition)
                  + "\" is not of lens \""
                  + ValueCodecs.jsonName(l.lens)
                  + "\"",
              c.start,
              cat + "/" + ReportFormat.CONDITION);
        }
        List<Evidence> evidence = new ArrayList<>();
        for (int k = 0; k < c.evidence.size(); k++) {
          EvidenceDocument e = c.evidence.get(k);
          String eat = cat + "/evidence/" + k;
          require(e, eat, ReportFormat.PATH, e.path);
          require(e, eat, ReportFormat.MESSAGE, e.message);
          evidence.add(new Evidence(e.path, e.message));
        }
        List<NextStep> steps = new ArrayList<>();
        for (int k = 0; k < c.nextSteps.size(); k++) {
          NextStepDocument n = c.nextSteps.get(k);
          String nat = cat + "/nextSteps/" + k;
          require(n, nat, ReportFormat.ACTION, n.action);
          require(n, nat, ReportFormat.REASON, n.reason);
          require(n, nat, ReportFormat.SOURCE, n.source);
          steps.add(new NextStep(n.action, n.reason, n.source));
        }
        try {
          Optional<Level> level =
              c.level == null ? Optional.empty() : Optional.of(Level.of(c.level));
          conditions.add(
              new ConditionAssessment(
                  c.condition, level, c.rating, c.label, c.confidence, evidence, steps));
        } catch (IllegalArgumentException e) {
          throw problem(e.getMessage(), c.start, cat);
        }
      }
      lenses.add(new LensAssessment(l.lens, conditions));
    }
    StageDocument s = a.stage;
    require(s, at + "/stage", ReportFormat.PHASE, s.phase);
    require(s, at + "/stage", ReportFormat.BASIS, s.basis);
    return new Assessment(
        asOf, lenses, new Stage(s.phase, Optional.ofNullable(s.gateway), s.basis));
  }

  /** The results section as the results it describes. */
  private static Results results(ResultsDocument r, LocalDate asOf) throws LocatedProblem {
    String at = "/" + ReportFormat.RESULTS;
    require(r, at, ReportFormat.INDICATORS, r.indicators);
    require(r, at, ReportFormat.SUMMARY, r.summary);
    List<IndicatorResult> indicators = new ArrayList<>();
    for (int i = 0; i < r.indicators.size(); i++) {
      IndicatorDocument x = r.indicators.get(i);
      String ai = at + "/" + ReportFormat.INDICATORS + "/" + i;
      require(x, ai, ReportFormat.INDICATOR_ID, x.indicatorId);
      require(x, ai, ReportFormat.TREND, x.trend);
      require(x, ai, ReportFormat.TREND_POINTS, x.trendPoints);
      require(x, ai, ReportFormat.CONSECUTIVE_PERIODS_IMPROVING, x.consecutivePeriodsImproving);
      require(x, ai, ReportFormat.TARGET_STATUS, x.targetStatus);
      List<EquityGap> gaps = new ArrayList<>();
      List<GapDocument> gapDocuments = x.gaps == null ? List.of() : x.gaps;
      for (int j = 0; j < gapDocuments.size(); j++) {
        GapDocument g = gapDocuments.get(j);
        String ag = ai + "/" + ReportFormat.GAPS + "/" + j;
        require(g, ag, ReportFormat.DIMENSION, g.dimension);
        require(g, ag, ReportFormat.REFERENCE, g.reference);
        require(g, ag, ReportFormat.GROUPS, g.groups);
        require(g, ag, ReportFormat.CHANGE, g.change);
        List<GroupGap> groups = new ArrayList<>();
        for (int k = 0; k < g.groups.size(); k++) {
          GroupDocument m = g.groups.get(k);
          String am = ag + "/" + ReportFormat.GROUPS + "/" + k;
          require(m, am, ReportFormat.GROUP, m.group);
          require(m, am, ReportFormat.VALUE, m.value);
          require(m, am, ReportFormat.CHANGE, m.change);
          groups.add(
              new GroupGap(
                  m.group,
                  m.value,
                  Optional.ofNullable(m.gap),
                  Optional.ofNullable(m.relativeGap),
                  m.change));
        }
        gaps.add(
            new EquityGap(
                g.dimension,
                g.reference,
                groups,
                Optional.ofNullable(g.largestGap),
                g.change,
                Boolean.TRUE.equals(g.referenceWorsened)));
      }
      List<PartnerSeries> partners = new ArrayList<>();
      List<PartnerSeriesDocument> partnerDocuments =
          x.partnerSeries == null ? List.of() : x.partnerSeries;
      for (int j = 0; j < partnerDocuments.size(); j++) {
        PartnerSeriesDocument p = partnerDocuments.get(j);
        String ap = ai + "/" + ReportFormat.PARTNER_SERIES + "/" + j;
        require(p, ap, ReportFormat.PARTNER_ID, p.partnerId);
        require(p, ap, ReportFormat.TREND, p.trend);
        partners.add(
            new PartnerSeries(
                p.partnerId, point(p.latest, ap + "/" + ReportFormat.LATEST), p.trend));
      }
      Optional<BaselineChange> change = Optional.empty();
      if (x.changeSinceBaseline != null) {
        require(
            x.changeSinceBaseline,
            ai + "/" + ReportFormat.CHANGE_SINCE_BASELINE,
            ReportFormat.ABSOLUTE,
            x.changeSinceBaseline.absolute);
        change =
            Optional.of(
                new BaselineChange(
                    x.changeSinceBaseline.absolute,
                    Optional.ofNullable(x.changeSinceBaseline.relative)));
      }
      Optional<DatedValue> next = Optional.empty();
      if (x.nextTarget != null) {
        String an = ai + "/" + ReportFormat.NEXT_TARGET;
        require(x.nextTarget, an, ReportFormat.VALUE, x.nextTarget.value);
        require(x.nextTarget, an, ReportFormat.DATE, x.nextTarget.date);
        try {
          next = Optional.of(DatedValue.of(x.nextTarget.value, x.nextTarget.date));
        } catch (RuntimeException e) {
          throw problem(e.getMessage(), x.nextTarget.start, an);
        }
      }
      try {
        indicators.add(
            new IndicatorResult(
                x.indicatorId,
                point(x.latest, ai + "/" + ReportFormat.LATEST),
                Optional.ofNullable(x.sinceBaseline),
                change,
                x.trend,
                Optional.ofNullable(x.slopePerYear),
                x.trendPoints,
                x.consecutivePeriodsImproving,
                x.comparable == null || x.comparable,
                x.targetStatus,
                next,
                Optional.ofNullable(x.projectedAtTarget),
                gaps,
                x.dataGaps == null ? List.of() : x.dataGaps,
                partners));
      } catch (IllegalArgumentException e) {
        throw problem(e.getMessage(), x.start, ai);
      }
    }
    ResultsSummaryDocument s = r.summary;
    String as = at + "/" + ReportFormat.SUMMARY;
    require(s, as, ReportFormat.INDICATORS, s.indicators);
    require(s, as, ReportFormat.CURRENT, s.current);
    require(s, as, ReportFormat.BETTER_SINCE_BASELINE, s.betterSinceBaseline);
    require(s, as, ReportFormat.IMPROVING, s.improving);
    require(s, as, ReportFormat.ON_TRACK_OR_ACHIEVED, s.onTrackOrAchieved);
    require(s, as, ReportFormat.WIDENING_GAPS, s.wideningGaps);
    ResultsSummary summary;
    try {
      summary =
          new ResultsSummary(
              s.indicators,
              s.current,
              s.betterSinceBaseline,
              s.improving,
              s.onTrackOrAchieved,
              s.wideningGaps);
    } catch (IllegalArgumentException e) {
      throw problem(e.getMessage(), s.start, as);
    }
    if (summary.indicators() != indicators.size()) {
      throw problem(
          "the summary counts "
              + summary.indicators()
              + " indicators but the results list "
              + indicators.size(),
          s.start,
          as + "/" + ReportFormat.INDICATORS);
    }
    return new Results(asOf, indicators, summary);
  }

  private static Optional<Point> point(PointDocument p, String at) throws LocatedProblem {
    if (p == null) {
      return Optional.empty();
    }
    require(p, at, ReportFormat.VALUE, p.value);
    require(p, at, ReportFormat.PERIOD_END, p.periodEnd);
    try {
      return Optional.of(new Point(p.value, p.periodEnd));
    } catch (IllegalArgumentException e) {
      throw problem(e.getMessage(), p.start, at);
    }
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
    String[] s = pointer.split("/", -1);
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
