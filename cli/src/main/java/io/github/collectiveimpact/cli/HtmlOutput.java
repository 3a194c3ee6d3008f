package io.github.collectiveimpact.cli;

import io.github.collectiveimpact.html.HtmlReport;
import io.github.collectiveimpact.html.NetworkEntry;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.validation.ValidationReport;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The HTML format: one self-contained page, in the run's language. For one document, its report's page
 * with what the initiative validated adds (its description, and the chart of each indicator's series with
 * its baseline and targets); for several, the network overview, one row per document read (the overview
 * needs them all, so the reports are held until the summary, but not the initiatives).
 */
final class HtmlOutput implements ReportOutput {
  @Override
  public void one(ValidationReport report, Texts texts, Writer out) throws IOException {
    HtmlReport.of(texts.locale()).render(report, out);
    out.flush();
  }

  @Override
  public void one(ValidationReport report, Initiative initiative, Texts texts, Writer out)
      throws IOException {
    HtmlReport.of(texts.locale()).render(report, initiative, out);
    out.flush();
  }

  @Override
  public Several several(Texts texts, Writer out) {
    List<NetworkEntry> entries = new ArrayList<>();
    return new Several() {
      @Override
      public void add(Outcome outcome) {
        outcome.report().ifPresent(r -> entries.add(NetworkEntry.of(r)));
      }

      @Override
      public void finish(Summary summary) throws IOException {
        HtmlReport.of(texts.locale()).renderNetwork(entries, out);
        out.flush();
      }
    };
  }

  @Override
  public String fileName() {
    return "report.html";
  }
}
