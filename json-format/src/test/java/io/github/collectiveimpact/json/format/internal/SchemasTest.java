package io.github.collectiveimpact.json.format.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchemasTest {
  @Test
  void theSchemasShipAtTheirDocumentedLocations() {
    assertEquals(
        "/io/github/collectiveimpact/json/format/initiative.schema.json",
        Schemas.INITIATIVE_RESOURCE);
    assertEquals(
        "/io/github/collectiveimpact/json/format/report.schema.json", Schemas.REPORT_RESOURCE);
    assertEquals(text(Schemas.INITIATIVE_RESOURCE), Schemas.initiative());
    assertEquals(text(Schemas.REPORT_RESOURCE), Schemas.report());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/io/github/collectiveimpact/json/format/initiative.schema.json",
        "/io/github/collectiveimpact/json/format/report.schema.json",
        "/io/github/collectiveimpact/json/format/schema-1.0/initiative.schema.json",
        "/io/github/collectiveimpact/json/format/schema-1.0/report.schema.json"
      })
  void everySchemaIsDraft202012(String name) {
    String text = Schemas.resource(name);
    assertTrue(
        text.replaceAll("\\s", "")
            .contains("\"$schema\":\"https://json-schema.org/draft/2020-12/schema\""),
        name);
  }

  @Test
  void theFrozenSchemasAreInTheirFolder() {
    assertTrue(
        Schemas.resource(Schemas.VERSION_1_0_FOLDER + "initiative.schema.json")
            .contains("/schema/1.0/initiative.schema.json"));
  }

  @Test
  void aMissingSchemaIsAnError() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Schemas.resource("/no/such.schema.json"));
    assertTrue(e.getMessage().contains("/no/such.schema.json"), e.getMessage());
  }

  private static String text(String name) {
    try (InputStream in = Schemas.class.getResourceAsStream(name)) {
      assertNotNull(in, name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
