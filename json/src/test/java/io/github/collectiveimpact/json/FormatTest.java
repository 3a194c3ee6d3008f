package io.github.collectiveimpact.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.collectiveimpact.json.format.InitiativeFormatException;
import io.github.collectiveimpact.model.Cadence;
import io.github.collectiveimpact.model.DisaggregationDimension;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.MeetingKind;
import io.github.collectiveimpact.model.MeetingSeries;
import io.github.collectiveimpact.model.Partner;
import io.github.collectiveimpact.model.Sector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The format, checked against a document written by hand. */
class FormatTest {
  private static final CollectiveImpactJson JSON = CollectiveImpactJson.create();
  private static final ObjectMapper PLAIN = new ObjectMapper();

  @Test
  void readingTheHandWrittenDocumentGivesTheModel() throws Exception {
    assertEquals(Documents.roadMap(), JSON.readInitiative(Documents.ROAD_MAP));
  }

  @Test
  void writingTheModelGivesTheHandWrittenDocumentWithoutItsWhitespace() throws Exception {
    String compact = PLAIN.writeValueAsString(PLAIN.readTree(Documents.ROAD_MAP));
    assertEquals(compact, JSON.writeInitiative(Documents.roadMap()));
  }

  @Test
  void theSchemaVersionComesFirst() {
    assertTrue(
        JSON.writeInitiative(Documents.roadMap())
            .startsWith("{\"schemaVersion\":\"" + CollectiveImpactJson.SCHEMA_VERSION + "\","));
    assertEquals("1.1", CollectiveImpactJson.SCHEMA_VERSION);
  }

  @Test
  void aDocumentOfVersionOneZeroReadsUnchangedAndIsWrittenAsTheCurrentVersion() throws Exception {
    Initiative read = JSON.readInitiative(Documents.ROAD_MAP_1_0);
    assertEquals(Documents.roadMap10(), read);
    String compact = PLAIN.writeValueAsString(PLAIN.readTree(Documents.ROAD_MAP_1_0));
    assertEquals(
        compact.replace("\"schemaVersion\":\"1.0\"", "\"schemaVersion\":\"1.1\""),
        JSON.writeInitiative(read));
  }

  @Test
  void emptyOptionalsAndCollectionsAreLeftOutAndAnEmptyAgendaIsAnEmptyObject() throws Exception {
    Initiative bare = Initiative.builder().id("x").name("Bare").build();
    JsonNode tree = PLAIN.readTree(JSON.writeInitiative(bare));
    assertEquals(List.of("schemaVersion", "id", "name", "commonAgenda"), names(tree));
    assertEquals(0, tree.get("commonAgenda").size());
    assertEquals(bare, JSON.readInitiative(Documents.MINIMAL.replace("Minimal", "Bare")));
  }

  @Test
  void anEmptyStringIsKeptNotLeftOut() throws Exception {
    Initiative initiative = Initiative.builder().id("x").name("n").description("").build();
    String json = JSON.writeInitiative(initiative);
    assertEquals("", PLAIN.readTree(json).get("description").asText());
    assertEquals(initiative, JSON.readInitiative(json));
  }

  @Test
  void aWholeNumberIsReadAsADoubleAndWrittenWithAFraction() throws Exception {
    Initiative read = JSON.readInitiative(Documents.roadMapWith("\"fte\": 1.0", "\"fte\": 2"));
    assertEquals(2.0, read.backbone().get().staff().get(0).fte().getAsDouble());
    assertTrue(JSON.writeInitiative(read).contains("\"fte\":2.0"));
  }

  @Test
  void aMinorVersionOfTheSameMajorIsRead() throws Exception {
    assertEquals(
        Documents.roadMap(),
        JSON.readInitiative(
            Documents.roadMapWith("\"schemaVersion\": \"1.1\"", "\"schemaVersion\": \"1.12\"")));
  }

