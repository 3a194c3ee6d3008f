package io.github.collectiveimpact.cli;

import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.validation.ValidationReport;
import java.io.IOException;
import java.io.Writer;

/**
 * How the validate command writes what it found in one output format ({@code --format}): one document's
 * report, or the reports of several documents, one by one in input order as they are done, then the run's
 * summary. A new format is one more implementation, named in {@link OutputFormat}.
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
   * Writes the report of the one document of a run, given the initiative that was validated too. A format
   * that shows more of the initiative than its report overrides this; by default it writes the report
   * alone, with {@link #one(ValidationReport, Texts, Writer)}.
   *
   * @param report the report
   * @param initiative the initiative the report is about, as validated
   * @param texts the run's language
   * @param out where to write
   * @throws IOException if writing fails
   */
  default void one(ValidationReport report, Initiative initiative, Texts texts, Writer out)
      throws IOException {
    one(report, texts, out);
  }

  /**
   * Starts the output of several documents.
   *
   * @param texts the run's language
   * @param out where to write
   * @return what takes the outcomes, in input order, and then the summary
   * @throws IOException if writing fails
   */
  Several several(Texts texts, Writer out) throws IOException;

  /**
   * The file name to write into a folder given as {@code --output}.
   *
   * @return e.g. {@code report.txt}
   */
  String fileName();

  /**
   * The output of several documents, written as it comes, so that no more than a few reports are held at
   * once however many documents there are.
   */
  interface Several {
    /**
     * Writes one document's outcome, the next in input order.
     *
     * @param outcome the report, or why the document could not be read
     * @throws IOException if writing fails
     */
    void add(Outcome outcome) throws IOException;

    /**
     * Writes the summary and ends the output.
     *
     * @param summary the counts of the run
     * @throws IOException if writing fails
     */
    void finish(Summary summary) throws IOException;
  }
}
