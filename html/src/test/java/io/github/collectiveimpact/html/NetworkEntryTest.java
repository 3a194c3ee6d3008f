package io.github.collectiveimpact.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.validation.ValidationReport;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkEntryTest {
  private static final ValidationReport REPORT =
      Showcase.report(Showcase.initiative(), Locale.ENGLISH);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "eastside.html",
        "reports/eastside.html",
        "../eastside/index.html#findings",
        "eastside.html?lang=ja",
        "#top",
        "http://example.org/eastside.html",
        "HTTPS://example.org/a:b",
        "a/b:c.html"
      })
  void acceptsRelativePathsAndHttpUrls(String href) {
    assertEquals(Optional.of(href), NetworkEntry.of(REPORT, href).href());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "//evil.example/x",
        "http:evil",
        "https://",
        "a b.html",
        "a\\b.html",
        ""
      })
  void refusesEverythingElse(String href) {
    assertThrows(IllegalArgumentException.class, () -> NetworkEntry.of(REPORT, href));
  }

  @Test
  void anEntryWithoutALinkHasNone() {
    assertEquals(Optional.empty(), NetworkEntry.of(REPORT).href());
    assertEquals(NetworkEntry.of(REPORT, "a.html"), NetworkEntry.of(REPORT, "a.html"));
  }

  @Test
  void theOverviewHasOneRowPerInitiativeWithItsLevelsCountsAndLink() {
    ValidationReport hostile = Hostile.report();
    String page =
        HtmlReport.of(Locale.ENGLISH)
            .renderNetwork(
                List.of(NetworkEntry.of(REPORT, "eastside.html"), NetworkEntry.of(hostile)));
    assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
    assertEquals(2, HtmlReportTest.count(page.substring(page.indexOf("<tbody>")), "<tr>"));
    assertTrue(page.contains("<a href=\"eastside.html\">Eastside Cradle to Career</a>"));
    // Ten conditions, each with its level.
    int row = page.indexOf("<a href=\"eastside.html\">");
    String first = page.substring(row, page.indexOf("</tr>", row));
    assertEquals(10, HtmlReportTest.count(first, "class=\"level-cell\""));
    var counts =
        REPORT.countsBySeverity().values().stream()
            .map(n -> "<td class=\"num\">" + n + "</td>")
            .toList();
    for (String c : counts.subList(1, 3)) {
      assertTrue(first.contains(c), c);
    }
    assertFalse(page.contains("<script"));
    Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(page);
    while (href.find()) {
      assertEquals("eastside.html", href.group(1));
    }
  }
}
