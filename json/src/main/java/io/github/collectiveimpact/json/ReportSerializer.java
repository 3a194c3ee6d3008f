package io.github.collectiveimpact.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
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
 * {@code categories}, each with its passed and failed rule ids) and {@code findings}, always in this
 * order and with every property present (empty arrays included), so that a consumer sees one shape.
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
    gen.writeStringField(ReportFormat.SCHEMA_VERSION, SchemaVersion.CURRENT);
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

  private static void writeStrings(JsonGenerator gen, String name, List<String> values)
      throws IOException {
    gen.writeArrayFieldStart(name);
    for (String value : values) {
      gen.writeString(value);
    }
    gen.writeEndArray();
  }
}
