package io.github.collectiveimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.collectiveimpact.html.HtmlReport;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.Observation;
import io.github.collectiveimpact.model.ReportingPeriod;
import io.github.collectiveimpact.profiles.Profiles;
import io.github.collectiveimpact.validation.Severity;
import io.github.collectiveimpact.validation.ValidationReport;
import io.github.collectiveimpact.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validate command, run in-process: its output, its errors and its exit statuses. */
class ValidateCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  @TempDir Path dir;

  private static ValidationReport validate(Initiative initiative, Locale locale) {
    return Validator.builder().asOf(Cli.AS_OF).locale(locale).build().validate(initiative);
  }

  @Test
  void oneCleanDocumentPrintsItsReportsTextAndExitsZero() {
    Path file = Cli.write(dir, "clean.json", Cli.clean());
    Cli.Result result = Cli.run("validate", "--as-of", Cli.AS_OF.toString(), file.toString());
    assertEquals(0, result.status(), result.err());
    assertEquals(validate(Cli.clean(), Locale.ROOT).toText(), result.out());
    assertEquals("", result.err());
  }

  @Test
  void oneDocumentAsJsonIsExactlyItsReport() throws IOException {
    Path file = Cli.write(dir, "error.json", Cli.withError());
    Cli.Result result =
        Cli.run("validate", "--format", "json", "--as-of", "2026-06-30", file.toString());
    assertEquals(1, result.status(), result.err());
    ValidationReport expected = validate(Cli.withError(), Locale.ROOT);
    assertEquals(expected, Cli.JSON.readReport(result.out()));
    assertEquals(MAPPER.readTree(Cli.JSON.writeReport(expected)), MAPPER.readTree(result.out()));
  }

  @Test
  void htmlIsTheReportsPageForOneDocumentAndTheNetworkOverviewForSeveral() {
    Path error = Cli.write(dir, "error.json", Cli.withError());
    Cli.Result one =
        Cli.run(
            "validate",
            "--format",
            "html",
            "--lang",
            "ja",
            "--as-of",
            "2026-06-30",
            error.toString());
    assertEquals(1, one.status(), one.err());
    ValidationReport expected = validate(Cli.withError(), Locale.JAPANESE);
    assertEquals(HtmlReport.of(Locale.JAPANESE).render(expected, Cli.withError()), one.out());
    Path clean = Cli.write(dir, "clean.json", Cli.clean());
    Cli.Result several =
        Cli.run(
            "validate",
            "--format",
            "html",
            "--as-of",
            "2026-06-30",
            error.toString(),
            clean.toString());
    assertTrue(several.out().startsWith("<!DOCTYPE html>"), several.out());
    assertTrue(several.out().contains(expected.initiativeName()), several.out());
    assertFalse(several.out().contains("<script"), several.out());
  }

  @Test
  void theDateDefaultsToTheEnvironmentsToday() {
    Path file = Cli.write(dir, "clean.json", Cli.clean());
    LocalDate later = Cli.AS_OF.plusYears(3);
    Cli.Result result =
        Cli.run(new Environment(Locale.ENGLISH, false, later, 2), "validate", file.toString());
    assertTrue(result.out().contains("as of " + later), result.out());
  }

  @Test
  void theLanguageComesFromLangElseFromTheLocale() {
    Path file = Cli.write(dir, "error.json", Cli.withError());
    String japanese = validate(Cli.withError(), Locale.JAPANESE).toText();
    assertEquals(japanese, Cli.run("validate", "--lang", "ja", file.toString()).out());
    assertEquals(
        japanese,
        Cli.run(new Environment(Locale.JAPAN, false, Cli.AS_OF, 2), "validate", file.toString())
            .out());
    assertEquals(
        validate(Cli.withError(), Locale.ROOT).toText(),
        Cli.run(
                new Environment(Locale.JAPAN, false, Cli.AS_OF, 2),
                "validate",
                "--lang=en",
                file.toString())
            .out());
  }

  @Test
  void severalDocumentsAsJsonHaveTheReportsInInputOrderTheSummaryAndTheProblems()
      throws IOException {
    Path b = Cli.write(dir, "b.json", Cli.clean().withId("b"));
    Path a = Cli.write(dir, "a.json", Cli.withError().withId("a"));
    Path bad = Cli.writeText(dir, "bad.json", "{\"schemaVersion\": \"1.1\",\n  \"id\": 7\n}");
    Cli.Result result =
        Cli.run(
            "validate",
            "--format=json",
            b.toString(),
            bad.toString(),
            dir.resolve("missing.json").toString(),
            a.toString());
    assertEquals(3, result.status(), result.err());
    JsonNode json = MAPPER.readTree(result.out());
    List<String> ids = new ArrayList<>();
    json.get("reports").forEach(r -> ids.add(r.get("initiativeId").asText()));
    assertEquals(List.of("b", "a"), ids);
    JsonNode summary = json.get("summary");
    assertEquals(4, summary.get("documents").asInt());
    assertEquals(2, summary.get("read").asInt());
    assertEquals(2, summary.get("unreadable").asInt());
    assertEquals(1, summary.get("findings").get("error").asInt());
    assertEquals(0, summary.get("findings").get("warning").asInt());
    assertEquals(1, summary.get("failing").asInt());
    assertEquals("error", summary.get("failOn").asText());
    JsonNode problems = json.get("problems");
    assertEquals(2, problems.size());
    assertEquals(bad.toString(), problems.get(0).get("file").asText());
    assertEquals("/id", problems.get(0).get("path").asText());
    assertEquals(2, problems.get(0).get("line").asInt());
    assertEquals(9, problems.get(0).get("column").asInt());
    assertTrue(problems.get(0).get("message").asText().startsWith("Invalid document at /id"));
    assertEquals(dir.resolve("missing.json").toString(), problems.get(1).get("file").asText());
    assertTrue(problems.get(1).get("line").isNull());
    for (JsonNode report : json.get("reports")) {
      assertEquals(
          Cli.JSON.readReport(report.toString()).initiativeId(),
          report.get("initiativeId").asText());
    }
  }

  @Test
  void eachBadInputIsOneLineOnStandardErrorAndTheOthersAreStillReported() {
    Path good = Cli.write(dir, "good.json", Cli.clean());
    Path bad = Cli.writeText(dir, "road-map.json", "{\"schemaVersion\": \"1.1\", \"id\": 7}");
    Cli.Result result = Cli.run("validate", good.toString(), bad.toString(), "missing.json");
    assertEquals(3, result.status());
    List<String> lines = result.err().lines().toList();
    assertEquals(2, lines.size(), result.err());
    assertTrue(
        lines
            .get(0)
            .startsWith("collective-impact: " + bad + ": Invalid document at /id (line 1, column "),
        lines.get(0));
    assertEquals("collective-impact: missing.json: no such file or folder", lines.get(1));
    assertFalse(result.err().contains("Exception"), result.err());
    assertFalse(result.err().contains("\tat "), result.err());
    assertTrue(result.out().contains("== " + good), result.out());
    assertTrue(result.out().contains("Documents: 3 (1 read, 2 not read)"), result.out());
    assertTrue(result.out().contains("Not read: missing.json"), result.out());
  }

  @Test
  void theProblemLineIsInJapaneseWithLangJa() {
    Path bad = Cli.writeText(dir, "bad.json", "{\"schemaVersion\": \"1.1\", \"id\": 7}");
    Cli.Result result = Cli.run("validate", "--lang", "ja", bad.toString());
    assertEquals(3, result.status());
    assertTrue(result.err().contains(bad + ": 文書が不正です。場所 /id(1 行 "), result.err());
    assertEquals("", result.out());
  }

  @Test
  void aFolderGivesItsJsonFilesSortedAndRecursiveAddsItsSubfolders() throws IOException {
    Cli.write(dir, "b.json", Cli.clean().withId("b"));
    Cli.write(dir, "a.json", Cli.clean().withId("a"));
    Cli.write(dir, "sub/c.json", Cli.clean().withId("c"));
    Files.writeString(dir.resolve("notes.txt"), "not a document", StandardCharsets.UTF_8);
    assertEquals(List.of("a", "b"), ids(Cli.run("validate", "--format", "json", dir.toString())));
    assertEquals(
        List.of("a", "b", "c"),
        ids(Cli.run("validate", "--format", "json", "--recursive", dir.toString())));
  }

  private static List<String> ids(Cli.Result result) throws IOException {
    List<String> ids = new ArrayList<>();
    MAPPER
        .readTree(result.out())
        .get("reports")
        .forEach(r -> ids.add(r.get("initiativeId").asText()));
    return ids;
  }

  @Test
  void anEmptyFolderIsBadInput() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Cli.Result result = Cli.run("validate", empty.toString());
    assertEquals(3, result.status());
    assertEquals(
        "collective-impact: " + empty + ": the folder has no *.json document\n", result.err());
  }

  @Test
  void failOnSetsWhichFindingsFailTheRun() {
    Initiative warned = Cli.clean().withLaunchDate(java.util.Optional.empty());
    ValidationReport report = validate(warned, Locale.ROOT);
    Path file = Cli.write(dir, "file.json", warned);
    Path error = Cli.write(dir, "error.json", Cli.withError());
    if (report.count(Severity.WARNING) > 0 && report.count(Severity.ERROR) == 0) {
      assertEquals(0, Cli.run("validate", file.toString()).status());
      assertEquals(1, Cli.run("validate", "--fail-on", "warning", file.toString()).status());
    } else {
      assertEquals(0, Cli.run("validate", "--fail-on", "never", file.toString()).status());
    }
    assertEquals(1, Cli.run("validate", error.toString()).status());
    assertEquals(1, Cli.run("validate", "--fail-on=warning", error.toString()).status());
    assertEquals(0, Cli.run("validate", "--fail-on", "never", error.toString()).status());
  }

  @Test
  void aProfileByNameOrByDocumentApplies() {
    Path file = Cli.write(dir, "clean.json", Cli.clean());
    Cli.Result named =
        Cli.run("validate", "--profile", Profiles.PROMISE_NEIGHBORHOODS, file.toString());
    assertEquals(0, named.status(), named.err());
    assertTrue(named.out().contains("PN-001"), named.out());
    Path profile =
        Cli.writeText(
            dir,
            "network.profile.json",
            "{\"schemaVersion\": \"1.0\", \"name\": \"Strict\", \"requiredIndicatorCodes\":"
                + " {\"ruleId\": \"NET-001\", \"catalogue\": \"network\", \"codes\": [\"N-1\"]},"
                + " \"severities\": {\"NET-001\": \"error\"}}");
    Cli.Result strict = Cli.run("validate", "--profile", profile.toString(), file.toString());
    assertEquals(1, strict.status(), strict.err());
    assertTrue(strict.out().contains("ERROR   NET-001 /indicators"), strict.out());
  }

  @Test
  void aBadProfileIsAUsageErrorWithWhereInTheDocument() {
    Path file = Cli.write(dir, "clean.json", Cli.clean());
    Path profile =
        Cli.writeText(
            dir,
            "p.profile.json",
            "{\"schemaVersion\": \"1.0\", \"name\": \"N\", \"disabledRules\": [\"ZZ-999\"]}");
    Cli.Result result = Cli.run("validate", "--profile", profile.toString(), file.toString());
    assertEquals(2, result.status());
    assertTrue(
        result.err().contains(profile + ": Invalid document at /disabledRules/0 (line 1, column "),
        result.err());
    assertTrue(result.err().contains("ZZ-999"), result.err());
    Cli.Result unknown = Cli.run("validate", "--profile", "no-such-network", file.toString());
    assertEquals(2, unknown.status());
    assertTrue(unknown.err().contains("no-such-network"), unknown.err());
  }

  @Test
  void outputGoesToAFileOrIntoAFolder() throws IOException {
    Path file = Cli.write(dir, "clean.json", Cli.clean());
    Path target = dir.resolve("out.json");
    Cli.Result result =
        Cli.run("validate", "--format", "json", "--output", target.toString(), file.toString());
    assertEquals(0, result.status(), result.err());
    assertEquals("", result.out());
    assertEquals(validate(Cli.clean(), Locale.ROOT), Cli.JSON.readReport(Files.readString(target)));
    Path folder = Files.createDirectories(dir.resolve("reports"));
    Cli.run("validate", "--output", folder.toString(), file.toString(), file.toString());
    assertTrue(Files.readString(folder.resolve("report.txt")).contains("== Summary"));
  }

  @Test
  void lenientSkipsUnknownPropertiesAndSaysWhich() {
    String document = Cli.JSON.writeInitiative(Cli.clean()).replaceFirst("\\{", "{\"future\": 1, ");
    Path file = Cli.writeText(dir, "newer.json", document);
    assertEquals(3, Cli.run("validate", file.toString()).status());
    Cli.Result lenient = Cli.run("validate", "--lenient", file.toString());
    assertEquals(0, lenient.status(), lenient.err());
    assertTrue(lenient.err().contains("future"), lenient.err());
  }

  @Test
  void theProgressBarIsDrawnOnlyWithAConsoleForSeveralDocumentsAndNeverWithEscapes() {
    Path a = Cli.write(dir, "a.json", Cli.clean());
    Path b = Cli.write(dir, "b.json", Cli.clean());
    Environment console = new Environment(Locale.ENGLISH, true, Cli.AS_OF, 2);
    Cli.Result shown = Cli.run(console, "validate", a.toString(), b.toString());
    assertTrue(shown.err().contains("\r["), shown.err());
    assertTrue(shown.err().contains("2/2"), shown.err());
    assertFalse(shown.err().contains("\u001b"));
    assertFalse(shown.out().contains("\u001b"));
    Cli.Result one = Cli.run(console, "validate", a.toString());
    assertEquals("", one.err());
    Cli.Result piped = Cli.run("validate", a.toString(), b.toString());
    assertEquals("", piped.err());
    assertFalse(piped.out().contains("\u001b"));
  }

  @Test
  void badValuesAreUsageErrors() {
    Path file = Cli.write(dir, "clean.json", Cli.clean());
    String f = file.toString();
    String[][] lines = {
      {"validate", "--format", "pdf", f},
      {"validate", "--fail-on", "info", f},
      {"validate", "--as-of", "30/06/2026", f},
      {"validate", "--threads", "0", f},
      {"validate", "--threads", "many", f},
      {"validate", "--lang", "fr", f},
      {"validate", "--unknown", f},
      {"validate"},
      {"validate", "--as-of"},
      {"unknown-command"},
      {},
    };
    for (String[] line : lines) {
      Cli.Result result = Cli.run(line);
      assertEquals(2, result.status(), String.join(" ", line) + ": " + result.err());
      assertEquals("", result.out(), String.join(" ", line));
      assertFalse(result.err().contains("\tat "), result.err());
      assertFalse(result.err().isEmpty(), String.join(" ", line));
    }
    assertTrue(
        Cli.run("validate", "--format", "pdf", f)
            .err()
            .startsWith(
                "collective-impact: invalid value for --format: \"pdf\"; expected text|json|html"));
    assertTrue(
        Cli.run("validate", "--unknown", f)
            .err()
            .contains("unknown option or argument: --unknown"));
  }

  @Test
  void anyNumberOfThreadsGivesTheSameOutput() {
    List<String> args = new ArrayList<>(List.of("validate", "--format", "json"));
    for (int i = 0; i < 6; i++) {
      args.add(
          Cli.write(
                  dir,
                  "d" + i + ".json",
                  i % 2 == 0 ? Cli.clean().withId("d" + i) : Cli.withError().withId("d" + i))
              .toString());
    }
    String one = run(args, "1");
    assertEquals(one, run(args, "3"));
    assertEquals(one, run(args, "8"));
  }

  private static String run(List<String> args, String threads) {
    List<String> all = new ArrayList<>(args);
    all.add(1, "--threads=" + threads);
    return Cli.run(all.toArray(String[]::new)).out();
  }

  /** The clean initiative without the observations of its first indicator, and that indicator's id. */
  private static Initiative withoutObservationsOf(String indicatorId) {
    return Cli.clean()
        .withObservations(
            Cli.clean().observations().stream()
                .filter(o -> !o.indicatorId().equals(indicatorId))
                .toList());
  }

  private static String firstIndicator() {
    return Cli.clean().indicators().get(0).id();
  }

  @Test
  void theObservationsOfAGoodCsvAppearInTheReportsResults() throws IOException {
    String indicator = firstIndicator();
    Path file = Cli.write(dir, "initiative.json", withoutObservationsOf(indicator));
    Path csv =
        Cli.writeText(
            dir,
            "district.csv",
            "value,indicatorId,periodEnd,periodStart\n"
                + "40,"
                + indicator
                + ",2025-06-30,2024-07-01\n"
                + "45,"
                + indicator
                + ",2026-06-30,2025-07-01\n");
    Cli.Result result =
        Cli.run(
            "validate",
            "--format",
            "json",
            "--as-of",
            "2026-06-30",
            "--observations",
            csv.toString(),
            file.toString());
    assertEquals("", result.err());
    JsonNode latest = null;
    for (JsonNode node : MAPPER.readTree(result.out()).path("results").path("indicators")) {
      if (node.path("indicatorId").asText().equals(indicator)) {
        latest = node.path("latest");
      }
    }
    assertTrue(latest != null && latest.isObject(), result.out());
    assertEquals(45.0, latest.path("value").asDouble());
    assertEquals("2026-06-30", latest.path("periodEnd").asText());

    Cli.Result without =
        Cli.run("validate", "--format", "json", "--as-of", "2026-06-30", file.toString());
    for (JsonNode node : MAPPER.readTree(without.out()).path("results").path("indicators")) {
      if (node.path("indicatorId").asText().equals(indicator)) {
        assertTrue(node.path("latest").isMissingNode(), node.toString());
      }
    }
  }

  @Test
  void theHtmlPageOfOneDocumentChartsTheSeriesWithTheObservationsOfTheCsv() {
    String indicator = firstIndicator();
    Initiative document = withoutObservationsOf(indicator);
    Path file = Cli.write(dir, "initiative.json", document);
    Path csv =
        Cli.writeText(
            dir,
            "district.csv",
            "indicatorId,periodStart,periodEnd,value\n"
                + indicator
                + ",2024-07-01,2025-06-30,38.25\n"
                + indicator
                + ",2025-07-01,2026-06-30,45\n");
    Cli.Result page =
        Cli.run(
            "validate",
            "--format",
            "html",
            "--as-of",
            "2026-06-30",
            "--observations",
            csv.toString(),
            file.toString());
    assertEquals("", page.err());
    // The earlier value is in the series only: the report alone carries the latest value.
    assertTrue(page.out().contains("<td class=\"num\">38.25</td>"), page.out());
    assertTrue(page.out().contains("observation: 38.25, 2025-06-30"), page.out());

    List<Observation> observations = new ArrayList<>(document.observations());
    observations.add(observation(indicator, LocalDate.of(2024, 7, 1), 38.25));
    observations.add(observation(indicator, LocalDate.of(2025, 7, 1), 45));
    Initiative merged = document.withObservations(observations);
    ValidationReport report = validate(merged, Locale.ROOT);
    assertEquals(HtmlReport.of(Locale.ENGLISH).render(report, merged), page.out());
    assertFalse(HtmlReport.of(Locale.ENGLISH).render(report).contains("38.25"));

    Cli.Result without =
        Cli.run("validate", "--format", "html", "--as-of", "2026-06-30", file.toString());
    assertFalse(without.out().contains("38.25"), without.out());
  }

  /** An observation of one year from the given start, as a CSV row without partner or group gives it. */
  private static Observation observation(String indicator, LocalDate start, double value) {
    return Observation.builder()
        .indicatorId(indicator)
        .period(ReportingPeriod.of(start, start.plusYears(1).minusDays(1)))
        .value(value)
        .build();
  }

  @Test
  void severalCsvFilesAreAddedInOrderAndASemicolonSeparatorIsAnOption() throws IOException {
    String indicator = firstIndicator();
    Path file = Cli.write(dir, "initiative.json", withoutObservationsOf(indicator));
    Path first =
        Cli.writeText(
            dir,
            "first.csv",
            "indicatorId;periodStart;periodEnd;value\n"
                + indicator
                + ";2024-07-01;2025-06-30;40.5\n");
    Path second =
        Cli.writeText(
            dir,
            "second.csv",
            "indicatorId;periodStart;periodEnd;value\n"
                + indicator
                + ";2025-07-01;2026-06-30;41.5\n");
    Cli.Result result =
        Cli.run(
            "validate",
            "--format",
            "json",
            "--as-of",
            "2026-06-30",
            "--csv-separator",
            ";",
            "--observations",
            first.toString(),
            "--observations",
            second.toString(),
            file.toString());
    assertEquals("", result.err());
    boolean found = false;
    for (JsonNode node : MAPPER.readTree(result.out()).path("results").path("indicators")) {
      if (node.path("indicatorId").asText().equals(indicator)) {
        found = true;
        assertEquals(41.5, node.path("latest").path("value").asDouble(), node.toString());
      }
    }
    assertTrue(found, result.out());
  }

  @Test
  void aCsvWithABadValueOnItsThirdLineIsRefusedWithLine3AndTheColumnsName() {
    String indicator = firstIndicator();
    Path file = Cli.write(dir, "initiative.json", Cli.clean());
    Path csv =
        Cli.writeText(
            dir,
            "district.csv",
            "indicatorId,periodStart,periodEnd,value\n"
                + indicator
                + ",2024-07-01,2025-06-30,40\n"
                + indicator
                + ",2025-07-01,2026-06-30,12,5\n"
                + indicator
                + ",2025-07-01,2026-06-30,abc\n");
    Cli.Result result =
        Cli.run(
            "validate", "--as-of", "2026-06-30", "--observations", csv.toString(), file.toString());
    assertEquals(3, result.status(), result.err());
    assertEquals("", result.out());
    assertTrue(result.err().startsWith("collective-impact: " + csv + ": "), result.err());
    assertTrue(result.err().contains("2 problems"), result.err());
    assertTrue(result.err().contains("line 3"), result.err());
    assertTrue(result.err().contains("line 4, column 4 (value)"), result.err());
    assertFalse(result.err().contains("Exception"), result.err());

    Cli.Result json =
        Cli.run(
            "validate",
            "--format",
            "json",
            "--as-of",
            "2026-06-30",
            "--observations",
            csv.toString(),
            file.toString(),
            "--lang",
            "ja");
    assertEquals(3, json.status(), json.err());
    assertTrue(json.err().contains("3 行"), json.err());
  }

  @Test
  void aMissingCsvFileIsBadInputNamedByItsOwnName() {
    Path file = Cli.write(dir, "initiative.json", Cli.clean());
    Cli.Result result =
        Cli.run("validate", "--observations", dir.resolve("none.csv").toString(), file.toString());
    assertEquals(3, result.status(), result.err());
    assertEquals(
        "collective-impact: " + dir.resolve("none.csv") + ": no such file or folder\n",
        result.err());
  }

  @Test
  void observationsWithSeveralDocumentsOrABadSeparatorAreUsageErrors() {
    Path a = Cli.write(dir, "a.json", Cli.clean().withId("a"));
    Path b = Cli.write(dir, "b.json", Cli.clean().withId("b"));
    Path csv = Cli.writeText(dir, "x.csv", "indicatorId,periodStart,periodEnd,value\n");
    Cli.Result several =
        Cli.run("validate", "--observations", csv.toString(), a.toString(), b.toString());
    assertEquals(2, several.status(), several.err());
    assertTrue(several.err().contains("--observations needs exactly one document"), several.err());
    Cli.Result folder = Cli.run("validate", "--observations", csv.toString(), dir.toString());
    assertEquals(2, folder.status(), folder.err());
    Cli.Result separator =
        Cli.run("validate", "--csv-separator", "|", "--observations", csv.toString(), a.toString());
    assertEquals(2, separator.status(), separator.err());
    assertTrue(separator.err().contains("--csv-separator"), separator.err());
  }

  @Test
  void aRowOfAnIndicatorTheDocumentLacksIsReadAndIsTheReportsFinding() {
    Path file = Cli.write(dir, "initiative.json", Cli.clean());
    Path csv =
        Cli.writeText(
            dir,
            "x.csv",
            "indicatorId,periodStart,periodEnd,value\nno-such,2025-07-01,2026-06-30,1\n");
    Cli.Result result =
        Cli.run(
            "validate", "--as-of", "2026-06-30", "--observations", csv.toString(), file.toString());
    assertEquals(1, result.status(), result.err());
    assertEquals("", result.err());
    assertTrue(result.out().contains("ST-002"), result.out());
    assertTrue(result.out().contains("no-such"), result.out());
  }
}