  @Test
  void theSchemaVersionMayComeAnywhereInTheObject() throws Exception {
    String last =
        Documents.roadMapWith("\"schemaVersion\": \"1.1\",", "")
            .replace(
                "\"publishesResults\": true, \"partnerIds\": [\"p1\"]}]",
                "\"publishesResults\": true, \"partnerIds\": [\"p1\"]}], \"schemaVersion\": \"1.1\"");
    assertEquals(Documents.roadMap(), JSON.readInitiative(last));
  }

  @Test
  void aSetOfDimensionsIsWrittenInKeyOrderAndRefusesDuplicates() throws Exception {
    // The schema says the elements are unique: a duplicate is refused where it is, not dropped.
    InitiativeFormatException duplicate =
        assertThrows(
            InitiativeFormatException.class,
            () ->
                JSON.readInitiative(
                    Documents.roadMapWith(
                        "\"disaggregations\": [\"income\", \"race_ethnicity\"]",
                        "\"disaggregations\": [\"race_ethnicity\", \"income\", \"race_ethnicity\"]")));
    assertEquals("/indicators/0/disaggregations/2", duplicate.path());
    assertEquals(
        "the same value as element 0; the elements of this array must be unique",
        duplicate.problem());
    Initiative read =
        JSON.readInitiative(
            Documents.roadMapWith(
                "\"disaggregations\": [\"income\", \"race_ethnicity\"]",
                "\"disaggregations\": [\"race_ethnicity\", \"income\"]"));
    List<String> keys = new ArrayList<>();
    read.indicators().get(0).disaggregations().forEach(d -> keys.add(d.key()));
    assertEquals(List.of("income", "race_ethnicity"), keys);
    // Equal initiatives give equal bytes, whatever order their sets were built in.
    Initiative reversed =
        read.withIndicators(
            read.indicators()
                .get(0)
                .withDisaggregations(
                    DisaggregationDimension.RACE_ETHNICITY, DisaggregationDimension.INCOME));
    Initiative sorted =
        read.withIndicators(
            read.indicators()
                .get(0)
                .withDisaggregations(
                    DisaggregationDimension.INCOME, DisaggregationDimension.RACE_ETHNICITY));
    assertEquals(sorted, reversed);
    assertEquals(JSON.writeInitiative(sorted), JSON.writeInitiative(reversed));
  }

  @Test
  void enumsAreLowerCaseSnakeCaseAndCadencesArePeriods() throws Exception {
    Initiative initiative =
        Initiative.builder()
            .id("x")
            .name("n")
            .addPartners(Partner.builder().id("p").name("P").sector(Sector.K12_EDUCATION).build())
            .addMeetingSeries(
                MeetingSeries.builder()
                    .id("m")
                    .name("M")
                    .kind(MeetingKind.ALL_PARTNERS)
                    .cadence(Cadence.parse("P2W"))
                    .addMeetingDates(LocalDate.of(2024, 2, 29))
                    .build())
            .build();
    JsonNode tree = PLAIN.readTree(JSON.writeInitiative(initiative));
    assertEquals("k12_education", tree.at("/partners/0/sector").asText());
    assertEquals("all_partners", tree.at("/meetingSeries/0/kind").asText());
    assertEquals(Cadence.parse("P2W").toString(), tree.at("/meetingSeries/0/cadence").asText());
    assertEquals("2024-02-29", tree.at("/meetingSeries/0/meetingDates/0").asText());
  }

  @Test
  void aPrettyDocumentIndentsWithTwoSpacesAndLineFeeds() throws Exception {
    String pretty =
        CollectiveImpactJson.builder()
            .prettyPrint(true)
            .build()
            .writeInitiative(Documents.roadMap());
    assertTrue(
        pretty.startsWith("{\n  \"schemaVersion\": \"1.1\",\n  \"id\": \"road-map\",\n"), pretty);
    assertTrue(
        pretty.contains("\"memberPartnerIds\": [\n        \"p1\",\n        \"p2\"\n      ]"),
        pretty);
    assertTrue(pretty.endsWith("\n}"), pretty);
    assertFalse(pretty.contains("\r"));
    assertEquals(PLAIN.readTree(Documents.ROAD_MAP), PLAIN.readTree(pretty));
  }

  static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}
