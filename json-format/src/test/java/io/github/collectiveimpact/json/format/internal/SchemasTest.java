package io.github.collectiveimpact.json.format.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SchemasTest {
  @Test
  void theInitiativeSchemaShipsAtItsDocumentedLocation() throws Exception {
    assertEquals(
        "/io/github/collectiveimpact/json/format/initiative.schema.json",
        Schemas.INITIATIVE_RESOURCE);
    try (InputStream in = Schemas.class.getResourceAsStream(Schemas.INITIATIVE_RESOURCE)) {
      assertNotNull(in, Schemas.INITIATIVE_RESOURCE);
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(text, Schemas.initiative());
      assertTrue(
          text.replaceAll("\\s", "")
              .contains("\"$schema\":\"https://json-schema.org/draft/2020-12/schema\""),
          text.substring(0, Math.min(200, text.length())));
    }
  }
}
