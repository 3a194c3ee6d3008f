package io.github.collectiveimpact.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.collectiveimpact.json.CollectiveImpactJson;
import io.github.collectiveimpact.validation.Severity;
import io.github.collectiveimpact.validation.ValidationReport;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The JSON format. One document: exactly its report, as {@link CollectiveImpactJson#writeReport} writes it.
 * Several: {@code {"reports": [...], "summary": {...}, "problems": [...]}}, the reports as the json module
 * writes them, in input order, each written as soon as it is its turn.
 */
final class JsonOutput implements ReportOutput {
  private static final CollectiveImpactJson JSON =
      CollectiveImpactJson.builder().prettyPrint(true).build();

  /** Reads the reports' numbers as the exact decimals written, so that they are written back unchanged. */
  private static final ObjectMapper TREE =
      JsonMapper.builder()
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .build();

  @Override
  public void one(ValidationReport report, Texts texts, Writer out) throws IOException {
    out.write(JSON.writeReport(report));
    out.write(System.lineSeparator());
  }

  @Override
  public Several several(Texts texts, Writer out) throws IOException {
    JsonGenerator json = TREE.createGenerator(out).useDefaultPrettyPrinter();
    json.writeStartObject();
    json.writeArrayFieldStart("reports");
    List<Outcome> problems = new ArrayList<>();
    return new Several() {
      @Override
      public void add(Outcome outcome) throws IOException {
        if (outcome.report().isPresent()) {
          json.writeTree(tree(JSON.writeReport(outcome.report().get())));
        } else {
          problems.add(outcome);
        }
      }

      @Override
      public void finish(Summary summary) throws IOException {
        json.writeEndArray();
        json.writeObjectFieldStart("summary");
        json.writeNumberField("documents", summary.documents());
        json.writeNumberField("read", summary.read());
        json.writeNumberField("unreadable", summary.unreadable().size());
        json.writeObjectFieldStart("findings");
        for (Severity severity : Severity.values()) {
          json.writeNumberField(
              severity.name().toLowerCase(Locale.ROOT), summary.findings().get(severity));
        }
        json.writeEndObject();
        json.writeStringField("failOn", summary.failOn().value());
        json.writeNumberField("failing", summary.failing());
        json.writeEndObject();
        json.writeArrayFieldStart("problems");
        for (Outcome problem : problems) {
          json.writeStartObject();
          json.writeStringField("file", problem.file());
          json.writeStringField("path", problem.path());
          position(json, "line", problem.line());
          position(json, "column", problem.column());
          json.writeStringField("message", problem.message());
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.close();
        out.write(System.lineSeparator());
        out.flush();
      }
    };
  }

  private static void position(JsonGenerator json, String name, int value) throws IOException {
    if (value > 0) {
      json.writeNumberField(name, value);
    } else {
      json.writeNullField(name);
    }
  }

  private static JsonNode tree(String json) {
    try {
      return TREE.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the json module wrote a report that does not parse", e);
    }
  }

  @Override
  public String fileName() {
    return "report.json";
  }
}
