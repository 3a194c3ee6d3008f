package io.github.collectiveimpact.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.collectiveimpact.json.format.internal.Schemas;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.validation.Category;
import io.github.collectiveimpact.validation.Finding;
import io.github.collectiveimpact.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Documents of schema version 1.0 read unchanged. The fixtures under {@code v1_0/} are the showcase
 * initiatives of the examples module as the 1.0 writer wrote them (StrivePartnership, the Road Map
 * Project, a Promise Neighborhoods member, an emerging coalition): 1.1 only added optional properties
 * and made a required one ({@code fte}) optional, so each must read, validate, and write back as the
 * current version with nothing changed but its {@code schemaVersion}.
 */
class SchemaOneZeroDocumentsTest {
  private static final CollectiveImpactJson JSON =
      CollectiveImpactJson.builder().prettyPrint(true).build();
  private static final String VERSION_1_0 = "\"schemaVersion\": \"1.0\"";
  private static final String VERSION_CURRENT =
      "\"schemaVersion\": \"" + CollectiveImpactJson.SCHEMA_VERSION + "\"";
  private static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema SCHEMA_1_0 =
      SCHEMAS.getSchema(Schemas.resource(Schemas.VERSION_1_0_FOLDER + "initiative.schema.json"));
  private static final Schema SCHEMA_CURRENT =
      SCHEMAS.getSchema(CollectiveImpactJson.initiativeSchema());

  static Stream<String> documents() {
    return Stream.of(
        "strivepartnership.json",
        "road-map-project.json",
        "promise-neighborhood-member.json",
        "emerging-coalition.json");
  }

  private static String resource(String name) {
    try (InputStream in = SchemaOneZeroDocumentsTest.class.getResourceAsStream(name)) {
      assertNotNull(in, name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(name, e);
    }
  }

  @ParameterizedTest
  @MethodSource("documents")
  void isADocumentOfVersionOneZeroThatBothSchemasAccept(String name) {
    String document = resource("v1_0/" + name);
    assertTrue(document.contains(VERSION_1_0), name);
    assertEquals(List.of(), SCHEMA_1_0.validate(document, InputFormat.JSON), name);
    assertEquals(List.of(), SCHEMA_CURRENT.validate(document, InputFormat.JSON), name);
  }

  @ParameterizedTest
  @MethodSource("documents")
  void readsValidatesAndIsWrittenBackWithOnlyItsVersionChanged(String name) throws Exception {
    String document = resource("v1_0/" + name);
    Initiative initiative = JSON.readInitiative(document);
    String written = JSON.writeInitiative(initiative) + "\n";
    assertEquals(document.replace(VERSION_1_0, VERSION_CURRENT), written, name);

    // Read back from the current version, it is the same initiative.
    assertEquals(initiative, JSON.readInitiative(written), name);
  }

  @ParameterizedTest
  @MethodSource("documents")
  void validatesWithEveryReferenceResolvingAsBefore(String name) throws Exception {
    Initiative initiative = JSON.readInitiative(resource("v1_0/" + name));
    List<String> structure = new ArrayList<>();
    for (Finding f :
        Validator.builder()
            .asOf(LocalDate.of(2026, 6, 30))
            .build()
            .validate(initiative)
            .findings(Category.STRUCTURE)) {
      structure.add(f.ruleId() + " " + f.path());
    }
    // The emerging coalition names, on purpose, a library that has not joined as a contributor;
    // every
    // other reference of every document resolves.
    assertEquals(
        name.equals("emerging-coalition.json")
            ? List.of("ST-003 /activities/0/contributingPartnerIds/1")
            : List.of(),
        structure,
        name);
  }
}
