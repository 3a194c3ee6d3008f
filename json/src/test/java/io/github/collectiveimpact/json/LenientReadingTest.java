package io.github.collectiveimpact.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.json.format.InitiativeFormatException;
import io.github.collectiveimpact.json.format.ReadResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LenientReadingTest {
  private static final CollectiveImpactJson STRICT = CollectiveImpactJson.create();
  private static final CollectiveImpactJson LENIENT =
      CollectiveImpactJson.builder().lenient(true).build();

  /** {@link Documents#ROAD_MAP} with unknown properties at four levels, values of every kind. */
  private static final String WITH_EXTRAS =
      Documents.roadMapWith(
              "\"id\": \"road-map\",",
              "\"id\": \"road-map\", \"website\": \"https://example.org\",")
          .replace(
              "\"joined\": \"2010-06-01\"",
              "\"joined\": \"2010-06-01\", \"tags\": [\"city\", {\"x\": [1, 2]}]")
          .replace(
              "\"value\": 41.5,", "\"value\": 41.5, \"confidence\": {\"low\": 40, \"high\": 43},")
          .replace("\"cadence\": \"P3M\"", "\"cadence\": \"P3M\", \"a/b~c\": null");

  @Test
  void unknownPropertiesAreSkippedAndListedInDocumentOrder() throws Exception {
    ReadResult<io.github.collectiveimpact.model.Initiative> result =
        LENIENT.readInitiativeResult(WITH_EXTRAS);
    assertEquals(Documents.roadMap(), result.value());
    assertEquals(
        List.of(
            "/website",
            "/partners/0/tags",
            "/indicators/0/baseline/confidence",
            "/meetingSeries/0/a~1b~0c"),
        result.ignoredProperties());
    assertEquals(
        result.ignoredProperties(),
        LENIENT
            .readInitiativeResult(
                new ByteArrayInputStream(WITH_EXTRAS.getBytes(StandardCharsets.UTF_8)))
            .ignoredProperties());
    assertEquals(Documents.roadMap(), LENIENT.readInitiative(WITH_EXTRAS));
  }

  @Test
  void aStrictReaderRefusesWhatALenientOneSkips() throws Exception {
    InitiativeFormatException e =
        assertThrows(InitiativeFormatException.class, () -> STRICT.readInitiative(WITH_EXTRAS));
    assertEquals("/website", e.path());
    assertTrue(STRICT.readInitiativeResult(Documents.ROAD_MAP).ignoredProperties().isEmpty());
    assertTrue(LENIENT.readInitiativeResult(Documents.ROAD_MAP).ignoredProperties().isEmpty());
  }

  @Test
  void aLenientReaderIsStrictAboutEverythingElse() {
    assertEquals(
        "/name",
        assertThrows(
                InitiativeFormatException.class,
                () ->
                    LENIENT.readInitiative(
                        Documents.roadMapWith(
                            "\"name\": \"The Road Map Project\"", "\"name\": null")))
            .path());
    assertEquals(
        "/id",
        assertThrows(
                InitiativeFormatException.class,
                () ->
                    LENIENT.readInitiative(
                        Documents.roadMapWith(
                            "\"id\": \"road-map\",", "\"id\": \"road-map\", \"id\": \"y\",")))
            .path());
    assertEquals(
        "/partners/0/sector",
        assertThrows(
                InitiativeFormatException.class,
                () ->
                    LENIENT.readInitiative(
                        Documents.roadMapWith(
                            "\"sector\": \"government\"", "\"sector\": \"city\"")))
            .path());
    assertEquals(
        "/website",
        assertThrows(
                InitiativeFormatException.class,
                () ->
                    LENIENT.readInitiative(
                        Documents.roadMapWith(
                            "\"id\": \"road-map\",",
                            "\"id\": \"road-map\", \"website\": \"unclosed,")))
            .path());
  }

  @Test
  void theOptionsAreReported() {
    assertTrue(LENIENT.isLenient());
    assertFalse(STRICT.isLenient());
  }
}
