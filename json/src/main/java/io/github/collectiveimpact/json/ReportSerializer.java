package io.github.collectiveimpact.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.collectiveimpact.assessment.Assessment;
import io.github.collectiveimpact.assessment.ConditionAssessment;
import io.github.collectiveimpact.assessment.Evidence;
import io.github.collectiveimpact.assessment.LensAssessment;
import io.github.collectiveimpact.assessment.NextStep;
import io.github.collectiveimpact.assessment.Stage;
import io.github.collectiveimpact.model.DatedValue;
import io.github.collectiveimpact.model.DisaggregationDimension;
import io.github.collectiveimpact.results.BaselineChange;
import io.github.collectiveimpact.results.EquityGap;
import io.github.collectiveimpact.results.GroupGap;
import io.github.collectiveimpact.results.IndicatorResult;
import io.github.collectiveimpact.results.PartnerSeries;
import io.github.collectiveimpact.results.Point;
import io.github.collectiveimpact.results.Results;
import io.github.collectiveimpact.results.ResultsSummary;
import io.github.collectiveimpact.validation.Category;
import io.github.collectiveimpact.validation.CategorySummary;
import io.github.collectiveimpact.validation.Finding;
import io.github.collectiveimpact.validation.Severity;
import io.github.collectiveimpact.validation.ValidationReport;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link ValidationReport}: {@code schemaVersion}, {@code initiativeId}, {@code initiativeName},
 * {@code asOf}, {@code valid}, {@code summary} ({@code countsBySeverity}, {@code countsByCategory} and
 * {@code categories}, each with its passed and failed rule ids), {@code assessment} and {@code results}
 * when the report carries them (the levels first, as a practitioner reads them), and {@code findings},
 * always in this order and with every property present (empty arrays
 * included), so that a consumer sees one shape. In {@code results}, members that do not apply to an
 * indicator (no baseline, no target, no slope) are left out.
 */
final class ReportSerializer extends StdSerializer<ValidationReport> {
  private static final long serialVersionUID = 1L;

  ReportSerializer() {
    super(ValidationReport.class);
  }

