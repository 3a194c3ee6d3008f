package io.github.collectiveimpact.json.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.json.csv.ObservationsCsv;
import io.github.collectiveimpact.json.format.CsvProblem;
import io.github.collectiveimpact.json.format.CsvReadResult;
import io.github.collectiveimpact.json.format.ObservationsFormatException;
import io.github.collectiveimpact.model.Direction;
import io.github.collectiveimpact.model.Disaggregation;
import io.github.collectiveimpact.model.DisaggregationDimension;
import io.github.collectiveimpact.model.Indicator;
import io.github.collectiveimpact.model.IndicatorLevel;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.Observation;
import io.github.collectiveimpact.model.ReportingPeriod;
import io.github.collectiveimpact.results.IndicatorResult;
import io.github.collectiveimpact.results.Point;
import io.github.collectiveimpact.validation.Finding;
import io.github.collectiveimpact.validation.ValidationReport;
import io.github.collectiveimpact.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading good files, merging them into an initiative, writing them. */
public class ObservationsCsvTest {
  /**
   * The binding under test.
   *
   * @param options the reader's options
   * @return the Jackson 2 binding's; another binding's subclass gives its own
   */
  protected Csv csv(Csv.Options options) {
    return Csv.jackson2(options);
  }

  private final Csv plain = csv(Csv.Options.DEFAULTS);

  static final String HEADER =
      "indicatorId,periodStart,periodEnd,value,partnerId,dimension,group,note";

  private List<Observation> read(String text) throws IOException {
    return plain.read(new StringReader(text));
  }

  private static Observation observation(String indicator, int year, double value) {
    return Observation.builder()
        .indicatorId(indicator)
        .period(ReportingPeriod.ofYear(year))
        .value(value)
        .build();
  }

  @Test
  void readsEveryColumnInTheHeadersOrder() throws IOException {
    List<Observation> read =
        read(
            "value,note,group,dimension,partnerId,periodEnd,periodStart,indicatorId,seriesBreak\n"
                + "12.5,new survey,low income,income,district,2024-06-30,2023-07-01,grad-rate,TRUE\n"
                + "-3,,,,,2024-12-31,2024-01-01,k-ready,\n");
    assertEquals(
        List.of(
            Observation.builder()
                .indicatorId("grad-rate")
                .period(ReportingPeriod.ofSchoolYear(2023))
                .value(12.5)
                .partnerId("district")
                .disaggregation(Disaggregation.of(DisaggregationDimension.INCOME, "low income"))
                .note("new survey")
                .seriesBreak(true)
                .build(),
            observation("k-ready", 2024, -3)),
        read);
  }

  @Test
  void onlyTheRequiredColumnsAreNeeded() throws IOException {
    assertEquals(
        List.of(observation("i", 2020, 1e6)),
        read("indicatorId,periodStart,periodEnd,value\ni,2020-01-01,2020-12-31,1e6\n"));
    assertEquals(List.of(), read("indicatorId,periodStart,periodEnd,value\n"));
  }

