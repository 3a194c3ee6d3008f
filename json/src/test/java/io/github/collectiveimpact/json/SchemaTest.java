package io.github.collectiveimpact.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.collectiveimpact.json.format.InitiativeFormatException;
import io.github.collectiveimpact.model.Audience;
import io.github.collectiveimpact.model.BackboneFunction;
import io.github.collectiveimpact.model.BackboneType;
import io.github.collectiveimpact.model.ChannelKind;
import io.github.collectiveimpact.model.Direction;
import io.github.collectiveimpact.model.IndicatorLevel;
import io.github.collectiveimpact.model.MeetingKind;
import io.github.collectiveimpact.model.PartnerRole;
import io.github.collectiveimpact.model.Sector;
import io.github.collectiveimpact.model.Unit;
import io.github.collectiveimpact.validation.Category;
import io.github.collectiveimpact.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped schemas agree with the reader: on what both accept, on what both refuse, on enums. */
class SchemaTest {
  private static final CollectiveImpactJson JSON = CollectiveImpactJson.create();
  private static final Schema INITIATIVE =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(CollectiveImpactJson.initiativeSchema());

  private static boolean schemaAccepts(String document) {
    return INITIATIVE.validate(document, InputFormat.JSON).isEmpty();
  }

  static Stream<String> acceptedDocuments() {
    return Stream.of(
        Documents.MINIMAL,
        Documents.ROAD_MAP,
        Documents.roadMapWith("\"schemaVersion\": \"1.1\"", "\"schemaVersion\": \"1.7\""),
        Documents.roadMapWith("\"cadence\": \"P3M\"", "\"cadence\": \"P2W\""),
        Documents.roadMapWith("\"fte\": 1.0", "\"fte\": 0"),
        Documents.roadMapWith("\"value\": 45.25", "\"value\": -1.5e-7"),
        "{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"name\": \"n\", \"commonAgenda\": {},"
            + " \"partners\": [], \"channels\": []}");
  }

  @ParameterizedTest
  @MethodSource("acceptedDocuments")
  void whatTheSchemaAcceptsTheReaderReads(String document) throws InitiativeFormatException {
    assertTrue(schemaAccepts(document), document);
    assertNotNull(JSON.readInitiative(document));
  }

  static Stream<String> refusedDocuments() {
    return Stream.of(
        Documents.roadMapWith("\"schemaVersion\": \"1.1\",", ""),
        Documents.roadMapWith("\"schemaVersion\": \"1.1\"", "\"schemaVersion\": \"2.0\""),
        Documents.roadMapWith("\"id\": \"road-map\",", ""),
        Documents.roadMapWith("\"id\": \"road-map\"", "\"id\": \"  \""),
        Documents.roadMapWith("\"sector\": \"government\"", "\"sector\": \"GOVERNMENT\""),
        Documents.roadMapWith("\"launchDate\": \"2010-06-01\"", "\"launchDate\": \"2010-6-1\""),
        Documents.roadMapWith("\"launchDate\": \"2010-06-01\"", "\"launchDate\": \"+10000-01-01\""),
        Documents.roadMapWith("\"launchDate\": \"2010-06-01\"", "\"launchDate\": \"-0001-01-01\""),
        Documents.roadMapWith("\"launchDate\": \"2010-06-01\"", "\"launchDate\": \"2010-13-01\""),
        Documents.roadMapWith("\"cadence\": \"P3M\"", "\"cadence\": \"P0D\""),
        Documents.roadMapWith("\"cadence\": \"P3M\"", "\"cadence\": \"quarterly\""),
        Documents.roadMapWith(
            "\"disaggregations\": [\"income\", \"race_ethnicity\"]",
            "\"disaggregations\": [\"Race\"]"),
        Documents.roadMapWith("\"fte\": 1.0", "\"fte\": -1"),
        Documents.roadMapWith("\"fte\": 1.0", "\"fte\": \"1.0\""),
        Documents.roadMapWith("\"publishesResults\": true", "\"publishesResults\": \"true\""),
        Documents.roadMapWith(
            "\"description\": \"Cradle", "\"website\": \"x\", \"description\": \"Cradle"),
        Documents.roadMapWith(
            "\"description\": \"Cradle to college and career in South King County\"",
            "\"description\": null"),
        Documents.roadMapWith(
            "\"memberPartnerIds\": [\"p1\", \"p2\"]", "\"memberPartnerIds\": [\"p1\", null]"),
        Documents.roadMapWith("\"start\": \"2015-09-01\", ", ""));
  }

  @ParameterizedTest
  @MethodSource("refusedDocuments")
  void whatTheSchemaRefusesTheReaderRefuses(String document) {
    assertFalse(schemaAccepts(document), document);
    assertThrows(InitiativeFormatException.class, () -> JSON.readInitiative(document));
  }

  @Test
  void theSchemasAreThoseOfTheirDocumentedLocations() throws Exception {
    // Both schemas lie in the format's module, whose packages another named module cannot read
    // resources from: json-format's own test reads them at their place.
    assertEquals(
        "/io/github/collectiveimpact/json/format/report.schema.json",
        CollectiveImpactJson.REPORT_SCHEMA_RESOURCE);
    assertEquals(
        "/io/github/collectiveimpact/json/format/initiative.schema.json",
        CollectiveImpactJson.INITIATIVE_SCHEMA_RESOURCE);
    for (String schema :
        List.of(CollectiveImpactJson.initiativeSchema(), CollectiveImpactJson.reportSchema())) {
      assertEquals(
          "https://json-schema.org/draft/2020-12/schema",
          new ObjectMapper().readTree(schema).get("$schema").asText());
    }
  }

  @Test
  void theSchemasEnumsAreTheModelsConstantsInLowerCase() throws Exception {
    JsonNode defs =
        new ObjectMapper().readTree(CollectiveImpactJson.initiativeSchema()).get("$defs");
    assertEquals(names(Sector.values()), texts(defs.get("sector").get("enum")));
    assertEquals(names(PartnerRole.values()), texts(defs.get("partnerRole").get("enum")));
    assertEquals(names(BackboneType.values()), texts(defs.get("backboneType").get("enum")));
    assertEquals(names(BackboneFunction.values()), texts(defs.get("backboneFunction").get("enum")));
    assertEquals(names(Unit.values()), texts(defs.get("unit").get("enum")));
    assertEquals(names(Direction.values()), texts(defs.get("direction").get("enum")));
    assertEquals(names(IndicatorLevel.values()), texts(defs.get("indicatorLevel").get("enum")));
    assertEquals(names(MeetingKind.values()), texts(defs.get("meetingKind").get("enum")));
    assertEquals(names(ChannelKind.values()), texts(defs.get("channelKind").get("enum")));
    assertEquals(names(Audience.values()), texts(defs.get("audience").get("enum")));

    JsonNode report = new ObjectMapper().readTree(CollectiveImpactJson.reportSchema());
    assertEquals(names(Category.values()), texts(report.get("$defs").get("category").get("enum")));
    assertEquals(
        names(Severity.values()),
        texts(report.at("/properties/findings/items/properties/severity/enum")));
  }

  private static List<String> names(Enum<?>[] constants) {
    List<String> names = new ArrayList<>();
    for (Enum<?> c : constants) {
      names.add(c.name().toLowerCase(Locale.ROOT));
    }
    return names;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }
}
