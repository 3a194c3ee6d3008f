package io.github.collectiveimpact.cli;

import io.github.collectiveimpact.validation.Severity;
import io.github.collectiveimpact.validation.ValidationReport;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The text format: each report as its own text says it, in the run's language, then a summary block. */
final class TextOutput implements ReportOutput {
  @Override
  public void one(ValidationReport report, Texts texts, Writer out) throws IOException {
    out.write(report.toText(texts.locale()));
  }

  @Override
  public void many(List<Outcome> outcomes, Summary summary, Texts texts, Writer out)
      throws IOException {
    String n = System.lineSeparator();
    for (Outcome outcome : outcomes) {
      if (outcome.report().isPresent()) {
        out.write("== " + outcome.file() + n);
        out.write(outcome.report().get().toText(texts.locale()));
        out.write(n);
      }
    }
    out.write(texts.get("summary.heading") + n);
    out.write(
        texts.get("summary.documents", summary.documents(), summary.read(), summary.unreadable())
            + n);
    out.write(
        texts.get(
                "summary.findings",
                summary.findings().get(Severity.ERROR),
                summary.findings().get(Severity.WARNING),
                summary.findings().get(Severity.INFO))
            + n);
    out.write(texts.get("summary.failing", summary.failOn().value(), summary.failing()) + n);
    for (Outcome outcome : outcomes) {
      if (!outcome.isRead()) {
        out.write(texts.get("summary.unreadable", outcome.file()) + n);
      }
    }
  }

  @Override
  public String fileName() {
    return "report.txt";
  }
}
