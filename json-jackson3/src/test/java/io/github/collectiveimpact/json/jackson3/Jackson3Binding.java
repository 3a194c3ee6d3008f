package io.github.collectiveimpact.json.jackson3;

import io.github.collectiveimpact.json.format.ReadResult;
import io.github.collectiveimpact.json.shared.Binding;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;

/** This module's facade as a {@link Binding} of the shared tests. */
final class Jackson3Binding implements Binding {
  private final CollectiveImpactJson json;

  Jackson3Binding(Options options) {
    this.json =
        CollectiveImpactJson.builder()
            .lenient(options.lenient())
            .prettyPrint(options.prettyPrint())
            .maxNestingDepth(options.maxNestingDepth())
            .maxStringLength(options.maxStringLength())
            .maxDocumentSize(options.maxDocumentSize())
            .build();
  }

  @Override
  public Initiative readInitiative(String document) throws IOException {
    return json.readInitiative(document);
  }

  @Override
  public Initiative readInitiative(Reader document) throws IOException {
    return json.readInitiative(document);
  }

  @Override
  public Initiative readInitiative(InputStream document) throws IOException {
    return json.readInitiative(document);
  }

  @Override
  public ReadResult<Initiative> readInitiativeResult(String document) throws IOException {
    return json.readInitiativeResult(document);
  }

  @Override
  public String writeInitiative(Initiative initiative) {
    return json.writeInitiative(initiative);
  }

  @Override
  public void writeInitiative(Initiative initiative, Writer out) throws IOException {
    json.writeInitiative(initiative, out);
  }

  @Override
  public void writeInitiative(Initiative initiative, OutputStream out) throws IOException {
    json.writeInitiative(initiative, out);
  }

  @Override
  public ValidationReport readReport(String document) throws IOException {
    return json.readReport(document);
  }

  @Override
  public ValidationReport readReport(Reader document) throws IOException {
    return json.readReport(document);
  }

  @Override
  public ValidationReport readReport(InputStream document) throws IOException {
    return json.readReport(document);
  }

  @Override
  public ReadResult<ValidationReport> readReportResult(String document) throws IOException {
    return json.readReportResult(document);
  }

  @Override
  public String writeReport(ValidationReport report) {
    return json.writeReport(report);
  }

  @Override
  public void writeReport(ValidationReport report, OutputStream out) throws IOException {
    json.writeReport(report, out);
  }
}