  @Test
  void aByteOrderMarkIsSkippedFromBytesAndText() throws IOException {
    String text = "\uFEFFindicatorId,periodStart,periodEnd,value\r\ni,2020-01-01,2020-12-31,7\r\n";
    List<Observation> expected = List.of(observation("i", 2020, 7));
    assertEquals(expected, read(text));
    assertEquals(
        expected, plain.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void quotedFieldsKeepCommasQuotesAndLineBreaks() throws IOException {
    List<Observation> read =
        read(
            HEADER
                + "\n\"i\",2020-01-01,2020-12-31,\"7\",,,,\"counted twice, \"\"once\"\" by\nthe district\"\n");
    assertEquals(Optional.of("counted twice, \"once\" by\nthe district"), read.get(0).note());
  }

  @Test
  void semicolonsSeparateFieldsWhenAsked() throws IOException {
    Csv semicolons = csv(Csv.Options.DEFAULTS.separator(';'));
    List<Observation> read =
        semicolons.read(
            new StringReader(
                "indicatorId;periodStart;periodEnd;value;note\ni;2020-01-01;2020-12-31;12.5;a, b; c\n"
                    .replace("a, b; c", "\"a, b; c\"")));
    assertEquals(12.5, read.get(0).value());
    assertEquals(Optional.of("a, b; c"), read.get(0).note());
  }

  @Test
  void blankLinesAreSkipped() throws IOException {
    assertEquals(
        List.of(observation("i", 2020, 1), observation("j", 2020, 2)),
        read(
            "indicatorId,periodStart,periodEnd,value\n\ni,2020-01-01,2020-12-31,1\n,,,\nj,2020-01-01,2020-12-31,2\n\n"));
  }

  @Test
  void japaneseTextReadsFromUtf8Bytes() throws IOException {
    String text =
        "indicatorId,periodStart,periodEnd,value,dimension,group,note\n"
            + "卒業率,2020-01-01,2020-12-31,88,geography,北区,速報値\n";
    Observation o =
        plain.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).get(0);
    assertEquals("卒業率", o.indicatorId());
    assertEquals(
        Optional.of(Disaggregation.of(DisaggregationDimension.GEOGRAPHY, "北区")),
        o.disaggregation());
    assertEquals(Optional.of("速報値"), o.note());
  }

  @Test
  void readsAFileAndLeavesAStreamOpen(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("data.csv");
    Files.writeString(file, "indicatorId,periodStart,periodEnd,value\ni,2020-01-01,2020-12-31,7\n");
    assertEquals(List.of(observation("i", 2020, 7)), plain.read(file));
    assertThrows(
        java.nio.file.NoSuchFileException.class, () -> plain.read(dir.resolve("none.csv")));
  }

  // ---------------------------------------------------------------------------------------------
  // merging and validating

  private static Initiative initiative() {
    return Initiative.builder()
        .id("eastside")
        .name("Eastside")
        .addIndicators(
            Indicator.builder()
                .id("grad-rate")
                .name("Graduation rate")
                .desiredDirection(Direction.INCREASE)
                .level(IndicatorLevel.POPULATION)
                .build())
        .addObservations(observation("grad-rate", 2021, 70))
        .build();
  }

  @Test
  void aGoodFilesObservationsAppearInTheValidationResults(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("partner.csv");
    Files.writeString(
        file,
        "indicatorId,periodStart,periodEnd,value\n"
            + "grad-rate,2022-01-01,2022-12-31,72\n"
            + "grad-rate,2023-01-01,2023-12-31,75.5\n");
    Initiative initiative = initiative();
    Initiative merged = plain.readInto(initiative, file);

    assertEquals(3, merged.observations().size());
    assertEquals(initiative.observations().get(0), merged.observations().get(0));
    ValidationReport report = Validator.standard().validate(merged);
    IndicatorResult result = report.results().orElseThrow().indicator("grad-rate").orElseThrow();
    assertEquals(Optional.of(new Point(75.5, LocalDate.of(2023, 12, 31))), result.latest());
  }

  @Test
  void unknownIndicatorsAndDuplicatesAreTheValidatorsFindings() throws IOException {
    List<Observation> read =
        read(
            "indicatorId,periodStart,periodEnd,value\n"
                + "no-such-indicator,2022-01-01,2022-12-31,1\n"
                + "grad-rate,2021-01-01,2021-12-31,70\n");
    Initiative merged = ObservationsCsv.merge(initiative(), read);
    List<String> rules =
        Validator.standard().validate(merged).findings().stream().map(Finding::ruleId).toList();
    assertTrue(rules.contains("ST-002"), rules.toString());
    assertTrue(rules.contains("ST-007"), rules.toString());
  }

  @Test
  void aBadFileChangesNothing(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.csv");
    Files.writeString(
        file,
        "indicatorId,periodStart,periodEnd,value\n"
            + "grad-rate,2022-01-01,2022-12-31,72\n"
            + "grad-rate,2023-01-01,2023-12-31,lots\n");
    Initiative initiative = initiative();
    assertThrows(ObservationsFormatException.class, () -> plain.readInto(initiative, file));
    assertEquals(initiative(), initiative);
    assertSame(initiative, ObservationsCsv.merge(initiative, List.of()));
  }

  // ---------------------------------------------------------------------------------------------
  // lenient reading

  @Test
  void aLenientReaderSkipsUnknownColumnsAndBadRowsAndSaysSo() throws IOException {
    Csv lenient = csv(Csv.Options.DEFAULTS.lenient(true));
    CsvReadResult result =
        lenient.readResult(
            new StringReader(
                "indicatorId,periodStart,periodEnd,value,comment\n"
                    + "i,2020-01-01,2020-12-31,1,ok\n"
                    + "i,2021-01-01,2021-12-31,12,5,ok\n"
                    + "i,2022-01-01,2022-12-31,x,bad\n"
                    + "i,2023-01-01,2023-12-31,3,ok\n"));
    assertEquals(
        List.of(observation("i", 2020, 1), observation("i", 2023, 3)), result.observations());
    assertEquals(2, result.skippedRows());
    assertEquals(
        List.of(
            CsvProblem.Kind.UNKNOWN_COLUMN,
            CsvProblem.Kind.TOO_MANY_FIELDS,
            CsvProblem.Kind.NOT_A_NUMBER),
        result.skipped().stream().map(CsvProblem::kind).toList());
    assertTrue(
        plain
            .readResult(new StringReader("indicatorId,periodStart,periodEnd,value\n"))
            .skipped()
            .isEmpty());
  }

  @Test
  void aLenientReaderStillRefusesAHeaderWithoutARequiredColumn() {
    Csv lenient = csv(Csv.Options.DEFAULTS.lenient(true));
    ObservationsFormatException e =
        assertThrows(
            ObservationsFormatException.class,
            () -> lenient.read(new StringReader("indicatorId,periodStart,value\n")));
    assertEquals(CsvProblem.Kind.MISSING_COLUMN, e.problems().get(0).kind());
  }

  // ---------------------------------------------------------------------------------------------
  // writing

  @Test
  void writesTheHeaderAndOneRowPerObservation() {
    String text =
        plain.write(
            List.of(
                Observation.builder()
                    .indicatorId("grad-rate")
                    .period(ReportingPeriod.ofSchoolYear(2023))
                    .value(12.5)
                    .partnerId("district")
                    .disaggregation(Disaggregation.of(DisaggregationDimension.INCOME, "low income"))
                    .note("counted once, \"roughly\"")
                    .build(),
                observation("k-ready", 2024, 3)));
    assertEquals(
        HEADER
            + ",seriesBreak\n"
            + "grad-rate,2023-07-01,2024-06-30,12.5,district,income,low income,\"counted once, \"\"roughly\"\"\",false\n"
            + "k-ready,2024-01-01,2024-12-31,3,,,,,false\n",
        text);
  }

  @Test
  void writesWithTheSeparatorAndAByteOrderMarkWhenAsked() throws IOException {
    Csv csv = csv(Csv.Options.DEFAULTS.separator(';').byteOrderMark(true));
    String text = csv.write(List.of(observation("a,b", 2024, 0.25)));
    assertEquals(
        "\uFEFFindicatorId;periodStart;periodEnd;value;partnerId;dimension;group;note;seriesBreak\n"
            + "a,b;2024-01-01;2024-12-31;0.25;;;;;false\n",
        text);
    assertEquals(List.of(observation("a,b", 2024, 0.25)), csv.read(new StringReader(text)));
  }

  @Test
  void aTemplateListsTheInitiativesIndicators() throws IOException {
    StringWriter out = new StringWriter();
    plain.writeTemplate(initiative(), out);
    assertEquals(HEADER + ",seriesBreak\ngrad-rate,,,,,,,,\n", out.toString());
    ObservationsFormatException e =
        assertThrows(ObservationsFormatException.class, () -> read(out.toString()));
    assertEquals(
        List.of("periodStart", "periodEnd", "value"),
        e.problems().stream().map(p -> p.columnName().orElseThrow()).toList());
  }
}
