package io.github.collectiveimpact.json.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.json.format.CsvProblem;
import io.github.collectiveimpact.json.format.CsvProblem.Kind;
import io.github.collectiveimpact.json.format.ObservationsFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A catalogue of bad files. Each gives one {@link ObservationsFormatException} whose problems name the
 * line (the header is line 1), the column (the field's position from 1) and the column's name, and say
 * what is wrong.
 */
public class MalformedCsvTest {
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
  private static final String HEADER = "indicatorId,periodStart,periodEnd,value";
  private static final String GOOD = "i,2020-01-01,2020-12-31,1";

  private static ObservationsFormatException rejected(Csv csv, String text) {
    return assertThrows(ObservationsFormatException.class, () -> csv.read(new StringReader(text)));
  }

  private ObservationsFormatException rejected(String text) {
    return rejected(plain, text);
  }

  /** The one problem of a file with one. */
  private CsvProblem only(String text) {
    ObservationsFormatException e = rejected(text);
    assertEquals(1, e.problems().size(), e.getMessage());
    return e.problems().get(0);
  }

  @Test
  void aBadValueOnTheThirdLineIsRejectedWithLine3AndTheColumnsName() {
    ObservationsFormatException e =
        rejected(HEADER + "\n" + GOOD + "\ni,2021-01-01,2021-12-31,many\n");
    assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    assertTrue(e.getMessage().contains("value"), e.getMessage());
    CsvProblem p = e.problems().get(0);
    assertEquals(3, p.line());
    assertEquals(4, p.column());
    assertEquals(Optional.of("value"), p.columnName());
    assertEquals(
        "line 3, column 4 (value): \"many\" is not a number; write numbers with digits and a point,"
            + " e.g. 12.5",
        p.toString());
  }

  static Stream<Arguments> files() {
    return Stream.of(
        // the header
        bad("an empty file", "", Kind.EMPTY_FILE, 1, -1, null, "the file is empty"),
        bad(
            "an unknown column",
            "indicatorId,periodStart,periodEnd,value,Value\n",
            Kind.UNKNOWN_COLUMN,
            1,
            5,
            "Value",
            "unknown column \"Value\""),
        bad(
            "a duplicate column",
            "indicatorId,periodStart,value,periodEnd,value\n",
            Kind.DUPLICATE_COLUMN,
            1,
            5,
            "value",
            "first in column 3"),
        bad(
            "a missing required column",
            "indicatorId,periodEnd,value\n",
            Kind.MISSING_COLUMN,
            1,
            -1,
            "periodStart",
            "required column \"periodStart\" is missing"),
        bad(
            "a dimension without its group column",
            HEADER + ",dimension\n",
            Kind.UNPAIRED_COLUMN,
            1,
            5,
            "dimension",
            "needs the column \"group\""),
        // the shape of a row
        bad(
            "a row with too many fields",
            HEADER + "\n" + GOOD + ",x\n",
            Kind.TOO_MANY_FIELDS,
            2,
            5,
            null,
            "the line has 5 fields, but the header names 4 columns"),
        bad(
            "a decimal comma splitting a value",
            HEADER + "\ni,2020-01-01,2020-12-31,12,5\n",
            Kind.TOO_MANY_FIELDS,
            2,
            5,
            null,
            "5 fields"),
        bad(
            "a row with too few fields",
            HEADER + "\ni,2020-01-01\n",
            Kind.TOO_FEW_FIELDS,
            2,
            3,
            "periodEnd",
            "the line has 2 fields"),
        // values
        bad(
            "an empty required field",
            HEADER + "\n,2020-01-01,2020-12-31,1\n",
            Kind.EMPTY_FIELD,
            2,
            1,
            "indicatorId",
            "the indicatorId is required and is empty"),
        bad(
            "a value that is not a number",
            HEADER + "\ni,2020-01-01,2020-12-31,n/a\n",
            Kind.NOT_A_NUMBER,
            2,
            4,
            "value",
            "\"n/a\" is not a number"),
        bad(
            "NaN",
            HEADER + "\ni,2020-01-01,2020-12-31,NaN\n",
            Kind.NOT_A_NUMBER,
            2,
            4,
            "value",
            "\"NaN\""),
        bad(
            "a value with spaces",
            HEADER + "\ni,2020-01-01,2020-12-31, 12\n",
            Kind.NOT_A_NUMBER,
            2,
            4,
            "value",
            "\" 12\""),
        bad(
            "a quoted decimal comma",
            HEADER + "\ni,2020-01-01,2020-12-31,\"12,5\"\n",
            Kind.DECIMAL_COMMA,
            2,
            4,
            "value",
            "\"12,5\" has a comma; write decimals with a point"),
        bad(
            "a thousands separator",
            HEADER + "\ni,2020-01-01,2020-12-31,\"1,250.5\"\n",
            Kind.DECIMAL_COMMA,
            2,
            4,
            "value",
            "no thousands separator"),
        bad(
            "a number too large for a double",
            HEADER + "\ni,2020-01-01,2020-12-31,1e999\n",
            Kind.NUMBER_OUT_OF_RANGE,
            2,
            4,
            "value",
            "too large"),
        bad(
            "a date in another form",
            HEADER + "\ni,01/01/2020,2020-12-31,1\n",
            Kind.BAD_DATE,
            2,
            2,
            "periodStart",
            "\"01/01/2020\" is not a date in the form year-month-day, e.g. 2024-06-30"),
        bad(
            "a day that does not exist",
            HEADER + "\ni,2020-01-01,2021-02-29,1\n",
            Kind.BAD_DATE,
            2,
            3,
            "periodEnd",
            "\"2021-02-29\""),
        bad(
            "a period that ends before it starts",
            HEADER + "\ni,2020-12-31,2020-01-01,1\n",
            Kind.PERIOD_ENDS_BEFORE_START,
            2,
            3,
            "periodEnd",
            "the period ends on 2020-01-01, before it starts on 2020-12-31"),
        bad(
            "a blank indicator id",
            HEADER + "\n\"  \",2020-01-01,2020-12-31,1\n",
            Kind.BLANK_FIELD,
            2,
            1,
            "indicatorId",
            "the indicatorId has only spaces"),
        bad(
            "a blank partner id",
            HEADER + ",partnerId\n" + GOOD + ", \n",
            Kind.BLANK_FIELD,
            2,
            5,
            "partnerId",
            "the partnerId has only spaces"),
        bad(
            "a dimension that is not a key",
            HEADER + ",dimension,group\n" + GOOD + ",Race,Asian\n",
            Kind.BAD_DIMENSION,
            2,
            5,
            "dimension",
            "\"Race\" is not a dimension key"),
        bad(
            "a dimension without a group",
            HEADER + ",dimension,group\n" + GOOD + ",income,\n",
            Kind.DIMENSION_WITHOUT_GROUP,
            2,
            6,
            "group",
            "the dimension \"income\" needs a group"),
        bad(
            "a group without a dimension",
            HEADER + ",dimension,group\n" + GOOD + ",,low income\n",
            Kind.GROUP_WITHOUT_DIMENSION,
            2,
            5,
            "dimension",
            "the group \"low income\" needs a dimension"),
        bad(
            "a blank group",
            HEADER + ",dimension,group\n" + GOOD + ",income,\" \"\n",
            Kind.BLANK_FIELD,
            2,
            6,
            "group",
            "the group has only spaces"),
        bad(
            "a series break that is not a boolean",
            HEADER + ",seriesBreak\n" + GOOD + ",yes\n",
            Kind.NOT_A_BOOLEAN,
            2,
            5,
            "seriesBreak",
            "\"yes\" is neither true nor false"),
        // the text
        bad(
            "an unclosed quote",
            HEADER + ",note\n" + GOOD + ",\"never closed\n" + GOOD + "\n",
            Kind.UNCLOSED_QUOTE,
            2,
            5,
            "note",
            "a quoted value is not closed"),
        bad(
            "a line on a line after a value spanning two",
            HEADER + ",note\n" + GOOD + ",\"two\nlines\"\ni,2020-01-01,2020-12-31,x,ok\n",
            Kind.NOT_A_NUMBER,
            4,
            4,
            "value",
            "\"x\""));
  }

  private static Arguments bad(
      String name,
      String text,
      Kind kind,
      int line,
      int column,
      String columnName,
      String message) {
    return Arguments.of(name, text, kind, line, column, columnName, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void eachProblemIsLocated(
      String name,
      String text,
      Kind kind,
      int line,
      int column,
      String columnName,
      String message) {
    CsvProblem p = only(text);
    assertEquals(kind, p.kind(), p.toString());
    assertEquals(line, p.line(), p.toString());
    assertEquals(column, p.column(), p.toString());
    assertEquals(Optional.ofNullable(columnName), p.columnName(), p.toString());
    assertTrue(p.message().contains(message), p.message());
    assertTrue(p.toString().startsWith("line " + line), p.toString());
    assertNothingOfJackson(p.toString());
  }

  private static void assertNothingOfJackson(String message) {
    for (String internal : List.of("jackson", "Exception", "java.", "Json", "Csv", "[Source")) {
      assertFalse(message.contains(internal), message);
    }
  }

  @Test
  void everyBadRowIsReportedAtOnceInTheOrderOfTheFile() {
    ObservationsFormatException e =
        rejected(
            HEADER
                + "\n"
                + GOOD
                + "\ni,2020-01-01,2020-12-31,\"1,5\"\n"
                + GOOD
                + "\n,2020-13-01,2020-12-31,x\n");
    assertEquals(
        List.of(
            "line 3, column 4 (value)",
            "line 5, column 1 (indicatorId)",
            "line 5, column 2 (periodStart)",
            "line 5, column 4 (value)"),
        e.problems().stream()
            .map(p -> p.toString().substring(0, p.toString().indexOf(':')))
            .toList());
    assertFalse(e.truncated());
    String[] lines = e.getMessage().split("\\R", -1);
    assertEquals("The observations cannot be read: 4 problems", lines[0]);
    assertEquals(5, lines.length);
    assertEquals("  " + e.problems().get(3), lines[4]);
  }

  @Test
  void aSemicolonFileWithADecimalCommaIsALocatedError() {
    Csv semicolons = csv(Csv.Options.DEFAULTS.separator(';'));
    CsvProblem p =
        rejected(
                semicolons,
                "indicatorId;periodStart;periodEnd;value\ni;2020-01-01;2020-12-31;12,5\n")
            .problems()
            .get(0);
    assertEquals(Kind.DECIMAL_COMMA, p.kind());
    assertEquals(2, p.line());
    assertEquals(4, p.column());
    assertEquals(Optional.of("value"), p.columnName());
  }

  @Test
  void problemsOfTheHeaderAreReportedTogetherAndAlone() {
    ObservationsFormatException e = rejected("indicatorId,start,value,value\n" + "x,y,z,w\n");
    assertEquals(
        List.of(
            Kind.UNKNOWN_COLUMN, Kind.DUPLICATE_COLUMN, Kind.MISSING_COLUMN, Kind.MISSING_COLUMN),
        e.problems().stream().map(CsvProblem::kind).toList());
    assertTrue(e.problems().stream().allMatch(p -> p.line() == 1));
  }

  @Test
  void aStrictReaderStopsAtTheLimitOfProblemsAndSaysSo() {
    StringBuilder text = new StringBuilder(HEADER + "\n");
    for (int i = 0; i < 10; i++) {
      text.append("i,2020-01-01,2020-12-31,bad\n");
    }
    ObservationsFormatException e =
        rejected(csv(Csv.Options.DEFAULTS.maxProblems(3)), text.toString());
    assertEquals(3, e.problems().size());
    assertTrue(e.truncated());
    assertTrue(
        e.getMessage()
            .startsWith("The observations cannot be read: 3 problems, and reading stopped there"),
        e.getMessage());

    ObservationsFormatException all = rejected(text.toString());
    assertEquals(10, all.problems().size());
    assertFalse(all.truncated());
  }

  @Test
  void aFileWithMoreRowsThanTheLimitIsRefusedAtTheFirstRowPastIt() throws IOException {
    String text = HEADER + "\n" + GOOD + "\n\n" + GOOD + "\n" + GOOD + "\n";
    CsvProblem p = rejected(csv(Csv.Options.DEFAULTS.maxRows(2)), text).problems().get(0);
    assertEquals(Kind.TOO_MANY_ROWS, p.kind());
    assertEquals(5, p.line());
    assertTrue(p.message().contains("limit of 2"), p.message());
    assertEquals(
        2,
        csv(Csv.Options.DEFAULTS.maxRows(2))
            .read(new StringReader(HEADER + "\n" + GOOD + "\n\n" + GOOD + "\n"))
            .size(),
        "blank rows do not count");
  }

  @Test
  void aFieldLongerThanTheLimitIsRefusedAtThatField() throws IOException {
    Csv csv = csv(Csv.Options.DEFAULTS.maxFieldLength(20));
    for (int length : new int[] {21, 1000, 100_000}) {
      CsvProblem p =
          rejected(
                  csv, HEADER + ",note\n" + GOOD + ",ok\n" + GOOD + "," + "x".repeat(length) + "\n")
              .problems()
              .get(0);
      assertEquals(Kind.FIELD_TOO_LONG, p.kind(), p.toString());
      assertEquals(3, p.line(), p.toString());
      assertEquals(5, p.column(), p.toString());
      assertEquals(Optional.of("note"), p.columnName());
    }
    assertEquals(
        1,
        csv.read(new StringReader(HEADER + ",note\n" + GOOD + "," + "x".repeat(20) + "\n")).size());
  }

  @Test
  void bytesThatAreNotUtf8AreRefused() {
    byte[] bytes =
        (HEADER + "\ni,2020-01-01,2020-12-31,1\n")
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    byte[] bad = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, bad, 0, HEADER.length() + 1);
    bad[HEADER.length() + 1] = (byte) 0xE9;
    System.arraycopy(
        bytes, HEADER.length() + 1, bad, HEADER.length() + 2, bytes.length - HEADER.length() - 1);
    ObservationsFormatException e =
        assertThrows(
            ObservationsFormatException.class, () -> plain.read(new ByteArrayInputStream(bad)));
    assertEquals(Kind.NOT_UTF8, e.problems().get(0).kind());
  }

  @Test
  void longValuesAreCutAndLineBreaksShownInMessages() {
    CsvProblem p = only(HEADER + "\ni,2020-01-01,2020-12-31,\"" + "9".repeat(50) + "\nx\"\n");
    assertTrue(
        p.message().startsWith("\"" + "9".repeat(40) + "\u2026\" is not a number"), p.message());
    CsvProblem q = only(HEADER + "\ni,2020-01-01,2020-12-31,\"1\n2\"\n");
    assertTrue(q.message().startsWith("\"1\\n2\" is not a number"), q.message());
  }

  @Test
  void problemsAreInJapaneseForAJapaneseReader() {
    Csv ja = csv(Csv.Options.DEFAULTS.locale(Locale.JAPAN));
    ObservationsFormatException e =
        rejected(ja, HEADER + "\n" + GOOD + "\ni,2021-01-01,2021-12-31,\"12,5\"\n");
    assertEquals(
        "3 行目、4 列目（value）：「12,5」にコンマがあります。小数点はピリオドで、桁区切りなしで書いてください（例：12.5）",
        e.problems().get(0).toString());
    assertTrue(e.getMessage().startsWith("観測値を読み込めません：問題が 1 件あります"), e.getMessage());
  }
}
