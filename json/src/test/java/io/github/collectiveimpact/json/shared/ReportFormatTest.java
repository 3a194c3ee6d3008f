package io.github.collectiveimpact.json.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.collectiveimpact.json.format.InitiativeFormatException;
import io.github.collectiveimpact.json.format.ReadResult;
import io.github.collectiveimpact.validation.Category;
import io.github.collectiveimpact.validation.CategorySummary;
import io.github.collectiveimpact.validation.Finding;
import io.github.collectiveimpact.validation.Severity;
import io.github.collectiveimpact.validation.ValidationReport;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validation report format, checked against a report document written by hand. Another binding runs
 * the same cases by overriding {@link #binding}.
 */
public class ReportFormatTest {
  private final Binding json = binding(Binding.Options.DEFAULTS);
  private static final ObjectMapper PLAIN = new ObjectMapper();

  /**
   * The binding under test.
   *
   * @param options the facade's options
   * @return the Jackson 2 binding; another binding's subclass gives its own
   */
  protected Binding binding(Binding.Options options) {
    return Binding.jackson2(options);
  }

  /** One property (or one finding) per line, so that tests can edit it by text. */
  static final String REPORT =
      """
      {
        "schemaVersion": "1.1",
        "initiativeId": "road-map",
        "initiativeName": "The Road Map Project",
        "asOf": "2026-06-30",
        "valid": false,
        "summary": {
          "countsBySeverity": {"error": 1, "warning": 1, "info": 0},
          "countsByCategory": {"structure": 1, "common_agenda": 0, "shared_measurement": 1, "mutually_reinforcing_activities": 0, "continuous_communication": 0, "backbone_support": 0},
          "categories": [
            {"category": "structure", "passedRuleIds": ["ST-001"], "failedRuleIds": ["ST-002"]},
            {"category": "common_agenda", "passedRuleIds": ["CA-001"], "failedRuleIds": []},
            {"category": "shared_measurement", "passedRuleIds": [], "failedRuleIds": ["SM-004"]},
            {"category": "mutually_reinforcing_activities", "passedRuleIds": [], "failedRuleIds": []},
            {"category": "continuous_communication", "passedRuleIds": [], "failedRuleIds": []},
            {"category": "backbone_support", "passedRuleIds": [], "failedRuleIds": []}
          ]
        },
        "findings": [
          {"ruleId": "ST-002", "category": "structure", "severity": "error", "path": "/partners/1", "paths": ["/partners/1"], "message": "Partner id p1 is used twice", "arguments": ["p1"], "source": "Model integrity"},
          {"ruleId": "SM-004", "category": "shared_measurement", "condition": "shared_measurement", "severity": "warning", "path": "/indicators", "paths": ["/indicators/0/baseline", "/indicators/2/baseline"], "message": "No baseline", "arguments": ["i1", "2026-06-30"], "source": "Kania and Kramer 2011"}
        ]
      }
      """;

  /** A report as version 1.0 wrote it: no finding has paths. */
  static final String REPORT_1_0 =
      """
      {
        "schemaVersion": "1.0",
        "initiativeId": "road-map",
        "initiativeName": "The Road Map Project",
        "asOf": "2026-06-30",
        "valid": false,
        "summary": {
          "countsBySeverity": {"error": 1, "warning": 1, "info": 0},
          "countsByCategory": {"structure": 1, "common_agenda": 0, "shared_measurement": 1, "mutually_reinforcing_activities": 0, "continuous_communication": 0, "backbone_support": 0},
          "categories": [
            {"category": "structure", "passedRuleIds": ["ST-001"], "failedRuleIds": ["ST-002"]},
            {"category": "common_agenda", "passedRuleIds": ["CA-001"], "failedRuleIds": []},
            {"category": "shared_measurement", "passedRuleIds": [], "failedRuleIds": ["SM-004"]},
            {"category": "mutually_reinforcing_activities", "passedRuleIds": [], "failedRuleIds": []},
            {"category": "continuous_communication", "passedRuleIds": [], "failedRuleIds": []},
            {"category": "backbone_support", "passedRuleIds": [], "failedRuleIds": []}
          ]
        },
        "findings": [
          {"ruleId": "ST-002", "category": "structure", "severity": "error", "path": "/partners/1", "message": "Partner id p1 is used twice", "arguments": ["p1"], "source": "Model integrity"},
          {"ruleId": "SM-004", "category": "shared_measurement", "condition": "shared_measurement", "severity": "warning", "path": "/indicators/0/baseline", "message": "No baseline", "arguments": ["i1", "2026-06-30"], "source": "Kania and Kramer 2011"}
        ]
      }
      """;

  /** The report {@link #REPORT} describes. */
  public static ValidationReport report() {
    return ValidationReport.of(
        "road-map",
        "The Road Map Project",
        LocalDate.of(2026, 6, 30),
        List.of(
            new CategorySummary(Category.STRUCTURE, List.of("ST-001"), List.of("ST-002")),
            new CategorySummary(Category.COMMON_AGENDA, List.of("CA-001"), List.of()),
            new CategorySummary(Category.SHARED_MEASUREMENT, List.of(), List.of("SM-004"))),
        List.of(
            new Finding(
                "SM-004",
                Category.SHARED_MEASUREMENT,
                Severity.WARNING,
                "/indicators",
                List.of("/indicators/0/baseline", "/indicators/2/baseline"),
                "No baseline",
                List.of("i1", "2026-06-30"),
                "Kania and Kramer 2011"),
            new Finding(
                "ST-002",
                Category.STRUCTURE,
                Severity.ERROR,
                "/partners/1",
                "Partner id p1 is used twice",
                List.of("p1"),
                "Model integrity")));
  }

  private static String reportWith(String target, String replacement) {
    assertEquals(REPORT.indexOf(target), REPORT.lastIndexOf(target), target);
    assertTrue(REPORT.contains(target), target);
    return REPORT.replace(target, replacement);
  }

  @Test
  void readingTheHandWrittenReportGivesTheReport() throws Exception {
    assertEquals(report(), json.readReport(REPORT));
    assertEquals(report(), json.readReport(new StringReader(REPORT)));
  }

  @Test
  void aReportOfVersionOneZeroReadsWithEachFindingAboutItsPath() throws Exception {
    ValidationReport read = json.readReport(REPORT_1_0);
    for (Finding f : read.findings()) {
      assertEquals(List.of(f.path()), f.paths());
    }
    assertEquals(
        List.of("/indicators/0/baseline", "/partners/1"),
        read.findings().stream().map(Finding::path).sorted().toList());
  }

  @Test
  void writingTheReportGivesTheHandWrittenDocumentWithoutItsWhitespace() throws Exception {
    assertEquals(PLAIN.writeValueAsString(PLAIN.readTree(REPORT)), json.writeReport(report()));
  }

  @Test
  void aReportOfSchemaVersion10WithoutResultsStillReads() throws Exception {
    ValidationReport read =
        json.readReport(reportWith("\"schemaVersion\": \"1.1\"", "\"schemaVersion\": \"1.0\""));
    assertEquals(report(), read);
    assertTrue(read.results().isEmpty());
  }

  @Test
  void theDerivedPropertiesMayBeLeftOut() throws Exception {
    String bare =
        reportWith("\"valid\": false,\n", "")
            .replaceAll("\"countsBy\\w+\": \\{[^}]*\\},\\n *", "")
            .replace("\"condition\": \"shared_measurement\", ", "");
    assertEquals(report(), json.readReport(bare));
  }

  static Stream<Arguments> badReports() {
    return Stream.of(
        Arguments.of(
            reportWith("\"schemaVersion\": \"1.1\",\n", ""),
            "/schemaVersion",
            "missing required property"),
        Arguments.of(
            reportWith("\"schemaVersion\": \"1.1\"", "\"schemaVersion\": \"2.1\""),
            "/schemaVersion",
            "not a supported schema version"),
        Arguments.of(
            reportWith("\"asOf\": \"2026-06-30\"", "\"asOf\": \"30.06.2026\""),
            "/asOf",
            "\"30.06.2026\" is not a date of the form \"2020-06-30\""),
        Arguments.of(
            reportWith("\"valid\": false", "\"valid\": true"), "/valid", "\"valid\" is true"),
        Arguments.of(
            reportWith("\"valid\": false", "\"valid\": \"no\""),
            "/valid",
            "expected true or false"),
        Arguments.of(
            reportWith("{\"error\": 1,", "{\"error\": 2,"),
            "/summary/countsBySeverity/error",
            "does not match"),
        Arguments.of(
            reportWith("{\"error\": 1,", "{\"error\": -1,"),
            "/summary/countsBySeverity/error",
            "-1 must not be negative"),
        Arguments.of(
            reportWith(
                "{\"error\": 1, \"warning\": 1, \"info\": 0}", "{\"error\": 1, \"warning\": 1}"),
            "/summary/countsBySeverity/info",
            "missing required property \"info\""),
        Arguments.of(
            reportWith("\"info\": 0}", "\"info\": 0, \"fatal\": 0}"),
            "/summary/countsBySeverity/fatal",
            "unknown property \"fatal\""),
        Arguments.of(
            reportWith("\"structure\": 1,", "\"structure\": 1.5,"),
            "/summary/countsByCategory/structure",
            "1.5 is not a whole number"),
        Arguments.of(
            reportWith(
                "{\"category\": \"common_agenda\", \"passedRuleIds\": [\"CA-001\"]",
                "{\"category\": \"structure\", \"passedRuleIds\": [\"CA-001\"]"),
            "/summary/categories/1/category",
            "a second summary of category \"structure\""),
        Arguments.of(
            reportWith("\"passedRuleIds\": [\"ST-001\"]", "\"passedRuleIds\": [\"ST-002\"]"),
            "/summary/categories/0/failedRuleIds/0",
            "both passed and failed"),
        Arguments.of(
            reportWith("\"passedRuleIds\": [\"ST-001\"]", "\"passedRuleIds\": [\"ST-001\", 7]"),
            "/summary/categories/0/passedRuleIds/1",
            "expected a string but found a number"),
        Arguments.of(
            reportWith("\"failedRuleIds\": [\"SM-004\"]", "\"failedRuleIds\": []"),
            "/findings/1/ruleId",
            "not among the failed rules of category \"shared_measurement\""),
        Arguments.of(
            reportWith("\"condition\": \"shared_measurement\"", "\"condition\": \"common_agenda\""),
            "/findings/1/condition",
            "does not match category"),
        Arguments.of(
            reportWith("\"severity\": \"error\"", "\"severity\": \"fatal\""),
            "/findings/0/severity",
            "is not one of error, warning, info"),
        Arguments.of(
            reportWith("\"path\": \"/partners/1\"", "\"path\": \"partners/1\""),
            "/findings/0/path",
            "not a JSON Pointer"),
        Arguments.of(
            reportWith("\"arguments\": [\"p1\"]", "\"arguments\": [\"p1\", null]"),
            "/findings/0/arguments/1",
            "null is not allowed as an element"),
        Arguments.of(
            reportWith(", \"source\": \"Model integrity\"", ""),
            "/findings/0/source",
            "missing required property \"source\""),
        Arguments.of(
            reportWith(
                "\"source\": \"Model integrity\"",
                "\"source\": \"Model integrity\", \"hint\": \"x\""),
            "/findings/0/hint",
            "unknown property \"hint\"; expected one of arguments"),
        Arguments.of(
            reportWith("\"findings\": [", "\"findings\": {}, \"x\": ["),
            "/findings",
            "expected an array but found an object"),
        Arguments.of(
            reportWith("\"initiativeId\": \"road-map\"", "\"initiativeId\": null"),
            "/initiativeId",
            "null is not allowed"),
        Arguments.of(
            reportWith(
                "\"initiativeId\": \"road-map\",",
                "\"initiativeId\": \"road-map\", \"initiativeId\": \"x\","),
            "/initiativeId",
            "property \"initiativeId\" is given twice"),
        Arguments.of(REPORT + "[]", "", "after the document"));
  }

  @ParameterizedTest
  @MethodSource("badReports")
  void aBadReportGivesOneTypedErrorAtItsPointer(String document, String path, String problem) {
    InitiativeFormatException e =
        assertThrows(InitiativeFormatException.class, () -> json.readReport(document));
    assertEquals(path, e.path(), e.getMessage());
    assertTrue(e.problem().contains(problem), e.getMessage());
    assertTrue(e.line() >= 1 && e.column() >= 1, e.getMessage());
  }

  @Test
  void aCountErrorPointsAtTheCount() {
    InitiativeFormatException e =
        assertThrows(
            InitiativeFormatException.class,
            () -> json.readReport(reportWith("{\"error\": 1,", "{\"error\": 2,")));
    assertEquals(8, e.line());
    assertEquals(35, e.column());
  }

  @Test
  void aLenientReaderSkipsAndListsUnknownReportProperties() throws Exception {
    Binding lenient = binding(Binding.Options.DEFAULTS.asLenient());
    ReadResult<ValidationReport> result =
        lenient.readReportResult(
            reportWith(
                    "\"source\": \"Model integrity\"",
                    "\"source\": \"Model integrity\", \"hint\": {\"a\": [1]}")
                .replace("\"valid\": false,", "\"valid\": false, \"generator\": \"x\","));
    assertEquals(report(), result.value());
    assertEquals(List.of("/generator", "/findings/0/hint"), result.ignoredProperties());
  }
}