  @Override
  public void serialize(ValidationReport report, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject(report);
    gen.writeStringField(ReportFormat.SCHEMA_VERSION, SchemaVersion.REPORT_CURRENT);
    gen.writeStringField(ReportFormat.INITIATIVE_ID, report.initiativeId());
    gen.writeStringField(ReportFormat.INITIATIVE_NAME, report.initiativeName());
    gen.writeStringField(ReportFormat.AS_OF, report.asOf().toString());
    gen.writeBooleanField(ReportFormat.VALID, report.isValid());

    gen.writeObjectFieldStart(ReportFormat.SUMMARY);
    gen.writeObjectFieldStart(ReportFormat.COUNTS_BY_SEVERITY);
    for (Map.Entry<Severity, Integer> count : report.countsBySeverity().entrySet()) {
      gen.writeNumberField(ValueCodecs.jsonName(count.getKey()), count.getValue());
    }
    gen.writeEndObject();
    gen.writeObjectFieldStart(ReportFormat.COUNTS_BY_CATEGORY);
    for (Map.Entry<Category, Integer> count : report.countsByCategory().entrySet()) {
      gen.writeNumberField(ValueCodecs.jsonName(count.getKey()), count.getValue());
    }
    gen.writeEndObject();
    gen.writeArrayFieldStart(ReportFormat.CATEGORIES);
    for (CategorySummary summary : report.summaries()) {
      gen.writeStartObject();
      gen.writeStringField(ReportFormat.CATEGORY, ValueCodecs.jsonName(summary.category()));
      writeStrings(gen, ReportFormat.PASSED_RULE_IDS, summary.passedRuleIds());
      writeStrings(gen, ReportFormat.FAILED_RULE_IDS, summary.failedRuleIds());
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeEndObject();

    if (report.assessment().isPresent()) {
      writeAssessment(gen, report.assessment().get());
    }
    if (report.results().isPresent()) {
      writeResults(gen, report.results().get());
    }

    gen.writeArrayFieldStart(ReportFormat.FINDINGS);
    for (Finding finding : report.findings()) {
      gen.writeStartObject();
      gen.writeStringField(ReportFormat.RULE_ID, finding.ruleId());
      gen.writeStringField(ReportFormat.CATEGORY, ValueCodecs.jsonName(finding.category()));
      if (finding.condition().isPresent()) {
        gen.writeStringField(
            ReportFormat.CONDITION, ValueCodecs.jsonName(finding.condition().get()));
      }
      gen.writeStringField(ReportFormat.SEVERITY, ValueCodecs.jsonName(finding.severity()));
      gen.writeStringField(ReportFormat.PATH, finding.path());
      writeStrings(gen, ReportFormat.PATHS, finding.paths());
      gen.writeStringField(ReportFormat.MESSAGE, finding.message());
      writeStrings(gen, ReportFormat.ARGUMENTS, finding.arguments());
      gen.writeStringField(ReportFormat.SOURCE, finding.source());
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  /** The results section: per indicator, then the summary; members that do not apply are left out. */
  private static void writeResults(JsonGenerator gen, Results results) throws IOException {
    gen.writeObjectFieldStart(ReportFormat.RESULTS);
    gen.writeArrayFieldStart(ReportFormat.INDICATORS);
    for (IndicatorResult r : results.indicators()) {
      gen.writeStartObject();
      gen.writeStringField(ReportFormat.INDICATOR_ID, r.indicatorId());
      if (r.latest().isPresent()) {
        gen.writeFieldName(ReportFormat.LATEST);
        writePoint(gen, r.latest().get());
      }
      if (r.sinceBaseline().isPresent()) {
        gen.writeStringField(
            ReportFormat.SINCE_BASELINE, ValueCodecs.jsonName(r.sinceBaseline().get()));
      }
      if (r.changeSinceBaseline().isPresent()) {
        BaselineChange c = r.changeSinceBaseline().get();
        gen.writeObjectFieldStart(ReportFormat.CHANGE_SINCE_BASELINE);
        gen.writeNumberField(ReportFormat.ABSOLUTE, c.absolute());
        if (c.relative().isPresent()) {
          gen.writeNumberField(ReportFormat.RELATIVE, c.relative().get());
        }
        gen.writeEndObject();
      }
      gen.writeStringField(ReportFormat.TREND, ValueCodecs.jsonName(r.trend()));
      if (r.slopePerYear().isPresent()) {
        gen.writeNumberField(ReportFormat.SLOPE_PER_YEAR, r.slopePerYear().get());
      }
      gen.writeNumberField(ReportFormat.TREND_POINTS, r.trendPoints());
      gen.writeNumberField(
          ReportFormat.CONSECUTIVE_PERIODS_IMPROVING, r.consecutivePeriodsImproving());
      if (!r.comparable()) {
        gen.writeBooleanField(ReportFormat.COMPARABLE, false);
      }
      gen.writeStringField(ReportFormat.TARGET_STATUS, ValueCodecs.jsonName(r.targetStatus()));
      if (r.nextTarget().isPresent()) {
        DatedValue t = r.nextTarget().get();
        gen.writeObjectFieldStart(ReportFormat.NEXT_TARGET);
        gen.writeNumberField(ReportFormat.VALUE, t.value());
        gen.writeStringField(ReportFormat.DATE, t.date().toString());
        gen.writeEndObject();
      }
      if (r.projectedAtTarget().isPresent()) {
        gen.writeNumberField(ReportFormat.PROJECTED_AT_TARGET, r.projectedAtTarget().get());
      }
      gen.writeArrayFieldStart(ReportFormat.GAPS);
      for (EquityGap gap : r.gaps()) {
        writeGap(gen, gap);
      }
      gen.writeEndArray();
      gen.writeArrayFieldStart(ReportFormat.DATA_GAPS);
      for (DisaggregationDimension d : r.dataGaps()) {
        gen.writeString(d.key());
      }
      gen.writeEndArray();
      gen.writeArrayFieldStart(ReportFormat.PARTNER_SERIES);
      for (PartnerSeries p : r.partnerSeries()) {
        gen.writeStartObject();
        gen.writeStringField(ReportFormat.PARTNER_ID, p.partnerId());
        if (p.latest().isPresent()) {
          gen.writeFieldName(ReportFormat.LATEST);
          writePoint(gen, p.latest().get());
        }
        gen.writeStringField(ReportFormat.TREND, ValueCodecs.jsonName(p.trend()));
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
    gen.writeEndArray();
    ResultsSummary s = results.summary();
    gen.writeObjectFieldStart(ReportFormat.SUMMARY);
    gen.writeNumberField(ReportFormat.INDICATORS, s.indicators());
    gen.writeNumberField(ReportFormat.CURRENT, s.current());
    gen.writeNumberField(ReportFormat.BETTER_SINCE_BASELINE, s.betterSinceBaseline());
    gen.writeNumberField(ReportFormat.IMPROVING, s.improving());
    gen.writeNumberField(ReportFormat.ON_TRACK_OR_ACHIEVED, s.onTrackOrAchieved());
    gen.writeNumberField(ReportFormat.WIDENING_GAPS, s.wideningGaps());
    gen.writeEndObject();
    gen.writeEndObject();
  }

  /** The assessment section: per lens its conditions, then the stage. */
  private static void writeAssessment(JsonGenerator gen, Assessment assessment) throws IOException {
    gen.writeObjectFieldStart(ReportFormat.ASSESSMENT);
    gen.writeArrayFieldStart(ReportFormat.LENSES);
    for (LensAssessment lens : assessment.lenses()) {
      gen.writeStartObject();
      gen.writeStringField(ReportFormat.LENS, ValueCodecs.jsonName(lens.lens()));
      gen.writeArrayFieldStart(ReportFormat.CONDITIONS);
      for (ConditionAssessment c : lens.conditions()) {
        gen.writeStartObject();
        gen.writeStringField(ReportFormat.CONDITION, ValueCodecs.jsonName(c.condition()));
        if (c.level().isPresent()) {
          gen.writeNumberField(ReportFormat.LEVEL, c.level().get().number());
        }
        gen.writeStringField(ReportFormat.RATING, ValueCodecs.jsonName(c.rating()));
        gen.writeStringField(ReportFormat.LABEL, c.label());
        gen.writeStringField(ReportFormat.CONFIDENCE, ValueCodecs.jsonName(c.confidence()));
        gen.writeArrayFieldStart(ReportFormat.EVIDENCE);
        for (Evidence e : c.evidence()) {
          gen.writeStartObject();
          gen.writeStringField(ReportFormat.PATH, e.path());
          gen.writeStringField(ReportFormat.MESSAGE, e.message());
          gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart(ReportFormat.NEXT_STEPS);
        for (NextStep n : c.nextSteps()) {
          gen.writeStartObject();
          gen.writeStringField(ReportFormat.ACTION, n.action());
          gen.writeStringField(ReportFormat.REASON, n.reason());
          gen.writeStringField(ReportFormat.SOURCE, n.source());
          gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
    gen.writeEndArray();
    Stage stage = assessment.stage();
    gen.writeObjectFieldStart(ReportFormat.STAGE);
    gen.writeStringField(ReportFormat.PHASE, ValueCodecs.jsonName(stage.phase()));
    if (stage.gateway().isPresent()) {
      gen.writeStringField(ReportFormat.GATEWAY, ValueCodecs.jsonName(stage.gateway().get()));
    }
    gen.writeStringField(ReportFormat.BASIS, stage.basis());
    gen.writeEndObject();
    gen.writeEndObject();
  }

  private static void writePoint(JsonGenerator gen, Point point) throws IOException {
    gen.writeStartObject();
    gen.writeNumberField(ReportFormat.VALUE, point.value());
    gen.writeStringField(ReportFormat.PERIOD_END, point.periodEnd().toString());
    gen.writeEndObject();
  }

  private static void writeGap(JsonGenerator gen, EquityGap gap) throws IOException {
    gen.writeStartObject();
    gen.writeStringField(ReportFormat.DIMENSION, gap.dimension().key());
    gen.writeStringField(ReportFormat.REFERENCE, gap.reference());
    gen.writeArrayFieldStart(ReportFormat.GROUPS);
    for (GroupGap g : gap.groups()) {
      gen.writeStartObject();
      gen.writeStringField(ReportFormat.GROUP, g.group());
      gen.writeNumberField(ReportFormat.VALUE, g.value());
      if (g.gap().isPresent()) {
        gen.writeNumberField(ReportFormat.GAP, g.gap().get());
      }
      if (g.relativeGap().isPresent()) {
        gen.writeNumberField(ReportFormat.RELATIVE_GAP, g.relativeGap().get());
      }
      gen.writeStringField(ReportFormat.CHANGE, ValueCodecs.jsonName(g.change()));
      gen.writeEndObject();
    }
    gen.writeEndArray();
    if (gap.largestGap().isPresent()) {
      gen.writeStringField(ReportFormat.LARGEST_GAP, gap.largestGap().get());
    }
    gen.writeStringField(ReportFormat.CHANGE, ValueCodecs.jsonName(gap.change()));
    if (gap.referenceWorsened()) {
      gen.writeBooleanField(ReportFormat.REFERENCE_WORSENED, true);
    }
    gen.writeEndObject();
  }

  private static void writeStrings(JsonGenerator gen, String name, List<String> values)
      throws IOException {
    gen.writeArrayFieldStart(name);
    for (String value : values) {
      gen.writeString(value);
    }
    gen.writeEndArray();
  }
}
