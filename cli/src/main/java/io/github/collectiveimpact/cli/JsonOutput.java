package io.github.collectiveimpact.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.collectiveimpact.json.CollectiveImpactJson;
import io.github.collectiveimpact.validation.Severity;
import io.github.collectiveimpact.validation.ValidationReport;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * The JSON format. One document: exactly its report, as {@link CollectiveImpactJson#writeReport} writes it.
 * Several: {@code {"reports": [...], "summary": {...}, "problems": [...]}}, the reports as the json module
 * writes them, in input order.
 */
final class JsonOutput implements ReportOutput {
  private static final CollectiveImpactJson JSON =
      CollectiveImpactJson.builder().prettyPrint(true).build();

  /** Reads the reports' numbers as the exact decimals written, so that they are written back unchanged. */
  private static final ObjectMapper TREE =
      JsonMapper.builder()
          .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  @Override
  public void one(ValidationReport report, Texts texts, Writer out) throws IOException {
    out.write(JSON.writeReport(report));
    out.write(System.lineSeparator());
  }

  @Override
  public void many(List<Outcome> outcomes, Summary summary, Texts texts, Writer out)
      throws IOException {
    ObjectNode document = TREE.createObjectNode();
    ArrayNode reports = document.putArray("reports");
    ArrayNode problems = TREE.createArrayNode();
    for (Outcome outcome : outcomes) {
      if (outcome.report().isPresent()) {
        reports.add(tree(JSON.writeReport(outcome.report().get())));
      } else {
        ObjectNode problem = problems.addObject();
        problem.put("file", outcome.file());
        problem.put("path", outcome.path());
        if (outcome.line() > 0) {
          problem.put("line", outcome.line());
        } else {
          problem.putNull("line");
        }
        if (outcome.column() > 0) {
          problem.put("column", outcome.column());
        } else {
          problem.putNull("column");
        }
        problem.put("message", outcome.message());
      }
    }
    ObjectNode counts = document.putObject("summary");
    counts.put("documents", summary.documents());
    counts.put("read", summary.read());
    counts.put("unreadable", summary.unreadable());
    ObjectNode findings = counts.putObject("findings");
    for (Severity severity : Severity.values()) {
      findings.put(severity.name().toLowerCase(Locale.ROOT), summary.findings().get(severity));
    }
    counts.put("failOn", summary.failOn().value());
    counts.put("failing", summary.failing());
    document.set("problems", problems);
    out.write(TREE.writeValueAsString(document));
    out.write(System.lineSeparator());
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
