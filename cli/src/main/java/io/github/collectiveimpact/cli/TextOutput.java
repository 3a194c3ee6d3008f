package io.github.collectiveimpact.cli;

import io.github.collectiveimpact.validation.Severity;
import io.github.collectiveimpact.validation.ValidationReport;
import java.io.IOException;
import java.io.Writer;

/** The text format: each report as its own text says it, in the run's language, then a summary block. */
final class TextOutput implements ReportOutput {
  private static final String N = System.lineSeparator();

  @Override
  public void one(ValidationReport report, Texts texts, Writer out) throws IOException {
    out.write(report.toText(texts.locale()));
  }

  @Override
  public Several several(Texts texts, Writer out) {
    return new Several() {
      @Override
      public void add(Outcome outcome) throws IOException {
        if (outcome.report().isPresent()) {
          out.write("== " + outcome.file() + N);
          out.write(outcome.report().get().toText(texts.locale()));
          out.write(N);
        }
      }

      @Override
      public void finish(Summary summary) throws IOException {
        out.write(texts.get("summary.heading") + N);
        out.write(
            texts.get(
                    "summary.documents",
                    summary.documents(),
                    summary.read(),
                    summary.unreadable().size())
                + N);
        out.write(
            texts.get(
                    "summary.findings",
                    summary.findings().get(Severity.ERROR),
                    summary.findings().get(Severity.WARNING),
                    summary.findings().get(Severity.INFO))
                + N);
        out.write(texts.get("summary.failing", summary.failOn().value(), summary.failing()) + N);
        for (String file : summary.unreadable()) {
          out.write(texts.get("summary.unreadable", file) + N);
        }
        out.flush();
      }
    };
  }

  @Override
  public String fileName() {
    return "report.txt";
  }
}
