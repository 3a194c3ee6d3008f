package io.github.collectiveimpact.json.shared;

import io.github.collectiveimpact.json.CollectiveImpactJson;
import io.github.collectiveimpact.json.format.ReadResult;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;

/**
 * One binding's facade (Jackson 2's or Jackson 3's {@code CollectiveImpactJson}), so that the
 * malformed-document catalogue, the report format's cases and the round-trip properties run against each
 * binding.
 */
public interface Binding {
  /**
   * Reads an initiative.
   *
   * @param json the document
   * @return the initiative
   * @throws IOException as the facade throws it
   */
  Initiative readInitiative(String json) throws IOException;

  /**
   * Reads an initiative from text.
   *
   * @param json the document
   * @return the initiative
   * @throws IOException as the facade throws it
   */
  Initiative readInitiative(Reader json) throws IOException;

  /**
   * Reads an initiative from bytes.
   *
   * @param json the document
   * @return the initiative
   * @throws IOException as the facade throws it
   */
  Initiative readInitiative(InputStream json) throws IOException;

  /**
   * Reads an initiative with what a lenient reader skipped.
   *
   * @param json the document
   * @return the result
   * @throws IOException as the facade throws it
   */
  ReadResult<Initiative> readInitiativeResult(String json) throws IOException;

  /**
   * Writes an initiative.
   *
   * @param initiative the initiative
   * @return the document
   */
  String writeInitiative(Initiative initiative);

  /**
   * Writes an initiative as text.
   *
   * @param initiative the initiative
   * @param out where to
   * @throws IOException as the facade throws it
   */
  void writeInitiative(Initiative initiative, Writer out) throws IOException;

  /**
   * Writes an initiative as bytes.
   *
   * @param initiative the initiative
   * @param out where to
   * @throws IOException as the facade throws it
   */
  void writeInitiative(Initiative initiative, OutputStream out) throws IOException;

  /**
   * Reads a validation report.
   *
   * @param json the document
   * @return the report
   * @throws IOException as the facade throws it
   */
  ValidationReport readReport(String json) throws IOException;

  /**
   * Reads a validation report from text.
   *
   * @param json the document
   * @return the report
   * @throws IOException as the facade throws it
   */
  ValidationReport readReport(Reader json) throws IOException;

  /**
   * Reads a validation report from bytes.
   *
   * @param json the document
   * @return the report
   * @throws IOException as the facade throws it
   */
  ValidationReport readReport(InputStream json) throws IOException;

  /**
   * Reads a validation report with what a lenient reader skipped.
   *
   * @param json the document
   * @return the result
   * @throws IOException as the facade throws it
   */
  ReadResult<ValidationReport> readReportResult(String json) throws IOException;

  /**
   * Writes a validation report.
   *
   * @param report the report
   * @return the document
   */
  String writeReport(ValidationReport report);

  /**
   * Writes a validation report as bytes.
   *
   * @param report the report
   * @param out where to
   * @throws IOException as the facade throws it
   */
  void writeReport(ValidationReport report, OutputStream out) throws IOException;

  /**
   * The options of a facade's builder that the shared tests set.
   *
   * @param lenient skip unknown properties
   * @param prettyPrint indent
   * @param maxNestingDepth the nesting limit
   * @param maxStringLength the string limit
   * @param maxDocumentSize the document limit
   */
  record Options(
      boolean lenient,
      boolean prettyPrint,
      int maxNestingDepth,
      int maxStringLength,
      long maxDocumentSize) {
    /** The facades' defaults. */
    public static final Options DEFAULTS =
        new Options(
            false,
            false,
            CollectiveImpactJson.DEFAULT_MAX_NESTING_DEPTH,
            CollectiveImpactJson.DEFAULT_MAX_STRING_LENGTH,
            CollectiveImpactJson.DEFAULT_MAX_DOCUMENT_SIZE);

    /**
     * These options, lenient.
     *
     * @return the options
     */
    public Options asLenient() {
      return new Options(true, prettyPrint, maxNestingDepth, maxStringLength, maxDocumentSize);
    }

    /**
     * These options, indenting.
     *
     * @return the options
     */
    public Options indented() {
      return new Options(lenient, true, maxNestingDepth, maxStringLength, maxDocumentSize);
    }

    /**
     * These options with a nesting limit.
     *
     * @param depth the limit
     * @return the options
     */
    public Options withNestingDepth(int depth) {
      return new Options(lenient, prettyPrint, depth, maxStringLength, maxDocumentSize);
    }

    /**
     * These options with a string limit.
     *
     * @param length the limit
     * @return the options
     */
    public Options withStringLength(int length) {
      return new Options(lenient, prettyPrint, maxNestingDepth, length, maxDocumentSize);
    }

    /**
     * These options with a document limit.
     *
     * @param size the limit
     * @return the options
     */
    public Options withDocumentSize(long size) {
      return new Options(lenient, prettyPrint, maxNestingDepth, maxStringLength, size);
    }
  }

  /**
   * The Jackson 2 facade with the given options.
   *
   * @param options the options
   * @return the binding
   */
  static Binding jackson2(Options options) {
    CollectiveImpactJson json =
        CollectiveImpactJson.builder()
            .lenient(options.lenient())
            .prettyPrint(options.prettyPrint())
            .maxNestingDepth(options.maxNestingDepth())
            .maxStringLength(options.maxStringLength())
            .maxDocumentSize(options.maxDocumentSize())
            .build();
    return new Binding() {
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
    };
  }
}
