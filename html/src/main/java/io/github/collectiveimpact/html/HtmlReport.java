package io.github.collectiveimpact.html;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateOutput;
import gg.jte.output.StringOutput;
import gg.jte.output.WriterOutput;
import io.github.collectiveimpact.html.view.Views;
import io.github.collectiveimpact.html.view.Words;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.validation.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders validation reports as self-contained HTML5 pages, in English or Japanese: one report as one
 * file, or an overview of a network of initiatives. A page has its CSS and its SVG charts inline, no
 * script, and makes no request of its own; every text taken from a report or an initiative is escaped for
 * where it appears. Immutable and thread-safe.
 *
 * <p>A report's page reads as a practitioner reads: the verdict and the levels of each condition under
 * both lenses of the assessment (a bar chart and the table behind it), then the results of each indicator
 * (a line chart of its series with its baseline, targets and the straight path from the baseline to the
 * next target; its equity gaps; how current its data are), then the findings by condition.
 */
public final class HtmlReport {
  // The templates are compiled to Java classes of this module when it is built (jte-maven-plugin),
  // in a
  // package that module-info opens to jte's runtime, which loads them by name; no template is
  // compiled
  // at run time.
  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(
          null,
          ContentType.Html,
          HtmlReport.class.getClassLoader(),
          "io.github.collectiveimpact.html.templates");

  private final Words words;

  private HtmlReport(Words words) {
    this.words = words;
  }

  /**
   * The renderer of a language.
   *
   * @param locale {@link Locale#ENGLISH} or {@link Locale#JAPANESE}; any other locale gets English
   * @return the renderer
   */
  public static HtmlReport of(Locale locale) {
    return new HtmlReport(Words.of(Objects.requireNonNull(locale, "locale")));
  }

  /**
   * The page of one report. Its charts show what the report carries: each indicator's latest value and
   * next target; {@link #render(ValidationReport, Initiative)} adds the series, baseline and targets.
   *
   * @param report the report
   * @return the page, a complete HTML5 document
   */
  public String render(ValidationReport report) {
    return toString(out -> render(report, Optional.empty(), out));
  }

  /**
   * Writes the page of one report.
   *
   * @param report the report
   * @param out where to write it; not closed
   * @throws IOException if writing fails
   */
  public void render(ValidationReport report, Writer out) throws IOException {
    write(o -> render(report, Optional.empty(), o), out);
  }

  /**
   * The page of one report, with what the initiative validated adds: its description, its indicators'
   * names, data sources and partners, and the charts of their series with baselines and targets.
   *
   * @param report the report
   * @param initiative the initiative the report is about
   * @return the page, a complete HTML5 document
   * @throws IllegalArgumentException if the report is about another initiative (another id)
   */
  public String render(ValidationReport report, Initiative initiative) {
    Optional<Initiative> known = Optional.of(same(report, initiative));
    return toString(out -> render(report, known, out));
  }

  /**
   * Writes the page of one report, with what the initiative validated adds.
   *
   * @param report the report
   * @param initiative the initiative the report is about
   * @param out where to write it; not closed
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if the report is about another initiative (another id)
   */
  public void render(ValidationReport report, Initiative initiative, Writer out)
      throws IOException {
    Optional<Initiative> known = Optional.of(same(report, initiative));
    write(o -> render(report, known, o), out);
  }

  /**
   * The overview of a network of initiatives: one row per initiative, in the order given, with its levels
   * per condition, its finding counts per severity and the link to its own report.
   *
   * @param entries the initiatives
   * @return the page, a complete HTML5 document
   */
  public String renderNetwork(List<NetworkEntry> entries) {
    List<NetworkEntry> copy = List.copyOf(entries);
    return toString(out -> network(copy, out));
  }

  /**
   * Writes the overview of a network of initiatives.
   *
   * @param entries the initiatives
   * @param out where to write it; not closed
   * @throws IOException if writing fails
   */
  public void renderNetwork(List<NetworkEntry> entries, Writer out) throws IOException {
    List<NetworkEntry> copy = List.copyOf(entries);
    write(o -> network(copy, o), out);
  }

  private void render(
      ValidationReport report, Optional<Initiative> initiative, TemplateOutput out) {
    Objects.requireNonNull(report, "report");
    ENGINE.render("report.jte", Views.of(words).report(report, initiative), out);
  }

  private void network(List<NetworkEntry> entries, TemplateOutput out) {
    List<Map.Entry<ValidationReport, Optional<String>>> reports = new ArrayList<>();
    for (NetworkEntry e : entries) {
      reports.add(new AbstractMap.SimpleImmutableEntry<>(e.report(), e.href()));
    }
    ENGINE.render("network.jte", Views.of(words).network(reports), out);
  }

  private static Initiative same(ValidationReport report, Initiative initiative) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(initiative, "initiative");
    if (!report.initiativeId().equals(initiative.id())) {
      throw new IllegalArgumentException(
          "the report is about \""
              + report.initiativeId()
              + "\", the initiative is \""
              + initiative.id()
              + "\"");
    }
    return initiative;
  }

  private interface Rendering {
    void to(TemplateOutput out);
  }

  private static String toString(Rendering rendering) {
    StringOutput out = new StringOutput(64 * 1024);
    rendering.to(out);
    return out.toString();
  }

  private static void write(Rendering rendering, Writer writer) throws IOException {
    Objects.requireNonNull(writer, "out");
    try {
      rendering.to(new WriterOutput(writer));
    } catch (RuntimeException e) {
      // jte wraps the writer's IOException in an UncheckedIOException, itself in a
      // TemplateException.
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof UncheckedIOException) {
          throw ((UncheckedIOException) cause).getCause();
        }
      }
      throw e;
    }
  }

  @Override
  public String toString() {
    return "HtmlReport[" + words.lang() + "]";
  }
}
