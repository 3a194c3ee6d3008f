package io.github.collectiveimpact.json.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.fixtures.Initiatives;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.Partner;
import io.github.collectiveimpact.model.Sector;
import io.github.collectiveimpact.validation.ValidationReport;
import io.github.collectiveimpact.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A caller's Jackson 3 mapper, with settings that would change an unpinned format, writes the bytes of
 * {@link CollectiveImpactJson} and reads as strictly once {@link CollectiveImpactJacksonModule} is
 * registered.
 */
class CallerMapperTest {
  private static final CollectiveImpactJson JSON = CollectiveImpactJson.create();

  /** Renamed and sorted properties, dates as numbers, unknown properties allowed. */
  private static final JsonMapper CALLER =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(MapperFeature.ALLOW_EXPLICIT_PROPERTY_RENAMING)
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .addModule(new CollectiveImpactJacksonModule())
          .build();

  @Provide
  Arbitrary<Initiative> initiatives() {
    return Initiatives.any();
  }

  @Property(tries = 100)
  void theCallersMapperWritesTheSameBytesAndReadsThemBack(
      @ForAll("initiatives") Initiative initiative) {
    String ours = JSON.writeInitiative(initiative);
    assertEquals(ours, CALLER.writeValueAsString(initiative));
    assertEquals(initiative, CALLER.readValue(ours, Initiative.class));
  }

  @Property(tries = 30)
  void theCallersMapperWritesAReportsBytesAndReadsThemBack(
      @ForAll("initiatives") Initiative initiative) {
    ValidationReport report =
        Validator.builder().asOf(Initiatives.AS_OF).build().validate(initiative);
    String ours = JSON.writeReport(report);
    assertEquals(ours, CALLER.writeValueAsString(report));
    assertEquals(report, CALLER.readValue(ours, ValidationReport.class));
  }

  @Test
  void aBadReportIsRefusedAtItsPointerInTheCallersDocument() {
    String report =
        JSON.writeReport(
            Validator.builder()
                .asOf(Initiatives.AS_OF)
                .build()
                .validate(Initiatives.completeExample()));
    String bad = report.replaceFirst("\"valid\":(true|false)", "\"valid\":\"yes\"");
    FormatMappingException e =
        assertThrows(
            FormatMappingException.class,
            () ->
                CALLER.readValue(
                    "{\"reports\":[" + bad + "]}",
                    new TypeReference<Map<String, List<ValidationReport>>>() {}));
    assertEquals("/reports/0/valid", e.problems().get(0).path());
  }

  @Test
  void theMappersOwnSettingsStillApplyToTheCallersOwnValues() {
    String written =
        CALLER.writeValueAsString(Map.of("when", LocalDate.of(2020, 1, 2), "partner", partner()));
    assertTrue(written.contains("[2020,1,2]"), written);
    assertTrue(written.contains("\"sector\":\"k12_education\""), written);
  }

  @Test
  void anUnknownPropertyIsRefusedThoughTheMapperAllowsThem() {
    String extra =
        JSON.writeInitiative(Initiatives.completeExample())
            .replaceFirst("\"id\":", "\"website\":\"x\",\"id\":");
    FormatMappingException e =
        assertThrows(FormatMappingException.class, () -> CALLER.readValue(extra, Initiative.class));
    assertEquals("/website", e.problems().get(0).path());
    assertTrue(e.problems().get(0).message().startsWith("unknown property \"website\""));
    assertEquals(e.formatException().getMessage(), e.getMessage());
    assertFalse(e.getMessage().contains("io.github"), e.getMessage());
  }

  @Test
  void initiativesInsideTheCallersTypesAreCheckedOneByOne() {
    String one = JSON.writeInitiative(Initiatives.completeExample());
    List<Initiative> both =
        CALLER.readValue("[" + one + "," + one + "]", new TypeReference<List<Initiative>>() {});
    assertEquals(List.of(Initiatives.completeExample(), Initiatives.completeExample()), both);
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
  }

  @Test
  void aModelTypeOnItsOwnHasTheFormatsShape() {
    String written = CALLER.writeValueAsString(partner());
    assertEquals("{\"id\":\"p1\",\"name\":\"Schools\",\"sector\":\"k12_education\"}", written);
    assertEquals(partner(), CALLER.readValue(written, Partner.class));
  }

  private static Partner partner() {
    return Partner.builder().id("p1").name("Schools").sector(Sector.K12_EDUCATION).build();
  }
}
