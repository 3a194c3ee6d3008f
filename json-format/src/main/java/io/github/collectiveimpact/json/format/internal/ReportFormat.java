package io.github.collectiveimpact.json.format.internal;

import static io.github.collectiveimpact.json.format.internal.Codecs.BOOLEAN;
import static io.github.collectiveimpact.json.format.internal.Codecs.DATE;
import static io.github.collectiveimpact.json.format.internal.Codecs.DIMENSION;
import static io.github.collectiveimpact.json.format.internal.Codecs.NON_NEGATIVE_INTEGER;
import static io.github.collectiveimpact.json.format.internal.Codecs.NUMBER;
import static io.github.collectiveimpact.json.format.internal.Codecs.STRING;
import static io.github.collectiveimpact.json.format.internal.Codecs.enumOf;
import static io.github.collectiveimpact.json.format.internal.Codecs.jsonName;

import io.github.collectiveimpact.assessment.AssessedCondition;
import io.github.collectiveimpact.assessment.Assessment;
import io.github.collectiveimpact.assessment.ConditionAssessment;
import io.github.collectiveimpact.assessment.Confidence;
import io.github.collectiveimpact.assessment.Evidence;
import io.github.collectiveimpact.assessment.Gateway;
import io.github.collectiveimpact.assessment.Lens;
import io.github.collectiveimpact.assessment.LensAssessment;
import io.github.collectiveimpact.assessment.Level;
import io.github.collectiveimpact.assessment.NextStep;
import io.github.collectiveimpact.assessment.Phase;
import io.github.collectiveimpact.assessment.Rating;
import io.github.collectiveimpact.assessment.Stage;
import io.github.collectiveimpact.model.Condition;
import io.github.collectiveimpact.model.DatedValue;
import io.github.collectiveimpact.results.BaselineChange;
import io.github.collectiveimpact.results.EquityGap;
import io.github.collectiveimpact.results.GapChange;
import io.github.collectiveimpact.results.GroupGap;
import io.github.collectiveimpact.results.IndicatorResult;
import io.github.collectiveimpact.results.Movement;
import io.github.collectiveimpact.results.PartnerSeries;
import io.github.collectiveimpact.results.Point;
import io.github.collectiveimpact.results.Results;
import io.github.collectiveimpact.results.ResultsSummary;
import io.github.collectiveimpact.results.TargetStatus;
import io.github.collectiveimpact.results.Trend;
import io.github.collectiveimpact.validation.Category;
import io.github.collectiveimpact.validation.CategorySummary;
import io.github.collectiveimpact.validation.Finding;
import io.github.collectiveimpact.validation.InconsistentReportException;
import io.github.collectiveimpact.validation.Severity;
import io.github.collectiveimpact.validation.ValidationReport;
import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The validation report document, part by part: the format's one definition of it. The report's own
 * types are records without builders, so each part is read into {@link Parts} and made by its build
 * function, which also checks that the parts agree (the counts with the findings, {@code valid} with
 * their severities, a finding's condition with its category).
 */
public final class ReportFormat {
  private ReportFormat() {}

  /** The version of the report document written; 1.1 added {@code results} and {@code assessment}. */
  public static final String VERSION = "1.1";

  /** A JSON Pointer into the initiative: empty, or starting with a slash. */
  static final Codec<String> POINTER =
      new Codec<>("expected.string", "string") {
        @Override
        public String read(DocumentReader r) throws IOException {
          String text = STRING.read(r);
          if (text != null && !text.isEmpty() && text.charAt(0) != '/') {
            r.problemHere("report.pointer", text);
            return null;
          }
          return text;
        }

        @Override
        public void write(JsonOutput out, String value) throws IOException {
          out.string(value);
        }
      };

  // ------------------------------------------------------------------------------------------
  // findings and summary

  /** A finding. */
  public static final Shape<Finding, Parts> FINDING =
      Shape.parts(
              "finding",
              Finding.class,
              p -> {
                Category category = p.get("category");
                Optional<Condition> condition = p.optional("condition");
                if (condition.isPresent() && !condition.equals(category.condition())) {
                  throw new PartProblem(
                      "condition",
                      "",
                      "report.condition",
                      jsonName(condition.get()),
                      jsonName(category));
                }
                return new Finding(
                    p.get("ruleId"),
                    category,
                    p.get("severity"),
                    p.get("path"),
                    p.list("paths"),
                    p.get("message"),
                    p.list("arguments"),
                    p.get("source"));
              })
          .part("ruleId", true, STRING, f -> Optional.of(f.ruleId()))
          .part("category", true, enumOf(Category.class), f -> Optional.of(f.category()))
          .part("condition", false, enumOf(Condition.class), Finding::condition)
          .part("severity", true, enumOf(Severity.class), f -> Optional.of(f.severity()))
          .part("path", true, POINTER, f -> Optional.of(f.path()))
          .part("paths", false, Codecs.list(POINTER, false), f -> Optional.of(f.paths()))
          .part("message", true, STRING, f -> Optional.of(f.message()))
          .requiredList("arguments", STRING, Finding::arguments)
          .part("source", true, STRING, f -> Optional.of(f.source()));

  /** What one category passed and failed. */
  public static final Shape<CategorySummary, Parts> CATEGORY =
      Shape.parts(
              "categorySummary",
              CategorySummary.class,
              p ->
                  new CategorySummary(
                      p.get("category"), p.list("passedRuleIds"), p.list("failedRuleIds")))
          .part("category", true, enumOf(Category.class), c -> Optional.of(c.category()))
          .requiredList("passedRuleIds", STRING, CategorySummary::passedRuleIds)
          .requiredList("failedRuleIds", STRING, CategorySummary::failedRuleIds);

  /** The summary of a report: its counts, which must agree with its findings, and its categories. */
  record Summary(
      Counts<Severity> bySeverity, Counts<Category> byCategory, List<CategorySummary> categories) {}

  /**
   * Counts by the constants of an enum, and where each was read.
   *
   * @param values the counts
   * @param locations where each count's value starts, when read
   * @param <E> the enum
   */
  record Counts<E extends Enum<E>>(Map<E, Integer> values, Map<E, int[]> locations) {
    Counts(Map<E, Integer> values) {
      this(values, Map.of());
    }
  }

  /** Counts by the constants of an enum, one property each, all required. */
  private static <E extends Enum<E>> Shape<Counts<E>, Parts> counts(String name, Class<E> type) {
    @SuppressWarnings("unchecked")
    Class<Counts<E>> countsType = (Class<Counts<E>>) (Class<?>) Counts.class;
    Shape<Counts<E>, Parts> shape =
        Shape.parts(
            name,
            countsType,
            p -> {
              Map<E, Integer> counts = new EnumMap<>(type);
              Map<E, int[]> at = new EnumMap<>(type);
              for (E constant : type.getEnumConstants()) {
                counts.put(constant, p.get(jsonName(constant)));
                at.put(constant, p.location(jsonName(constant)));
              }
              return new Counts<>(counts, at);
            });
    for (E constant : type.getEnumConstants()) {
      shape.part(
          jsonName(constant),
          true,
          NON_NEGATIVE_INTEGER,
          m -> Optional.ofNullable(m.values().get(constant)));
    }
    return shape;
  }

  private static final Shape<Summary, Parts> SUMMARY =
      Shape.parts(
              "summary",
              Summary.class,
              p ->
                  new Summary(
                      p.get("countsBySeverity"), p.get("countsByCategory"), p.list("categories")))
          .part(
              "countsBySeverity",
              false,
              counts("countsBySeverity", Severity.class),
              s -> Optional.of(s.bySeverity()))
          .part(
              "countsByCategory",
              false,
              counts("countsByCategory", Category.class),
              s -> Optional.of(s.byCategory()))
          .requiredList("categories", CATEGORY, Summary::categories);

  // ------------------------------------------------------------------------------------------
  // results

  private static final Shape<Point, Parts> POINT =
      Shape.parts("point", Point.class, p -> new Point(p.get("value"), p.get("periodEnd")))
          .part("value", true, NUMBER, x -> Optional.of(x.value()))
          .part("periodEnd", true, DATE, x -> Optional.of(x.periodEnd()));

  private static final Shape<BaselineChange, Parts> CHANGE =
      Shape.parts(
              "baselineChange",
              BaselineChange.class,
              p -> new BaselineChange(p.get("absolute"), p.optional("relative")))
          .part("absolute", true, NUMBER, c -> Optional.of(c.absolute()))
          .part("relative", false, NUMBER, BaselineChange::relative);

  private static final Shape<DatedValue, Parts> TARGET =
      Shape.parts("nextTarget", DatedValue.class, p -> DatedValue.of(p.get("value"), p.get("date")))
          .part("value", true, NUMBER, t -> Optional.of(t.value()))
          .part("date", true, DATE, t -> Optional.of(t.date()));

  private static final Shape<GroupGap, Parts> GROUP_GAP =
      Shape.parts(
              "groupGap",
              GroupGap.class,
              p ->
                  new GroupGap(
                      p.get("group"),
                      p.get("value"),
                      p.optional("gap"),
                      p.optional("relativeGap"),
                      p.get("change")))
          .part("group", true, STRING, g -> Optional.of(g.group()))
          .part("value", true, NUMBER, g -> Optional.of(g.value()))
          .part("gap", false, NUMBER, GroupGap::gap)
          .part("relativeGap", false, NUMBER, GroupGap::relativeGap)
          .part("change", true, enumOf(GapChange.class), g -> Optional.of(g.change()));

  private static final Shape<EquityGap, Parts> GAP =
      Shape.parts(
              "equityGap",
              EquityGap.class,
              p ->
                  new EquityGap(
                      p.get("dimension"),
                      p.get("reference"),
                      p.list("groups"),
                      p.optional("largestGap"),
                      p.get("change"),
                      p.flag("referenceWorsened", false)))
          .part("dimension", true, DIMENSION, g -> Optional.of(g.dimension()))
          .part("reference", true, STRING, g -> Optional.of(g.reference()))
          .requiredList("groups", GROUP_GAP, EquityGap::groups)
          .part("largestGap", false, STRING, EquityGap::largestGap)
          .part("change", true, enumOf(GapChange.class), g -> Optional.of(g.change()))
          .part(
              "referenceWorsened",
              false,
              BOOLEAN,
              g -> g.referenceWorsened() ? Optional.of(true) : Optional.empty());

  private static final Shape<PartnerSeries, Parts> PARTNER_SERIES =
      Shape.parts(
              "partnerSeries",
              PartnerSeries.class,
              p -> new PartnerSeries(p.get("partnerId"), p.optional("latest"), p.get("trend")))
          .part("partnerId", true, STRING, s -> Optional.of(s.partnerId()))
          .part("latest", false, POINT, PartnerSeries::latest)
          .part("trend", true, enumOf(Trend.class), s -> Optional.of(s.trend()));

  private static final Shape<IndicatorResult, Parts> INDICATOR_RESULT =
      Shape.parts(
              "indicatorResult",
              IndicatorResult.class,
              p ->
                  new IndicatorResult(
                      p.get("indicatorId"),
                      p.optional("latest"),
                      p.optional("sinceBaseline"),
                      p.optional("changeSinceBaseline"),
                      p.get("trend"),
                      p.optional("slopePerYear"),
                      p.<Integer>get("trendPoints"),
                      p.<Integer>get("consecutivePeriodsImproving"),
                      p.flag("comparable", true),
                      p.get("targetStatus"),
                      p.optional("nextTarget"),
                      p.optional("projectedAtTarget"),
                      p.list("gaps"),
                      p.list("dataGaps"),
                      p.list("partnerSeries")))
          .part("indicatorId", true, STRING, r -> Optional.of(r.indicatorId()))
          .part("latest", false, POINT, IndicatorResult::latest)
          .part("sinceBaseline", false, enumOf(Movement.class), IndicatorResult::sinceBaseline)
          .part("changeSinceBaseline", false, CHANGE, IndicatorResult::changeSinceBaseline)
          .part("trend", true, enumOf(Trend.class), r -> Optional.of(r.trend()))
          .part("slopePerYear", false, NUMBER, IndicatorResult::slopePerYear)
          .part("trendPoints", true, NON_NEGATIVE_INTEGER, r -> Optional.of(r.trendPoints()))
          .part(
              "consecutivePeriodsImproving",
              true,
              NON_NEGATIVE_INTEGER,
              r -> Optional.of(r.consecutivePeriodsImproving()))
          .part(
              "comparable",
              false,
              BOOLEAN,
              r -> r.comparable() ? Optional.empty() : Optional.of(false))
          .part(
              "targetStatus", true, enumOf(TargetStatus.class), r -> Optional.of(r.targetStatus()))
          .part("nextTarget", false, TARGET, IndicatorResult::nextTarget)
          .part("projectedAtTarget", false, NUMBER, IndicatorResult::projectedAtTarget)
          .requiredList("gaps", GAP, IndicatorResult::gaps)
          .requiredList("dataGaps", DIMENSION, IndicatorResult::dataGaps)
          .requiredList("partnerSeries", PARTNER_SERIES, IndicatorResult::partnerSeries);

  private static final Shape<ResultsSummary, Parts> RESULTS_SUMMARY =
      Shape.parts(
              "resultsSummary",
              ResultsSummary.class,
              p ->
                  new ResultsSummary(
                      p.<Integer>get("indicators"),
                      p.<Integer>get("current"),
                      p.<Integer>get("betterSinceBaseline"),
                      p.<Integer>get("improving"),
                      p.<Integer>get("onTrackOrAchieved"),
                      p.<Integer>get("wideningGaps")))
          .part("indicators", true, NON_NEGATIVE_INTEGER, s -> Optional.of(s.indicators()))
          .part("current", true, NON_NEGATIVE_INTEGER, s -> Optional.of(s.current()))
          .part(
              "betterSinceBaseline",
              true,
              NON_NEGATIVE_INTEGER,
              s -> Optional.of(s.betterSinceBaseline()))
          .part("improving", true, NON_NEGATIVE_INTEGER, s -> Optional.of(s.improving()))
          .part(
              "onTrackOrAchieved",
              true,
              NON_NEGATIVE_INTEGER,
              s -> Optional.of(s.onTrackOrAchieved()))
          .part("wideningGaps", true, NON_NEGATIVE_INTEGER, s -> Optional.of(s.wideningGaps()));

  /** The results, dated when the report is built (the date is the report's {@code asOf}). */
  private static final Shape<Results, Parts> RESULTS =
      Shape.parts(
              "results",
              Results.class,
              p -> {
                List<IndicatorResult> indicators = p.list("indicators");
                ResultsSummary summary = p.get("summary");
                if (summary.indicators() != indicators.size()) {
                  throw new PartProblem(
                      "summary",
                      "/indicators",
                      "report.summaryIndicators",
                      summary.indicators(),
                      indicators.size());
                }
                return new Results(LocalDate.MIN, indicators, summary);
              })
          .requiredList("indicators", INDICATOR_RESULT, Results::indicators)
          .part("summary", true, RESULTS_SUMMARY, r -> Optional.of(r.summary()));

  // ------------------------------------------------------------------------------------------
  // assessment

  private static final Shape<Evidence, Parts> EVIDENCE =
      Shape.parts("evidence", Evidence.class, p -> new Evidence(p.get("path"), p.get("message")))
          .part("path", true, STRING, e -> Optional.of(e.path()))
          .part("message", true, STRING, e -> Optional.of(e.message()));

  private static final Shape<NextStep, Parts> NEXT_STEP =
      Shape.parts(
              "nextStep",
              NextStep.class,
              p -> new NextStep(p.get("action"), p.get("reason"), p.get("source")))
          .part("action", true, STRING, n -> Optional.of(n.action()))
          .part("reason", true, STRING, n -> Optional.of(n.reason()))
          .part("source", true, STRING, n -> Optional.of(n.source()));

  private static final Shape<ConditionAssessment, Parts> CONDITION =
      Shape.parts(
              "conditionAssessment",
              ConditionAssessment.class,
              p -> {
                Optional<Integer> number = p.optional("level");
                Optional<Level> level = Optional.empty();
                if (number.isPresent()) {
                  try {
                    level = Optional.of(Level.of(number.get()));
                  } catch (IllegalArgumentException e) {
                    throw new PartProblem("level", "", "report.level", number.get());
                  }
                }
                return new ConditionAssessment(
                    p.get("condition"),
                    level,
                    p.get("rating"),
                    p.get("label"),
                    p.get("confidence"),
                    p.list("evidence"),
                    p.list("nextSteps"));
              })
          .part("condition", true, enumOf(AssessedCondition.class), c -> Optional.of(c.condition()))
          .part("level", false, NON_NEGATIVE_INTEGER, c -> c.level().map(Level::number))
          .part("rating", true, enumOf(Rating.class), c -> Optional.of(c.rating()))
          .part("label", true, STRING, c -> Optional.of(c.label()))
          .part("confidence", true, enumOf(Confidence.class), c -> Optional.of(c.confidence()))
          .requiredList("evidence", EVIDENCE, ConditionAssessment::evidence)
          .requiredList("nextSteps", NEXT_STEP, ConditionAssessment::nextSteps);

  private static final Shape<LensAssessment, Parts> LENS =
      Shape.parts(
              "lensAssessment",
              LensAssessment.class,
              p -> {
                Lens lens = p.get("lens");
                List<ConditionAssessment> conditions = p.list("conditions");
                for (int i = 0; i < conditions.size(); i++) {
                  if (conditions.get(i).condition().lens() != lens) {
                    throw new PartProblem(
                        "conditions",
                        "/" + i + "/condition",
                        "report.lens",
                        jsonName(conditions.get(i).condition()),
                        jsonName(lens));
                  }
                }
                return new LensAssessment(lens, conditions);
              })
          .part("lens", true, enumOf(Lens.class), l -> Optional.of(l.lens()))
          .requiredList("conditions", CONDITION, LensAssessment::conditions);

  private static final Shape<Stage, Parts> STAGE =
      Shape.parts(
              "stage",
              Stage.class,
              p -> new Stage(p.get("phase"), p.optional("gateway"), p.get("basis")))
          .part("phase", true, enumOf(Phase.class), s -> Optional.of(s.phase()))
          .part("gateway", false, enumOf(Gateway.class), Stage::gateway)
          .part("basis", true, STRING, s -> Optional.of(s.basis()));

  /** The assessment, dated when the report is built (the date is the report's {@code asOf}). */
  private static final Shape<Assessment, Parts> ASSESSMENT =
      Shape.parts(
              "assessment",
              Assessment.class,
              p -> new Assessment(LocalDate.MIN, p.list("lenses"), p.get("stage")))
          .requiredList("lenses", LENS, Assessment::lenses)
          .part("stage", true, STAGE, a -> Optional.of(a.stage()));

  // ------------------------------------------------------------------------------------------
  // the report

  /** A validation report. */
  public static final Shape<ValidationReport, Parts> REPORT =
      Shape.parts("report", ValidationReport.class, ReportFormat::report)
          .part("initiativeId", true, STRING, r -> Optional.of(r.initiativeId()))
          .part("initiativeName", true, STRING, r -> Optional.of(r.initiativeName()))
          .part("asOf", true, DATE, r -> Optional.of(r.asOf()))
          .part("valid", false, BOOLEAN, r -> Optional.of(r.isValid()))
          .part(
              "summary",
              true,
              SUMMARY,
              r ->
                  Optional.of(
                      new Summary(
                          new Counts<>(r.countsBySeverity()),
                          new Counts<>(r.countsByCategory()),
                          r.summaries())))
          .part("assessment", false, ASSESSMENT, ValidationReport::assessment)
          .part("results", false, RESULTS, ValidationReport::results)
          .requiredList("findings", FINDING, ValidationReport::findings);

  /** The report document. */
  public static final Root<ValidationReport> DOCUMENT = new Root<>(REPORT, VERSION, 1);

  private static ValidationReport report(Parts p) {
    String id = p.get("initiativeId");
    String name = p.get("initiativeName");
    LocalDate asOf = p.get("asOf");
    Summary summary = p.get("summary");
    List<Finding> findings = p.list("findings");
    Optional<Results> results = p.optional("results");
    Optional<Assessment> assessment = p.optional("assessment");
    ValidationReport report;
    try {
      if (results.isEmpty()) {
        if (assessment.isPresent()) {
          throw new PartProblem("assessment", "", "report.assessmentWithoutResults");
        }
        report = ValidationReport.of(id, name, asOf, summary.categories(), findings);
      } else {
        Results dated = new Results(asOf, results.get().indicators(), results.get().summary());
        report =
            assessment.isEmpty()
                ? ValidationReport.of(id, name, asOf, summary.categories(), findings, dated)
                : ValidationReport.of(
                    id,
                    name,
                    asOf,
                    summary.categories(),
                    findings,
                    dated,
                    new Assessment(asOf, assessment.get().lenses(), assessment.get().stage()));
      }
    } catch (InconsistentReportException e) {
      // The path is of the document: "/findings/3/ruleId" or "/summary/categories/1/category".
      String path = e.path();
      int second = path.indexOf('/', 1);
      String property = second < 0 ? path.substring(1) : path.substring(1, second);
      throw new PartProblem(
          property, second < 0 ? "" : path.substring(second), "report.inconsistent", e.problem());
    }
    Optional<Boolean> valid = p.optional("valid");
    if (valid.isPresent() && valid.get() != report.isValid()) {
      throw new PartProblem(
          "valid",
          "",
          report.isValid() ? "report.valid.noError" : "report.valid.error",
          valid.get());
    }
    check(report.countsBySeverity(), summary.bySeverity(), "/countsBySeverity");
    check(report.countsByCategory(), summary.byCategory(), "/countsByCategory");
    return report;
  }

  /** Checks stated counts, when they are stated, against the report's own. */
  private static <E extends Enum<E>> void check(
      Map<E, Integer> actual, Counts<E> stated, String pointer) {
    if (stated == null) {
      return;
    }
    for (Map.Entry<E, Integer> count : actual.entrySet()) {
      Integer given = stated.values().get(count.getKey());
      if (!count.getValue().equals(given)) {
        throw new PartProblem(
                "summary",
                pointer + "/" + jsonName(count.getKey()),
                "report.count",
                given,
                count.getValue(),
                jsonName(count.getKey()))
            .at(stated.locations().getOrDefault(count.getKey(), new int[] {-1, -1}));
      }
    }
  }

  /**
   * Every shape of the report document, for the schema test and the bindings' modules.
   *
   * @return the shapes
   */
  public static List<Shape<?, ?>> shapes() {
    return List.of(REPORT, FINDING, CATEGORY);
  }
}
