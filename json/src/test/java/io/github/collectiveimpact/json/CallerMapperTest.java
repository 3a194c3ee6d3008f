package io.github.collectiveimpact.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.collectiveimpact.fixtures.Initiatives;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.validation.ValidationReport;
import io.github.collectiveimpact.validation.Validator;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A caller's own mapper, with settings that would change an unpinned format, still writes and reads the
 * format of {@link CollectiveImpactJson} once {@link CollectiveImpactModule} is registered.
 */
class CallerMapperTest {
  private static final CollectiveImpactJson JSON = CollectiveImpactJson.create();
  private static final ObjectMapper PLAIN = new ObjectMapper();

  /** Settings that rename properties, write dates as numbers, enums as indexes, sort, and drop defaults. */
  private static final ObjectMapper CALLER =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(MapperFeature.ALLOW_EXPLICIT_PROPERTY_RENAMING)
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.WRITE_ENUMS_USING_INDEX)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_DEFAULT, JsonInclude.Include.NON_DEFAULT))
          // The Java time module, found on the module path as most applications find it.
          .findAndAddModules()
          .addModule(new CollectiveImpactModule())
          .build();

  @Test
  void theCallersMapperHasTheJavaTimeModuleAndOursBroughtTheJdk8Module() {
    assertTrue(
        CALLER.getRegisteredModuleIds().contains("jackson-datatype-jsr310"),
        CALLER.getRegisteredModuleIds().toString());
    ObjectMapper bare = new ObjectMapper().registerModule(new CollectiveImpactModule());
    assertTrue(
        bare.getRegisteredModuleIds().contains(new Jdk8Module().getTypeId()),
        bare.getRegisteredModuleIds().toString());
    assertTrue(bare.getRegisteredModuleIds().contains(new CollectiveImpactModule().getTypeId()));
  }

  @Provide
  Arbitrary<Initiative> initiatives() {
    return Initiatives.any();
  }

  @Property(tries = 100)
  void theCallersMapperWritesAndReadsTheSameFormat(@ForAll("initiatives") Initiative initiative)
      throws Exception {
    String ours = JSON.writeInitiative(initiative);
    String theirs = CALLER.writeValueAsString(initiative);
    assertSameDocument(PLAIN.readTree(ours), PLAIN.readTree(theirs));
    assertEquals(initiative, CALLER.readValue(ours, Initiative.class));
    assertEquals(initiative, JSON.readInitiative(theirs));
  }

  @Property(tries = 50)
  void theCallersMapperWritesAndReadsTheSameReports(@ForAll("initiatives") Initiative initiative)
      throws Exception {
    ValidationReport report =
        Validator.builder().asOf(Initiatives.AS_OF).build().validate(initiative);
    String ours = JSON.writeReport(report);
    String theirs = CALLER.writeValueAsString(report);
    assertSameDocument(PLAIN.readTree(ours), PLAIN.readTree(theirs));
    assertEquals(report, CALLER.readValue(ours, ValidationReport.class));
    assertEquals(report, JSON.readReport(theirs));
  }

  @Test
  void theCallersOwnDatesKeepTheCallersSettings() throws Exception {
    JsonNode tree =
        PLAIN.readTree(CALLER.writeValueAsString(Map.of("when", LocalDate.of(2020, 1, 2))));
    assertEquals(PLAIN.readTree("[2020, 1, 2]"), tree.get("when"));
  }

  @Test
  void initiativesInsideTheCallersTypesAreCheckedOneByOne() throws Exception {
    String one = JSON.writeInitiative(Documents.roadMap());
    List<Initiative> both =
        CALLER.readValue("[" + one + "," + one + "]", new TypeReference<List<Initiative>>() {});
    assertEquals(List.of(Documents.roadMap(), Documents.roadMap()), both);
    String secondWithoutVersion = one.replace("\"schemaVersion\":\"1.1\",", "");
    FormatMappingException e =
        assertThrows(
            FormatMappingException.class,
            () ->
                CALLER.readValue(
                    "[" + one + "," + secondWithoutVersion + "]",
                    new TypeReference<List<Initiative>>() {}));
    assertEquals("/1/schemaVersion", e.problems().get(0).path());
    assertEquals("missing required property \"schemaVersion\"", e.problems().get(0).message());
    assertEquals(e.formatException().getMessage(), e.getMessage());
    assertFalse(e.getMessage().contains("io.github"), e.getMessage());
  }

  @Test
  void theFormatIsStrictWhateverTheCallersMapperSays() throws Exception {
    // The caller's mapper does not fail on unknown properties; the format's types still do, so that
    // nothing of a document is dropped without a word.
    String extra =
        Documents.roadMapWith("\"id\": \"road-map\",", "\"id\": \"road-map\", \"website\": \"x\",");
    FormatMappingException e =
        assertThrows(FormatMappingException.class, () -> CALLER.readValue(extra, Initiative.class));
    assertEquals("/website", e.problems().get(0).path());
    assertTrue(e.problems().get(0).message().startsWith("unknown property \"website\""));
  }

  /** Equal trees with the properties of every object in the same order. */
  private static void assertSameDocument(JsonNode expected, JsonNode actual) {
    assertEquals(expected, actual);
    assertSameOrder(expected, actual);
  }

  private static void assertSameOrder(JsonNode expected, JsonNode actual) {
    if (expected.isObject()) {
      assertEquals(FormatTest.names(expected), FormatTest.names(actual));
      for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        assertSameOrder(expected.get(name), actual.get(name));
      }
    } else if (expected.isArray()) {
      for (int i = 0; i < expected.size(); i++) {
        assertSameOrder(expected.get(i), actual.get(i));
      }
    }
  }
}
