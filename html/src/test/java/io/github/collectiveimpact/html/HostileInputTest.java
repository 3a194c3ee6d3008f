package io.github.collectiveimpact.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Text from a document never becomes markup: checked on the raw page (the browser test checks the DOM). */
class HostileInputTest {
  private static final String PAGE =
      HtmlReport.of(Locale.ENGLISH).render(Hostile.report(), Showcase.hostile());
  private static final String NETWORK =
      HtmlReport.of(Locale.JAPANESE)
          .renderNetwork(List.of(NetworkEntry.of(Hostile.report(), "x.html")));

  @Test
  void noElementOrAttributeOfTheInputAppearsUnescaped() {
    for (String page : List.of(PAGE, NETWORK)) {
      assertFalse(Pattern.compile("<\\s*script", Pattern.CASE_INSENSITIVE).matcher(page).find());
      assertFalse(Pattern.compile("<\\s*img", Pattern.CASE_INSENSITIVE).matcher(page).find());
      // No event handler in any tag (the text "onerror=" may well be shown, escaped, as text).
      Matcher tags = Pattern.compile("<[a-zA-Z][^>]*>").matcher(page);
      while (tags.find()) {
        assertFalse(
            Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE)
                .matcher(tags.group())
                .find(),
            tags.group());
      }
      // Every tag on the page is one of the templates' own.
      Matcher tag = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)").matcher(page);
      List<String> allowed =
          List.of(
              "html",
              "head",
              "meta",
              "title",
              "style",
              "body",
              "header",
              "p",
              "h1",
              "h2",
              "h3",
              "h4",
              "nav",
              "ol",
              "li",
              "a",
              "main",
              "section",
              "figure",
              "svg",
              "desc",
              "line",
              "text",
              "rect",
              "g",
              "circle",
              "path",
              "figcaption",
              "table",
              "caption",
              "thead",
              "tr",
              "th",
              "tbody",
              "td",
              "details",
              "summary",
              "dl",
              "dt",
              "dd",
              "code",
              "span",
              "ul",
              "footer",
              "div",
              "br");
      while (tag.find()) {
        assertTrue(allowed.contains(tag.group(1)), tag.group(1));
      }
    }
  }

  @Test
  void theHostileTextsAreShownEscaped() {
    String script = "&lt;script&gt;alert(1)&lt;/script&gt;";
    assertTrue(PAGE.contains("<h1>Eastside " + script + "</h1>"));
    assertTrue(PAGE.contains("<title>Eastside " + script + ": collective impact report"));
    assertTrue(PAGE.contains("Cradle to career &lt;img src=x onerror=alert(1)&gt;"));
    assertTrue(PAGE.contains("<dd>javascript:alert(1)</dd>"), "a data source is text, not a link");
    assertTrue(PAGE.contains("Source: javascript:alert(1)"), "a finding's source is text");
    assertTrue(
        PAGE.contains("<code>/&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</code>")
            || PAGE.contains("<code>/\"&gt;&lt;script&gt;alert(1)&lt;/script&gt;</code>"));
    assertTrue(NETWORK.contains("Eastside " + script));
  }

  @Test
  void noLinkRunsScript() {
    for (String page : List.of(PAGE, NETWORK)) {
      Matcher href = Pattern.compile("\\shref\\s*=\\s*\"([^\"]*)\"").matcher(page);
      while (href.find()) {
        String value = href.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s", "");
        assertFalse(value.startsWith("javascript:"), value);
        assertTrue(value.startsWith("#") || value.equals("x.html"), value);
      }
      assertEquals(0, HtmlReportTest.count(page.toLowerCase(Locale.ROOT), "href=\"javascript"));
    }
  }
}
