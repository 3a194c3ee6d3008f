package io.github.collectiveimpact.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.collectiveimpact.json.CollectiveImpactJson;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.results.Point;
import io.github.collectiveimpact.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExamplesMainTest {
  /** A finding line of ValidationReport.toText(): severity, rule id, path, message. */
  private static final Pattern FINDING =
      Pattern.compile("^ {4}(ERROR|WARNING|INFO) +(\\S+) (\\S+): (.+)$");

  /** The output of one run. */
  private record Run(int status, String out, String err) {
    List<String> messages() {
      List<String> messages = new ArrayList<>();
      for (String line : out.split("\\R", -1)) {
        Matcher m = FINDING.matcher(line);
        if (m.matches()) {
          messages.add(m.group(4));
        }
      }
      return messages;
    }

    long linesWithRule(String ruleId) {
      return out.lines()
          .filter(l -> FINDING.matcher(l).matches() && l.contains(" " + ruleId + " "))
          .count();
    }
  }

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String previous = System.clearProperty(Options.LANG_PROPERTY);
    try {
      int status =
          ExamplesMain.run(
              args,
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8));
      return new Run(
          status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      if (previous != null) {
        System.setProperty(Options.LANG_PROPERTY, previous);
      }
    }
  }

  private static boolean hasJapanese(String text) {
    return text.codePoints()
        .mapToObj(Character.UnicodeScript::of)
        .anyMatch(
            s ->
                s == Character.UnicodeScript.HIRAGANA
                    || s == Character.UnicodeScript.KATAKANA
                    || s == Character.UnicodeScript.HAN);
  }

  @Test
  void printsOneReportPerShowcaseInitiativeAsOfTheFixedDate() {
    Run run = run();
    assertEquals(0, run.status());
    assertEquals("", run.err());
    for (Initiative initiative : ExamplesMain.showcase()) {
      assertTrue(
          run.out().contains(initiative.name() + " (" + initiative.id() + "), as of 2026-06-30: "),
          initiative.id());
    }
    // The expected findings of the four examples (see their tests): 3 + 3 + 2 + 21.
    assertEquals(29, run.messages().size());
    assertEquals(run.out(), run().out());
  }

  @Test
  void groupsEachReportByConditionWithASummaryLine() {
    String out = run().out();
    for (String title :
        List.of(
            "Common agenda",
            "Shared measurement",
            "Mutually reinforcing activities",
            "Continuous communication",
            "Backbone support")) {
      long summaries =
          out.lines()
              .filter(l -> l.matches("  " + title + ": \\d+ of \\d+ rules passed.*"))
              .count();
      assertEquals(ExamplesMain.showcase().size(), summaries, title);
    }
  }

  @Test
  void japaneseMessagesWithTheOption() {
    Run english = run();
    Run japanese = run("--lang", "ja");
    assertEquals(0, japanese.status());
    assertEquals(english.messages().size(), japanese.messages().size());
    for (String message : english.messages()) {
      assertFalse(hasJapanese(message), message);
    }
    for (String message : japanese.messages()) {
      assertTrue(hasJapanese(message), message);
    }
  }

  @Test
  void japaneseMessagesWithTheSystemProperty() {
    String previous = System.getProperty(Options.LANG_PROPERTY);
    System.setProperty(Options.LANG_PROPERTY, "ja");
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int status =
          ExamplesMain.run(
              new String[0],
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      assertEquals(0, status);
      Run run = new Run(status, out.toString(StandardCharsets.UTF_8), "");
      assertFalse(run.messages().isEmpty());
      for (String message : run.messages()) {
        assertTrue(hasJapanese(message), message);
      }
    } finally {
      if (previous == null) {
        System.clearProperty(Options.LANG_PROPERTY);
      } else {
        System.setProperty(Options.LANG_PROPERTY, previous);
      }
    }
  }

  @Test
  void theProfileOptionAppliesThePromiseNeighborhoodsProfileToEveryInitiative() {
    assertEquals(0, run().linesWithRule(PromiseNeighborhoods.REQUIRED_INDICATORS_RULE));
    // The three initiatives that are not members carry none of the 15 codes, and each gets one
    // finding that names them all; the member carries all.
    assertEquals(
        3,
        run("--profile", "promise-neighborhoods")
            .linesWithRule(PromiseNeighborhoods.REQUIRED_INDICATORS_RULE));
  }

  @Test
  void asOfSetsTheValidationDate(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("road-map.json");
    Files.writeString(
        file, CollectiveImpactJson.create().writeInitiative(RoadMapProject.initiative()));
    Run run = run("--file", file.toString(), "--as-of", "2020-01-31", "--json");
    assertEquals(0, run.status(), run.err());
    assertEquals(
        LocalDate.of(2020, 1, 31), CollectiveImpactJson.create().readReport(run.out()).asOf());
    assertTrue(run("--as-of=2025-12-31").out().contains(", as of 2025-12-31: "));
  }

  @Test
  void aBadDateIsAOneLineUsageErrorWithStatusTwo() {
    Run run = run("--as-of", "2026-02-30");
    assertEquals(2, run.status());
    assertEquals("", run.out());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().contains("--as-of must be an ISO date"), run.err());
  }

  @Test
  void aBadOptionIsAOneLineUsageErrorWithStatusTwo() {
    Run run = run("--no-such-option");
    assertEquals(2, run.status());
    assertEquals("", run.out());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("collective-impact-examples: "), run.err());
    assertTrue(run.err().contains("--no-such-option"), run.err());
    assertTrue(run.err().contains("usage: "), run.err());
  }

  @Test
  void jsonWritesTheReportsAsAnArrayThatReadsBackAsTheSameReports() throws Exception {
    Run run = run("--json");
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err());
    JsonNode array = new ObjectMapper().readTree(run.out());
    assertTrue(array.isArray(), run.out());
    List<ValidationReport> expected = ExamplesMain.reports(Options.parse());
    assertEquals(expected.size(), array.size());
    CollectiveImpactJson json = CollectiveImpactJson.create();
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), json.readReport(array.get(i).toString()));
    }
  }

  @Test
  void aFileIsValidatedLikeTheShowcase(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("road-map.json");
    Files.writeString(
        file, CollectiveImpactJson.create().writeInitiative(RoadMapProject.initiative()));
    Run text = run("--file", file.toString());
    assertEquals(0, text.status(), text.err());
    // A file is validated as of today by default.
    Options options = Options.parse("--as-of", LocalDate.now(ZoneId.systemDefault()).toString());
    assertEquals(
        ExamplesMain.validator(options, false).validate(RoadMapProject.initiative()).toText(),
        text.out());

    Run json = run("--file", file.toString(), "--json", "--lang", "ja");
    assertEquals(0, json.status(), json.err());
    ValidationReport report = CollectiveImpactJson.create().readReport(json.out());
    assertEquals(
        ExamplesMain.validator(
                Options.parse(
                    "--lang", "ja", "--as-of", LocalDate.now(ZoneId.systemDefault()).toString()),
                false)
            .validate(RoadMapProject.initiative()),
        report);
  }

  @Test
  void aMissingFileIsAOneLineErrorWithStatusOne(@TempDir Path dir) {
    Path missing = dir.resolve("no-such.json");
    Run run = run("--file", missing.toString());
    assertEquals(ExamplesMain.EXIT_INPUT, run.status());
    assertEquals("", run.out());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().contains(missing.toString()), run.err());
    assertTrue(run.err().contains("no such file"), run.err());
  }

  @Test
  void aMalformedFileNamesThePathLineAndColumn(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(
        file, "{\n  \"schemaVersion\": \"1.0\",\n  \"id\": \"x\",\n  \"name\": 42\n}\n");
    Run run = run("--file", file.toString());
    assertEquals(ExamplesMain.EXIT_INPUT, run.status());
    assertEquals("", run.out());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().contains(file.toString()), run.err());
    assertTrue(run.err().contains("/name"), run.err());
    assertTrue(run.err().contains("line 4"), run.err());
  }

  @Test
  void aMalformedFileIsReportedInTheChosenLanguage(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(
        file, "{\n  \"schemaVersion\": \"1.0\",\n  \"id\": \"x\",\n  \"name\": 42\n}\n");
    Run run = run("--file", file.toString(), "--lang", "ja");
    assertEquals(ExamplesMain.EXIT_INPUT, run.status());
    assertTrue(run.err().contains("/name（4 行目 11 列目）"), run.err());
    assertTrue(run.err().contains("文字列が必要ですが、数値があります"), run.err());
  }

  @Test
  void observationsFromCsvFilesAreAddedToTheFilesInitiativeBeforeItIsValidated(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("road-map.json");
    Initiative initiative = RoadMapProject.initiative();
    Files.writeString(file, CollectiveImpactJson.create().writeInitiative(initiative));
    String indicator = initiative.indicators().get(0).id();
    Path first = dir.resolve("q1.csv");
    Files.writeString(
        first,
        "indicatorId,periodStart,periodEnd,value\n" + indicator + ",2025-01-01,2025-03-31,41\n");
    Path second = dir.resolve("q2.csv");
    Files.writeString(
        second,
        "\uFEFFvalue,periodEnd,periodStart,indicatorId\n42.5,2025-06-30,2025-04-01,"
            + indicator
            + "\n");

    Run run =
        run(
            "--file",
            file.toString(),
            "--observations",
            first.toString(),
            "--observations",
            second.toString(),
            "--as-of",
            "2026-06-30",
            "--json");
    assertEquals(0, run.status(), run.err());
    ValidationReport report = CollectiveImpactJson.create().readReport(run.out());
    assertEquals(
        Optional.of(new Point(42.5, LocalDate.of(2025, 6, 30))),
        report.results().orElseThrow().indicator(indicator).orElseThrow().latest());
  }

  @Test
  void aBadCsvFileListsEveryProblemAndNothingIsValidated(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("road-map.json");
    Files.writeString(
        file, CollectiveImpactJson.create().writeInitiative(RoadMapProject.initiative()));
    Path csv = dir.resolve("bad.csv");
    Files.writeString(
        csv,
        "indicatorId,periodStart,periodEnd,value\n"
            + "x,2025-01-01,2025-03-31,12\n"
            + "x,2025-01-01,2025-03-31,\"12,5\"\n"
            + "x,2025-13-01,2025-03-31,1\n");
    Run run = run("--file", file.toString(), "--observations", csv.toString());
    assertEquals(ExamplesMain.EXIT_INPUT, run.status());
    assertEquals("", run.out());
    List<String> lines = run.err().lines().toList();
    assertEquals(3, lines.size(), run.err());
    assertTrue(lines.get(0).startsWith("collective-impact-examples: " + csv + ": "), run.err());
    assertTrue(lines.get(1).contains("line 3, column 4 (value)"), run.err());
    assertTrue(lines.get(2).contains("line 4, column 2 (periodStart)"), run.err());

    Run missing =
        run("--file", file.toString(), "--observations", dir.resolve("none.csv").toString());
    assertEquals(ExamplesMain.EXIT_INPUT, missing.status());
    assertTrue(missing.err().contains("none.csv: no such file"), missing.err());
  }

  @Test
  void observationsWithoutAFileAreAUsageError() {
    Run run = run("--observations", "q1.csv");
    assertEquals(ExamplesMain.EXIT_USAGE, run.status());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().contains("--observations needs --file"), run.err());
  }

  @Test
  void helpPrintsTheUsageAndExitsNormally() {
    Run run = run("--help");
    assertEquals(0, run.status());
    assertEquals("", run.err());
    assertTrue(run.out().startsWith("usage: collective-impact-examples "), run.out());
    assertTrue(run.out().contains("--profile promise-neighborhoods"), run.out());
    assertTrue(run.out().contains("--observations FILE.csv"), run.out());
  }
}
