package io.github.collectiveimpact.json.shared;

import static io.github.collectiveimpact.json.Documents.MINIMAL;
import static io.github.collectiveimpact.json.Documents.ROAD_MAP;
import static io.github.collectiveimpact.json.Documents.roadMapWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.json.format.InitiativeFormatException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A catalogue of bad documents. Each must give one {@link InitiativeFormatException} naming the JSON
 * Pointer of the offending value, a line and column, and what is wrong, whether it is read from a string,
 * a reader or a byte stream. Another binding runs the same catalogue by overriding {@link #binding}.
 */
public class MalformedDocumentTest {
  private static final Binding.Options STRICT = Binding.Options.DEFAULTS;
  private static final Binding.Options LENIENT = STRICT.asLenient();
  private static final String DEEP = "[".repeat(100_000) + "]".repeat(100_000);

  /** A minimal document with more properties. */
  private static String minimalWith(String properties) {
    return "{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"name\": \"n\", " + properties + "}";
  }

  public static Stream<Arguments> documents() {
    return Stream.of(
        // Not well-formed
        bad(
            "truncated in an object",
            "{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"name\": \"n\", \"partners\": [{\"id\": \"p1\"",
            "/partners/0/id",
            "ends before all its objects and arrays are closed"),
        bad(
            "truncated in a string",
            "{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"name\": \"Mini",
            "/name",
            "ends before all its objects and arrays are closed"),
        bad("empty input", "", "", "empty"),
        bad("only whitespace", "  \n\t ", "", "empty"),
        bad("content after the document", MINIMAL + " {}", "", "after the document"),
        bad(
            "a token after the document",
            MINIMAL + " x",
            "",
            "unexpected content after the document"),
        bad("an array instead of an object", "[]", "", "expected an object but found an array"),
        bad("null instead of an object", "null", "", "expected an object but found null"),
        bad(
            "a comment",
            "{\"schemaVersion\": \"1.0\", /* no */ \"id\": \"x\", \"name\": \"n\"}",
            "/schemaVersion",
            "expected a comma and the next property"),
        bad(
            "a single-quoted name",
            "{'schemaVersion': \"1.0\", \"id\": \"x\", \"name\": \"n\"}",
            "",
            "a property name in double quotes"),
        bad(
            "NaN",
            minimalWith(
                "\"observations\": [{\"indicatorId\": \"i\", \"period\": {\"start\": \"2020-01-01\", \"end\": \"2020-12-31\"}, \"value\": NaN}]"),
            "/observations/0/value",
            "a value is missing or misspelt for property \"value\""),
        // Wrong types
        bad(
            "a number for an enum",
            roadMapWith("\"sector\": \"k12_education\"", "\"sector\": 5"),
            "/partners/1/sector",
            "but found a number"),
        bad(
            "an object for an array",
            roadMapWith("\"partners\": [", "\"partners\": {\"p\": 1}, \"x\": ["),
            "/partners",
            "expected an array but found an object"),
        bad(
            "a string for a number",
            roadMapWith("\"fte\": 1.0", "\"fte\": \"1.0\""),
            "/backbone/staff/0/fte",
            "expected a number but found a string"),
        bad(
            "a string for a boolean",
            roadMapWith("\"publishesResults\": true", "\"publishesResults\": \"true\""),
            "/channels/0/publishesResults",
            "expected true or false but found a string"),
        bad(
            "a number for a boolean",
            roadMapWith("\"publishesResults\": true", "\"publishesResults\": 1"),
            "/channels/0/publishesResults",
            "expected true or false but found a number"),
        bad(
            "a number for a string",
            roadMapWith("\"name\": \"The Road Map Project\"", "\"name\": 5"),
            "/name",
            "expected a string but found a number"),
        bad(
            "a boolean for a string",
            roadMapWith("\"name\": \"The Road Map Project\"", "\"name\": true"),
            "/name",
            "expected a string but found true"),
        bad(
            "a number for a date",
            roadMapWith("\"launchDate\": \"2010-06-01\"", "\"launchDate\": 20100601"),
            "/launchDate",
            "but found a number"),
        bad(
            "an array for an object",
            roadMapWith("\"commonAgenda\": {", "\"commonAgenda\": [], \"x\": {"),
            "/commonAgenda",
            "expected an object but found an array"),
        bad(
            "a string for an array",
            roadMapWith(
                "\"goalIds\": [\"g1\"], \"indicatorIds\"", "\"goalIds\": \"g1\", \"indicatorIds\""),
            "/activities/0/goalIds",
            "expected an array but found a string"),
        bad(
            "a string for an object in an array",
            minimalWith("\"partners\": [\"p1\"]"),
            "/partners/0",
            "expected an object but found a string"),
        // Unknown properties
        bad(
            "an unknown property",
            roadMapWith(
                "\"description\": \"Cradle", "\"website\": \"x\", \"description\": \"Cradle"),
            "/website",
            "unknown property \"website\""),
        bad(
            "an unknown nested property",
            roadMapWith(
                "\"joined\": \"2010-06-01\"", "\"joined\": \"2010-06-01\", \"website\": {}"),
            "/partners/0/website",
            "unknown property \"website\""),
        bad(
            "an unknown property deep down",
            roadMapWith("\"value\": 41.5,", "\"value\": 41.5, \"unit\": \"percent\","),
            "/indicators/0/baseline/unit",
            "unknown property \"unit\""),
        bad(
            "a builder method that is not a property",
            roadMapWith(
                "\"name\": \"City of Seattle\"",
                "\"name\": \"City of Seattle\", \"addRoles\": \"funder\""),
            "/partners/0/addRoles",
            "unknown property"),
        // Nulls
        bad(
            "null for a required attribute",
            roadMapWith("\"name\": \"The Road Map Project\"", "\"name\": null"),
            "/name",
            "null is not allowed"),
        bad(
            "null for an optional attribute",
            roadMapWith(
                "\"description\": \"Cradle to college and career in South King County\"",
                "\"description\": null"),
            "/description",
            "null is not allowed"),
        bad(
            "null for a number",
            roadMapWith("\"value\": 45.25", "\"value\": null"),
            "/observations/0/value",
            "null is not allowed"),
        bad(
            "null for a boolean",
            roadMapWith("\"publishesResults\": true", "\"publishesResults\": null"),
            "/channels/0/publishesResults",
            "null is not allowed"),
        bad(
            "null for an array",
            roadMapWith("\"partners\": [", "\"partners\": null, \"x\": ["),
            "/partners",
            "null is not allowed"),
        bad(
            "a null object in an array",
            minimalWith("\"partners\": [null]"),
            "/partners/0",
            "null is not allowed as an element of an array"),
        bad(
            "a null string in an array",
            roadMapWith(
                "\"memberPartnerIds\": [\"p1\", \"p2\"]", "\"memberPartnerIds\": [\"p1\", null]"),
            "/workingGroups/0/memberPartnerIds/1",
            "null is not allowed as an element"),
        bad(
            "a null date in an array",
            roadMapWith(
                "\"meetingDates\": [\"2020-01-15\", \"2020-04-15\"]",
                "\"meetingDates\": [\"2020-01-15\", null]"),
            "/meetingSeries/0/meetingDates/1",
            "null is not allowed"),
        bad(
            "a null enum constant in a set",
            roadMapWith("\"roles\": [\"funder\"]", "\"roles\": [\"funder\", null]"),
            "/partners/0/roles/1",
            "null is not allowed as an element"),
        // Duplicate keys
        bad(
            "a duplicate key",
            roadMapWith("\"id\": \"road-map\",", "\"id\": \"road-map\", \"id\": \"other\","),
            "/id",
            "property \"id\" is given twice"),
        bad(
            "a duplicate nested key",
            roadMapWith(
                "\"name\": \"Seattle Schools\"",
                "\"name\": \"Seattle Schools\", \"name\": \"Other\""),
            "/partners/1/name",
            "property \"name\" is given twice"),
        // Deep nesting
        bad(
            "deep nesting for a string",
            minimalWith("\"description\": " + DEEP),
            "/description",
            "expected a string but found an array"),
        bad(
            "deep nesting for an unknown property",
            minimalWith("\"deep\": " + DEEP),
            "/deep",
            "unknown property \"deep\""),
        bad(
            "deep nesting in an array of objects",
            minimalWith("\"partners\": " + DEEP),
            "/partners/0",
            "expected an object but found an array"),
        bad(
            "deep nesting skipped by a lenient reader",
            LENIENT,
            minimalWith("\"deep\": " + DEEP),
            "/deep" + "/0".repeat(63),
            "nested deeper than the limit"),
        bad(
            "deep objects skipped by a lenient reader",
            LENIENT,
            minimalWith("\"deep\": " + "{\"a\": ".repeat(100_000) + "1" + "}".repeat(100_000)),
            "/deep" + "/a".repeat(63),
            "nested deeper than the limit"),
        bad(
            "nesting beyond a small limit",
            STRICT.withNestingDepth(3),
            ROAD_MAP,
            "/commonAgenda/goals/0",
            "nested deeper than the limit"),
        // Numbers
        bad(
            "a number with too many digits",
            roadMapWith("\"value\": 45.25", "\"value\": 1" + "0".repeat(200)),
            "/observations/0/value",
            "a number is longer than the limit of 100"),
        bad(
            "a number too large for a double",
            roadMapWith("\"value\": 45.25", "\"value\": 1e400"),
            "/observations/0/value",
            "1e400 is too large"),
        bad(
            "a fraction with too many digits",
            roadMapWith("\"fte\": 1.0", "\"fte\": 0." + "3".repeat(200)),
            "/backbone/staff/0/fte",
            "a number is longer than the limit of 100"),
        // Strings and documents beyond a limit
        bad(
            "a string beyond the limit",
            roadMapWith(
                "\"name\": \"The Road Map Project\"",
                "\"name\": \"" + "x".repeat(1_000_001) + "\""),
            "/name",
            "a string is longer than the limit of 1,000,000 characters"),
        bad(
            "a property name beyond the limit",
            minimalWith("\"" + "x".repeat(60_000) + "\": 1"),
            "",
            "a property name is longer than the limit"),
        bad(
            "a string beyond a small limit",
            STRICT.withStringLength(10),
            ROAD_MAP,
            "/name",
            "a string is longer than the limit of 10 characters"),
        // Dates
        bad(
            "a date that does not exist",
            roadMapWith("\"launchDate\": \"2010-06-01\"", "\"launchDate\": \"2010-02-30\""),
            "/launchDate",
            "is not a date of the form \"2020-06-30\""),
        bad(
            "a date in another form",
            roadMapWith("\"joined\": \"2010-06-01\"", "\"joined\": \"2010/06/01\""),
            "/partners/0/joined",
            "is not a date of the form \"2020-06-30\""),
        bad(
            "a date with a time",
            roadMapWith("\"joined\": \"2010-06-01\"", "\"joined\": \"2010-06-01T00:00:00Z\""),
            "/partners/0/joined",
            "is not a date of the form \"2020-06-30\""),
        bad(
            "an empty date",
            roadMapWith("\"end\": \"2020-06-30\", \"kind\"", "\"end\": \"\", \"kind\""),
            "/activities/0/end",
            "is not a date of the form \"2020-06-30\""),
        bad(
            "a date as an array",
            roadMapWith("\"launchDate\": \"2010-06-01\"", "\"launchDate\": [2010, 6, 1]"),
            "/launchDate",
            "but found an array"),
        // Enums and other vocabularies
        bad(
            "an enum constant in upper case",
            roadMapWith("\"sector\": \"government\"", "\"sector\": \"GOVERNMENT\""),
            "/partners/0/sector",
            "is not one of government"),
        bad(
            "an unknown enum constant",
            roadMapWith("\"kind\": \"shared_dashboard\"", "\"kind\": \"podcast\""),
            "/channels/0/kind",
            "is not one of newsletter"),
        bad(
            "an empty enum constant",
            roadMapWith("\"unit\": \"percent\"", "\"unit\": \"\""),
            "/indicators/0/unit",
            "\"\" is not one of"),
        bad(
            "a bad enum constant in a set",
            roadMapWith("\"roles\": [\"funder\"]", "\"roles\": [\"funder\", \"donor\"]"),
            "/partners/0/roles/1",
            "is not one of"),
        bad(
            "a cadence that is not a period",
            roadMapWith("\"cadence\": \"P3M\"", "\"cadence\": \"quarterly\""),
            "/meetingSeries/0/cadence",
            "not a positive ISO-8601 period"),
        bad(
            "a zero cadence",
            roadMapWith("\"cadence\": \"P3M\"", "\"cadence\": \"P0D\""),
            "/meetingSeries/0/cadence",
            "not a positive ISO-8601 period"),
        bad(
            "a dimension not in snake case",
            roadMapWith(
                "\"disaggregations\": [\"income\", \"race_ethnicity\"]",
                "\"disaggregations\": [\"income\", \"Race\"]"),
            "/indicators/0/disaggregations/1",
            "lower-case snake case"),
        // Schema version
        bad(
            "no schema version",
            roadMapWith("\"schemaVersion\": \"1.1\",", ""),
            "/schemaVersion",
            "missing required property \"schemaVersion\""),
        bad(
            "another major version",
            roadMapWith("\"schemaVersion\": \"1.1\"", "\"schemaVersion\": \"2.0\""),
            "/schemaVersion",
            "not a supported schema version"),
        bad(
            "a version without a minor",
            roadMapWith("\"schemaVersion\": \"1.1\"", "\"schemaVersion\": \"1\""),
            "/schemaVersion",
            "major.minor"),
        bad(
            "a version as a number",
            roadMapWith("\"schemaVersion\": \"1.1\"", "\"schemaVersion\": 1.0"),
            "/schemaVersion",
            "but found a number"),
        // Rules of the model, checked when a builder builds
        bad(
            "an activity that starts after it ends",
            roadMapWith("\"start\": \"2015-09-01\"", "\"start\": \"2021-09-01\""),
            "/activities/0/start",
            "2021-09-01 must not be after end (2020-06-30)"),
        bad(
            "a blank id",
            roadMapWith("\"id\": \"p1\"", "\"id\": \"  \""),
            "/partners/0/id",
            "must not be blank"),
        bad(
            "a blank id in a list",
            roadMapWith(
                "\"contributingPartnerIds\": [\"p1\"]",
                "\"contributingPartnerIds\": [\"p1\", \"\"]"),
            "/activities/0/contributingPartnerIds/1",
            "must not be blank"),
        bad(
            "a percent above 100",
            roadMapWith("\"value\": 41.5", "\"value\": 141.5"),
            "/indicators/0/baseline/value",
            "is not a percent within 0 to 100, as the indicator's unit \"percent\" requires"),
        bad(
            "a negative FTE",
            roadMapWith("\"fte\": 1.0", "\"fte\": -0.5"),
            "/backbone/staff/0/fte",
            "must not be negative"),
        bad(
            "a period that ends before it starts",
            roadMapWith("\"start\": \"2019-07-01\"", "\"start\": \"2021-07-01\""),
            "/observations/0/period/start",
            "must not be after end"),
        // Missing required attributes
        bad(
            "a partner without a sector",
            roadMapWith(", \"sector\": \"k12_education\"", ""),
            "/partners/1/sector",
            "missing required property \"sector\""),
        bad(
            "an activity without id and start",
            roadMapWith("\"id\": \"a1\", \"name\": \"Tutoring\",", "\"name\": \"Tutoring\",")
                .replace("\"start\": \"2015-09-01\", ", ""),
            "/activities/0/id",
            "missing required property \"id\""),
        bad(
            "an observation without a period",
            roadMapWith("\"period\": {\"start\": \"2019-07-01\", \"end\": \"2020-06-30\"}, ", ""),
            "/observations/0/period",
            "missing required property \"period\""),
        bad(
            "a channel without publishesResults",
            roadMapWith("\"publishesResults\": true, ", ""),
            "/channels/0/publishesResults",
            "missing required property \"publishesResults\""),
        bad(
            "an empty partner",
            minimalWith("\"partners\": [{}]"),
            "/partners/0/id",
            "missing required property \"id\""));
  }

  private static Arguments bad(String name, String document, String path, String problem) {
    return bad(name, STRICT, document, path, problem);
  }

  private static Arguments bad(
      String name, Binding.Options reader, String document, String path, String problem) {
    return Arguments.of(name, reader, document, path, problem);
  }

  /**
   * The binding under test.
   *
   * @param options the facade's options
   * @return the Jackson 2 binding; another binding's subclass gives its own
   */
  protected Binding binding(Binding.Options options) {
    return Binding.jackson2(options);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  public void aBadDocumentGivesOneTypedErrorAtItsPointer(
      String name, Binding.Options options, String document, String path, String problem) {
    Binding reader = binding(options);
    assertBad(path, problem, () -> reader.readInitiative(document));
    assertBad(path, problem, () -> reader.readInitiative(new StringReader(document)));
    byte[] utf8 = document.getBytes(StandardCharsets.UTF_8);
    assertBad(path, problem, () -> reader.readInitiative(new ByteArrayInputStream(utf8)));
  }

  public static Stream<Arguments> byteDocuments() {
    byte[] middle = bytes(MINIMAL, "Minimal", new byte[] {'M', (byte) 0xC3, 0x28, 'n'});
    byte[] start = bytes(MINIMAL, "Minimal", new byte[] {'M', (byte) 0xFF, 'n'});
    byte[] truncated = bytes(MINIMAL, "Minimal", new byte[] {'M', (byte) 0xE2, (byte) 0x82});
    byte[] padded = (MINIMAL + " ".repeat(10_000)).getBytes(StandardCharsets.UTF_8);
    byte[] longDescription =
        roadMapWith(
                "\"description\": \"Cradle", "\"description\": \"" + "x".repeat(20_000) + "Cradle")
            .getBytes(StandardCharsets.UTF_8);
    Binding.Options small = STRICT.withDocumentSize(5_000);
    return Stream.of(
        Arguments.of(
            "an invalid UTF-8 continuation byte", STRICT, middle, "/name", "not text in UTF-8"),
        Arguments.of("an invalid UTF-8 start byte", STRICT, start, "/name", "not text in UTF-8"),
        Arguments.of("a truncated UTF-8 sequence", STRICT, truncated, "/name", "UTF-8"),
        Arguments.of(
            "a document beyond the size limit",
            small,
            padded,
            "",
            "longer than the limit of 5,000"),
        Arguments.of(
            "a string running beyond the size limit",
            small,
            longDescription,
            "/description",
            "longer than the limit of 5,000"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("byteDocuments")
  public void badBytesGiveOneTypedErrorAtTheirPointer(
      String name, Binding.Options options, byte[] document, String path, String problem) {
    Binding reader = binding(options);
    assertBad(path, problem, () -> reader.readInitiative(new ByteArrayInputStream(document)));
  }

  @Test
  public void aTextDocumentBeyondTheSizeLimitIsRefusedBeforeParsing() {
    Binding small = binding(STRICT.withDocumentSize(40));
    InitiativeFormatException e =
        assertThrows(InitiativeFormatException.class, () -> small.readInitiative(MINIMAL));
    assertEquals("", e.path());
    assertEquals(1, e.line());
    assertEquals(41, e.column());
    assertTrue(e.problem().contains("longer than the limit of 40"), e.problem());
  }

  private static byte[] bytes(String document, String target, byte[] replacement) {
    byte[] all = document.getBytes(StandardCharsets.UTF_8);
    int at = document.indexOf(target);
    byte[] result = new byte[all.length - target.length() + replacement.length];
    System.arraycopy(all, 0, result, 0, at);
    System.arraycopy(replacement, 0, result, at, replacement.length);
    System.arraycopy(
        all,
        at + target.length(),
        result,
        at + replacement.length,
        all.length - at - target.length());
    return result;
  }

  /**
   * Asserts that reading fails with the given first problem; the message lists it (and any others)
   * with its pointer, line and column.
   */
  private static void assertBad(String path, String problem, Executable read) {
    InitiativeFormatException e = assertThrows(InitiativeFormatException.class, read);
    assertEquals(path, e.path(), e.getMessage());
    assertEquals(e.problems().get(0).path(), e.path());
    assertTrue(e.line() >= 1, e.getMessage());
    assertTrue(e.column() >= 1, e.getMessage());
    assertTrue(e.problem().contains(problem), e.getMessage());
    String message = e.getMessage();
    String where = path.isEmpty() ? "the root" : path;
    assertTrue(
        message.contains(
            where + " (line " + e.line() + ", column " + e.column() + "): " + e.problem()),
        message);
    assertFalse(
        message.contains("io.github") || message.contains("java.") || message.contains("`"),
        message);
  }
}
