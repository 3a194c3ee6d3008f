package io.github.collectiveimpact.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.validation.ValidationReport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private static final Initiative INITIATIVE = Showcase.initiative();
  private static final ValidationReport REPORT = Showcase.report(INITIATIVE, Locale.ENGLISH);
  private static final String PAGE = HtmlReport.of(Locale.ENGLISH).render(REPORT, INITIATIVE);

  @Test
  void isOneHtml5DocumentInTheRequestedLanguage() {
    assertTrue(PAGE.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), PAGE.substring(0, 60));
    assertTrue(PAGE.strip().endsWith("</html>"));
    String ja = HtmlReport.of(Locale.JAPANESE).render(REPORT, INITIATIVE);
    assertTrue(ja.contains("<html lang=\"ja\">"));
    assertTrue(ja.contains("条件ごとのレベル"));
    // Any other language falls back to English.
    assertTrue(HtmlReport.of(Locale.GERMAN).render(REPORT).contains("<html lang=\"en\">"));
  }

  @Test
  void hasNoScriptAndRequestsNothing() {
    assertFalse(Pattern.compile("<script", Pattern.CASE_INSENSITIVE).matcher(PAGE).find());
    assertFalse(Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(PAGE).find());
    // Nothing loads from anywhere: no src, no stylesheet link, no url() or @import in the CSS.
    assertFalse(PAGE.contains(" src="));
    assertFalse(PAGE.contains("<link"));
    assertFalse(PAGE.contains("url("));
    assertFalse(PAGE.contains("@import"));
    // The only links are to the page's own sections; the SVG namespace is not a request.
    Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(PAGE);
    int links = 0;
    while (href.find()) {
      assertTrue(href.group(1).startsWith("#"), href.group(1));
      links++;
    }
    assertTrue(links > 10, "a table of contents");
    assertTrue(PAGE.contains("<style>") && PAGE.contains("@media print"));
  }

  @Test
  void readsInThePractitionersOrder() {
    int headline = PAGE.indexOf("<h1>Eastside Cradle to Career</h1>");
    int levels = PAGE.indexOf("id=\"levels-heading\"");
    int results = PAGE.indexOf("id=\"results-heading\"");
    int currency = PAGE.indexOf("id=\"currency-heading\"");
    int findings = PAGE.indexOf("id=\"findings-heading\"");
    assertTrue(headline > 0 && headline < levels, "headline first");
    assertTrue(levels < results && results < currency && currency < findings);
    assertTrue(PAGE.contains("2026-06-30"));
    assertTrue(PAGE.contains(REPORT.isValid() ? "Valid: no error" : "Not valid"));
  }

  @Test
  void headingsDoNotSkipALevelAndSectionsAreLabelled() {
    Matcher h = Pattern.compile("<h([1-6])[ >]").matcher(PAGE);
    int previous = 0;
    int ones = 0;
    while (h.find()) {
      int level = Integer.parseInt(h.group(1));
      assertTrue(level <= previous + 1, "h" + level + " after h" + previous);
      ones += level == 1 ? 1 : 0;
      previous = level;
    }
    assertEquals(1, ones);
    for (String landmark : List.of("<header>", "<main>", "<nav aria-labelledby=", "<footer>")) {
      assertTrue(PAGE.contains(landmark), landmark);
    }
    Matcher section = Pattern.compile("<section[^>]*>").matcher(PAGE);
    while (section.find()) {
      Matcher labelled = Pattern.compile("aria-labelledby=\"([^\"]+)\"").matcher(section.group());
      assertTrue(labelled.find(), section.group());
      assertTrue(PAGE.contains("id=\"" + labelled.group(1) + "\""), labelled.group(1));
    }
  }

  @Test
  void everyChartHasATextAlternativeAndItsTable() {
    Matcher svg =
        Pattern.compile(
                "<svg class=\"chart[^>]*>\\s*<title id=\"([^\"]+)\">([^<]+)</title>\\s*<desc id=\"([^\"]+)\">([^<]+)</desc>")
            .matcher(PAGE);
    int charts = 0;
    while (svg.find()) {
      charts++;
      assertTrue(svg.group().contains("role=\"img\""));
      assertTrue(
          svg.group().contains("aria-labelledby=\"" + svg.group(1) + " " + svg.group(3) + "\""));
      assertFalse(svg.group(4).isBlank());
    }
    // Two lenses, four indicators.
    assertEquals(6, charts);
    assertEquals(charts, count(PAGE, "<svg class=\"chart"));
    // The table behind each level chart, and the data of each line chart.
    assertEquals(2, count(PAGE, "<caption class=\"none\">Levels per condition"));
    assertEquals(4, count(PAGE, "<summary>The data of the chart"));
  }

  @Test
  void showsEachIndicatorsSeriesBaselineTargetsAndPathToTheNextTarget() {
    int start = PAGE.indexOf("id=\"indicator-1-heading\">Children ready for kindergarten");
    int end = PAGE.indexOf("id=\"indicator-2\"");
    String section = PAGE.substring(start, end);
    // Ten observations: nine circles and the latest as a ring.
    assertEquals(9, count(section, "class=\"m-circle\""));
    assertEquals(1, count(section, "class=\"m-ring\""));
    assertEquals(1, count(section, "class=\"m-square\""));
    assertEquals(2, count(section, "class=\"m-open_diamond\""));
    assertEquals(1, count(section, "class=\"m-diamond\""));
    assertEquals(1, count(section, "class=\"to-target\""));
    assertTrue(section.contains("<title>baseline: 42%, 2017-06-30</title>"));
    assertTrue(section.contains("<title>final target: 65% by 2028-06-30</title>"));
    assertTrue(
        section.contains("<td>observation</td><td>2026-06-30</td><td class=\"num\">57%</td>"));
    // The equity gaps by income and by race and ethnicity, each against its reference group.
    assertTrue(section.contains("By income, against the group “not low income”"));
    assertTrue(section.contains("By race and ethnicity, against the group “White”"));
  }

  @Test
  void groupsTheFindingsByCategoryWithRuleSeverityMessagePathAndSource() {
    assertFalse(REPORT.findings().isEmpty(), "the showcase has findings to show");
    for (var f : REPORT.findings()) {
      assertTrue(
          PAGE.contains("<code>" + f.ruleId() + "</code> " + escape(f.message())),
          f.ruleId() + ": " + f.message());
      assertTrue(PAGE.contains(escape(f.source())), f.source());
      for (String path : f.paths()) {
        assertTrue(PAGE.contains("<code>" + escape(path.isEmpty() ? "/" : path) + "</code>"), path);
      }
    }
    int structure = PAGE.indexOf("id=\"category-structure-heading\"");
    int backbone = PAGE.indexOf("id=\"category-backbone-support-heading\"");
    assertTrue(structure > 0 && structure < backbone);
  }

  @Test
  void rendersAReportAloneFromWhatItCarries() {
    String page = HtmlReport.of(Locale.ENGLISH).render(REPORT);
    assertTrue(page.contains("<h3 id=\"indicator-1-heading\">kindergarten-ready</h3>"));
    assertEquals(6, count(page, "<svg class=\"chart"));
    assertFalse(page.contains("class=\"to-target\""), "no path without the baseline's date");
  }

  @Test
  void writesTheSamePageToAWriter() throws IOException {
    StringWriter out = new StringWriter();
    HtmlReport.of(Locale.ENGLISH).render(REPORT, INITIATIVE, out);
    assertEquals(PAGE, out.toString());
    StringWriter alone = new StringWriter();
    HtmlReport.of(Locale.ENGLISH).render(REPORT, alone);
    assertEquals(HtmlReport.of(Locale.ENGLISH).render(REPORT), alone.toString());
  }

  @Test
  void passesOnTheWritersFailure() {
    Writer failing =
        new Writer() {
          @Override
          public void write(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    IOException e =
        assertThrows(
            IOException.class, () -> HtmlReport.of(Locale.ENGLISH).render(REPORT, failing));
    assertEquals("disk full", e.getMessage());
  }

  @Test
  void refusesAnInitiativeOtherThanTheReportsOne() {
    Initiative other = INITIATIVE.withId("westside");
    assertThrows(
        IllegalArgumentException.class, () -> HtmlReport.of(Locale.ENGLISH).render(REPORT, other));
  }

  @Test
  void isTheSameForTheSameReport() {
    assertEquals(PAGE, HtmlReport.of(Locale.ENGLISH).render(REPORT, INITIATIVE));
  }

  static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }

  /** HTML's escaping of text content, written out here rather than taken from the code under test. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
