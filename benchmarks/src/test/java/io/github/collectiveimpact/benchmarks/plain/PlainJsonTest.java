package io.github.collectiveimpact.benchmarks.plain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.benchmarks.SyntheticInitiatives;
import io.github.collectiveimpact.json.CollectiveImpactJson;
import io.github.collectiveimpact.model.Initiative;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class PlainJsonTest {
  private final Initiative initiative = SyntheticInitiatives.generate(30, 12, 2000, 4);

  @Test
  void aDocumentReadsBackIntoAnEqualModel() {
    assertEquals(initiative, PlainJson.readModel(PlainJson.writeModel(initiative)));
  }

  @Test
  void writingThePlainClassesReadFromADocumentGivesTheSameDocument() {
    String json = PlainJson.writeModel(initiative);

    assertEquals(json, PlainJson.write(PlainJson.read(json)));
  }

  @Test
  void theDocumentHasTheLibrarysShape() {
    String json = PlainJson.writeModel(initiative);

    assertTrue(
        json.startsWith(
            "{\"schemaVersion\":\""
                + PlainJson.SCHEMA_VERSION
                + "\",\"id\":\"synthetic-30-12-2000\","),
        json.substring(0, 60));
    assertTrue(json.contains("\"commonAgenda\":{\"problemStatement\":"));
    assertTrue(json.contains("\"sector\":\"k12_education\""), "enums in lower snake case");
    assertTrue(json.contains("\"period\":{\"start\":\"2"), "periods as start and end, ISO dates");
    assertTrue(json.contains("\"baseline\":{\"value\":"), "dated values as value and date");
    assertTrue(json.contains("\"reportingFrequency\":\"P3M\""), "cadences as ISO periods");
    assertTrue(json.contains("\"disaggregation\":{\"dimension\":\"race_ethnicity\",\"group\":"));
    assertFalse(json.contains("null"), "absent optionals are omitted");
    assertFalse(json.contains("[]"), "empty lists are omitted");
  }

  @Test
  void thePlainWriterWritesTheSameTextAsTheLibrary() {
    assertEquals(
        CollectiveImpactJson.create().writeInitiative(initiative),
        PlainJson.writeModel(initiative));
  }

  @Test
  void theLibraryReadsTheDocumentIntoAnEqualModel() throws Exception {
    assertEquals(
        initiative, CollectiveImpactJson.create().readInitiative(PlainJson.writeModel(initiative)));
  }

  @Test
  void unknownPropertiesFail() {
    assertThrows(
        UncheckedIOException.class,
        () -> PlainJson.read("{\"id\":\"x\",\"name\":\"y\",\"color\":1}"));
  }
}
