package io.github.collectiveimpact.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.validation.ValidationReport;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens the pages in a real browser, headless Chromium, driven over the Chrome DevTools Protocol with
 * the network off: no request but the page's own file, no console error or exception, every chart laid
 * out, the hostile texts shown as text and no element injected. Screenshots of every page are left in
 * {@code target/browser/} for review. Skipped, not passed, where Chromium is not installed.
 */
class BrowserTest {
  private static final Path OUT = Path.of("target", "browser").toAbsolutePath();

  private static Process browser;
  private static Path profile;
  private static Cdp cdp;

  @BeforeAll
  static void launch() throws Exception {
    Optional<Path> chromium = chromium();
    Assumptions.assumeTrue(
        chromium.isPresent(), "Chromium is not installed (sudo apt-get install chromium)");
    Files.createDirectories(OUT);
    profile = Files.createTempDirectory("html-report-chromium");
    List<String> command =
        List.of(
            chromium.get().toString(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--window-size=1200,900",
            "--user-data-dir=" + profile,
            "--remote-debugging-port=0",
            "about:blank");
    browser =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(OUT.resolve("chromium.log").toFile())
            .start();
    try {
      Path port = profile.resolve("DevToolsActivePort");
      long deadline = System.nanoTime() + Cdp.TIMEOUT.toNanos();
      List<String> lines = List.of();
      while (lines.size() < 2) {
        if (System.nanoTime() > deadline || !browser.isAlive()) {
          throw new IllegalStateException(
              "Chromium did not start; see " + OUT.resolve("chromium.log"));
        }
        Thread.sleep(100);
        if (Files.exists(port)) {
          lines = Files.readAllLines(port, StandardCharsets.UTF_8);
        }
      }
      cdp = Cdp.connect(URI.create("ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim()));
    } catch (Exception | Error e) {
      quit();
      throw e;
    }
  }

  @AfterAll
  static void quit() throws Exception {
    try {
      if (cdp != null) {
        cdp.close();
      }
    } finally {
      if (browser != null) {
        // Chromium's helper processes (its network service among them) write to the profile too.
        List<ProcessHandle> helpers = browser.descendants().toList();
        helpers.forEach(ProcessHandle::destroyForcibly);
        browser.destroyForcibly();
        browser.waitFor(10, TimeUnit.SECONDS);
        for (ProcessHandle helper : helpers) {
          helper.onExit().get(10, TimeUnit.SECONDS);
        }
      }
      if (profile != null) {
        deleteTree(profile);
      }
    }
  }

  @Test
  void theEnglishReport() throws Exception {
    Initiative initiative = Showcase.initiative();
    ValidationReport report = Showcase.report(initiative, Locale.ENGLISH);
    Loaded page = open("report-en", HtmlReport.of(Locale.ENGLISH).render(report, initiative));
    page.assertClean();
    assertEquals(6, page.charts(), "two level charts and four indicator charts");
    assertEquals("en", page.eval("document.documentElement.lang"));
    assertTrue(page.eval("document.body.innerText").contains("Levels per condition"));
  }

  @Test
  void theJapaneseReport() throws Exception {
    Initiative initiative = Showcase.initiative();
    ValidationReport report = Showcase.report(initiative, Locale.JAPANESE);
    Loaded page = open("report-ja", HtmlReport.of(Locale.JAPANESE).render(report, initiative));
    page.assertClean();
    assertEquals(6, page.charts());
    assertEquals("ja", page.eval("document.documentElement.lang"));
    String text = page.eval("document.body.innerText");
    assertTrue(text.contains("条件ごとのレベル") && text.contains("指摘"), text);
  }

  @Test
  void theHostileReportShowsEveryInputAsText() throws Exception {
    ValidationReport report = Hostile.report();
    Loaded page =
        open("report-hostile", HtmlReport.of(Locale.ENGLISH).render(report, Showcase.hostile()));
    page.assertClean();
    assertEquals(6, page.charts());
    String text = page.eval("document.body.innerText");
    assertTrue(text.contains(Showcase.SCRIPT), "the partner's name, as text");
    assertTrue(text.contains(Showcase.IMG), "the description, as text");
    assertTrue(
        text.contains(Showcase.JAVASCRIPT), "the data source and the finding's source, as text");
    assertTrue(page.eval("document.title").contains(Showcase.SCRIPT));
    page.assertNothingInjected();
  }

  @Test
  void theNetworkOverview() throws Exception {
    ValidationReport eastside = Showcase.report(Showcase.initiative(), Locale.ENGLISH);
    List<NetworkEntry> entries =
        List.of(
            NetworkEntry.of(eastside, "report-en.html"),
            NetworkEntry.of(Hostile.report(), "reports/hostile.html?lang=en#findings"),
            NetworkEntry.of(eastside, "https://example.org/eastside.html"),
            NetworkEntry.of(eastside));
    Loaded page = open("network", HtmlReport.of(Locale.ENGLISH).renderNetwork(entries));
    page.assertClean();
    assertEquals("4", page.eval("String(document.querySelectorAll('tbody tr').length)"));
    assertEquals("3", page.eval("String(document.querySelectorAll('tbody a[href]').length)"));
    assertTrue(page.eval("document.body.innerText").contains(Showcase.SCRIPT));
    page.assertNothingInjected();
    // The Japanese overview too.
    Loaded ja = open("network-ja", HtmlReport.of(Locale.JAPANESE).renderNetwork(entries));
    ja.assertClean();
    assertTrue(ja.eval("document.body.innerText").contains("ネットワークの概観"));
  }

  /** A page as the browser loaded it. */
  private static final class Loaded {
    final String session;
    final String url;

    Loaded(String session, String url) {
      this.session = session;
      this.url = url;
    }

    String eval(String expression) throws Exception {
      ObjectNode params = cdp.params().put("expression", expression).put("returnByValue", true);
      JsonNode result = cdp.send(session, "Runtime.evaluate", params);
      if (result.has("exceptionDetails")) {
        throw new IllegalStateException(expression + ": " + result.get("exceptionDetails"));
      }
      return result.get("result").path("value").asText();
    }

    /** No console error or exception, and no request but for the page itself. */
    void assertClean() {
      List<String> problems = new ArrayList<>();
      for (JsonNode e : cdp.events(e -> session.equals(e.path("sessionId").asText()))) {
        String method = e.path("method").asText();
        JsonNode p = e.path("params");
        if (method.equals("Runtime.exceptionThrown")
            || (method.equals("Runtime.consoleAPICalled")
                && List.of("error", "assert").contains(p.path("type").asText()))
            || (method.equals("Log.entryAdded")
                && p.path("entry").path("level").asText().equals("error"))) {
          problems.add(method + " " + p);
        }
        if (method.equals("Network.requestWillBeSent")
            && !p.path("request").path("url").asText().equals(url)) {
          problems.add("request " + p.path("request").path("url").asText());
        }
      }
      assertEquals(List.of(), problems);
      assertTrue(
          cdp.events(
                      e ->
                          session.equals(e.path("sessionId").asText())
                              && e.path("method").asText().equals("Network.requestWillBeSent"))
                  .size()
              >= 1,
          "the page's own request is recorded, so that the recording works");
    }

    /** The number of charts, each checked to be laid out with a width and a height. */
    int charts() throws Exception {
      String sizes =
          eval(
              "JSON.stringify(Array.from(document.querySelectorAll('svg.chart')).map(s => {"
                  + " const r = s.getBoundingClientRect(); return [r.width, r.height]; }))");
      JsonNode list = new com.fasterxml.jackson.databind.ObjectMapper().readTree(sizes);
      for (JsonNode size : list) {
        assertTrue(size.get(0).asDouble() > 0 && size.get(1).asDouble() > 0, sizes);
      }
      return list.size();
    }

    void assertNothingInjected() throws Exception {
      assertEquals("0", eval("String(document.querySelectorAll('script').length)"));
      assertEquals(
          "0", eval("String(document.querySelectorAll('img, iframe, object, embed').length)"));
      assertEquals(
          "0",
          eval(
              "String(Array.from(document.querySelectorAll('[href]')).filter(a =>"
                  + " a.getAttribute('href').trim().toLowerCase().startsWith('javascript:')).length)"));
      assertEquals(
          "0",
          eval(
              "String(Array.from(document.querySelectorAll('*')).filter(e =>"
                  + " Array.from(e.attributes).some(a => a.name.startsWith('on'))).length)"));
    }
  }

  /** Writes the page to target/browser, loads it with the network off and saves a screenshot. */
  private static Loaded open(String name, String html) throws Exception {
    Path file = OUT.resolve(name + ".html");
    Files.writeString(file, html, StandardCharsets.UTF_8);
    String url = file.toUri().toString();
    // Chromium writes file URLs as file:///path.
    url = url.replaceFirst("^file:/(?!/)", "file:///");
    String target =
        cdp.send(null, "Target.createTarget", cdp.params().put("url", "about:blank"))
            .get("targetId")
            .asText();
    String session =
        cdp.send(
                null,
                "Target.attachToTarget",
                cdp.params().put("targetId", target).put("flatten", true))
            .get("sessionId")
            .asText();
    for (String domain : List.of("Network", "Runtime", "Log", "Page")) {
      cdp.send(session, domain + ".enable", cdp.params());
    }
    cdp.send(
        session,
        "Network.emulateNetworkConditions",
        cdp.params()
            .put("offline", true)
            .put("latency", 0)
            .put("downloadThroughput", -1)
            .put("uploadThroughput", -1));
    cdp.send(session, "Page.navigate", cdp.params().put("url", url));
    cdp.await(
        e ->
            session.equals(e.path("sessionId").asText())
                && e.path("method").asText().equals("Page.loadEventFired"));
    Loaded page = new Loaded(session, url);
    JsonNode metrics = cdp.send(session, "Page.getLayoutMetrics", cdp.params());
    JsonNode size = metrics.get("cssContentSize");
    ObjectNode clip =
        cdp.params()
            .put("x", 0)
            .put("y", 0)
            .put("width", size.get("width").asDouble())
            .put("height", size.get("height").asDouble())
            .put("scale", 1);
    ObjectNode shot = cdp.params().put("format", "png").put("captureBeyondViewport", true);
    shot.set("clip", clip);
    String png = cdp.send(session, "Page.captureScreenshot", shot).get("data").asText();
    Files.write(OUT.resolve(name + ".png"), Base64.getDecoder().decode(png));
    return page;
  }

  private static Optional<Path> chromium() {
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator, -1)) {
        for (String name : List.of("chromium", "chromium-browser")) {
          Path candidate = Path.of(dir, name);
          if (Files.isExecutable(candidate)) {
            return Optional.of(candidate);
          }
        }
      }
    }
    Path usual = Path.of("/usr/bin/chromium");
    return Files.isExecutable(usual) ? Optional.of(usual) : Optional.empty();
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException e) {
      // A file Chromium wrote as it exited, gone or new while the folder is walked: the temp folder
      // is
      // left, as its contents do not matter to the test.
    }
  }
}
