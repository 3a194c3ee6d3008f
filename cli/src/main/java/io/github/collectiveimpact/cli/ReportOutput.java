package io.github.collectiveimpact.cli;

import io.github.collectiveimpact.validation.ValidationReport;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * How the validate command writes what it found in one output format ({@code --format}): one document's
 * report, or the reports of several documents with the run's summary. A new format is one more
 * implementation, named in {@link OutputFormat}.
 */
interface ReportOutput {
  /**
   * Writes the report of the one document of a run.
   *
   * @param report the report
   * @param texts the run's language
   * @param out where to write
   * @throws IOException if writing fails
   */
  void one(ValidationReport report, Texts texts, Writer out) throws IOException;

  /**
   * Writes the outcomes of several documents, in input order, and their summary.
   *
   * @param outcomes the outcomes, reports and documents that could not be read
   * @param summary their counts
   * @param texts the run's language
   * @param out where to write
   * @throws IOException if writing fails
   */
  void many(List<Outcome> outcomes, Summary summary, Texts texts, Writer out) throws IOException;

  /**
   * The file name to write into a folder given as {@code --output}.
   *
   * @return e.g. {@code report.txt}
   */
  String fileName();
}
