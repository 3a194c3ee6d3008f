package io.github.collectiveimpact.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.collectiveimpact.json.format.InitiativeFormatException;
import io.github.collectiveimpact.model.DatedValue;
import io.github.collectiveimpact.model.Direction;
import io.github.collectiveimpact.model.DisaggregationDimension;
import io.github.collectiveimpact.model.Indicator;
import io.github.collectiveimpact.model.IndicatorLevel;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.Observation;
import io.github.collectiveimpact.model.ReportingPeriod;
import io.github.collectiveimpact.model.Unit;
import io.github.collectiveimpact.validation.ValidationReport;
import io.github.collectiveimpact.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The assessment section of the report document. */
class ReportAssessmentFormatTest {
  private static final CollectiveImpactJson JSON = CollectiveImpactJson.create();
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(CollectiveImpactJson.reportSchema());

  private static ValidationReport report(java.util.Locale locale) {
    List<Observation> obs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      obs.add(
          Observation.builder()
              .indicatorId("ready")
              .period(ReportingPeriod.ofSchoolYear(2010 + i))
              .value(52 + i)
              .build());
    }
    Initiative initiative =
        Initiative.builder()
            .id("road-map")
            .name("Road Map")
            .commonAgenda(
                io.github.collectiveimpact.model.CommonAgenda.builder()
                    .vision("Every student on track to a credential")
                    .build())
            .addPartners(
                io.github.collectiveimpact.model.Partner.builder()
                    .id("district")
                    .name("District")
                    .sector(io.github.collectiveimpact.model.Sector.K12_EDUCATION)
                    .build())
            .addIndicators(
                Indicator.builder()
                    .id("ready")
                    .name("Ready")
                    .unit(Unit.PERCENT)
                    .desiredDirection(Direction.INCREASE)
                    .level(IndicatorLevel.POPULATION)
                    .baseline(DatedValue.of(50, LocalDate.of(2010, 6, 30)))
                    .target(DatedValue.of(70, LocalDate.of(2017, 6, 30)))
                    .addDisaggregations(DisaggregationDimension.INCOME)
                    .build())
            .addAllObservations(obs)
            .backbone(io.github.collectiveimpact.model.Backbone.builder().name("CCER").build())
            .build();
    return Validator.builder()
        .asOf(LocalDate.of(2014, 12, 31))
        .locale(locale)
        .build()
        .validate(initiative);
  }

  @Test
  void theAssessmentSectionUsesTheFixedNamesAndReadsBack() throws Exception {
    for (java.util.Locale locale : List.of(java.util.Locale.ENGLISH, java.util.Locale.JAPANESE)) {
      ValidationReport report = report(locale);
      String json = JSON.writeReport(report);
      JsonNode a = new ObjectMapper().readTree(json).get("assessment");
      assertEquals("five_conditions", a.at("/lenses/0/lens").asText());
      assertEquals("collective_impact_3", a.at("/lenses/1/lens").asText());
      JsonNode agenda = a.at("/lenses/0/conditions/0");
      assertEquals("common_agenda", agenda.get("condition").asText());
      assertEquals(1, agenda.get("level").asInt());
      assertEquals("absent", agenda.get("rating").asText());
      assertEquals("/commonAgenda/vision", agenda.at("/evidence/0/path").asText());
      assertTrue(agenda.at("/nextSteps/0/source").asText().contains("Kania"), json);
      JsonNode activities = a.at("/lenses/0/conditions/2");
      assertEquals("mutually_reinforcing_activities", activities.get("condition").asText());
      assertEquals("not_assessed", activities.get("rating").asText());
      assertTrue(activities.get("level") == null, json);
      assertEquals("low", activities.get("confidence").asText());
      assertTrue(a.at("/stage/phase").isTextual(), json);
      assertTrue(a.at("/stage/basis").asText().contains("StriveTogether"), json);
      assertEquals(report, JSON.readReport(json));
      assertEquals(json, JSON.writeReport(JSON.readReport(json)));
      // The text is a rendering: a report read back renders the same in each language.
      for (Locale language : new Locale[] {Locale.ENGLISH, Locale.JAPANESE}) {
        assertEquals(report.toText(language), JSON.readReport(json).toText(language));
      }
      assertTrue(SCHEMA.validate(json, InputFormat.JSON).isEmpty(), json);
    }
  }

  @Test
  void aReportWithoutAnAssessmentStillReads() throws Exception {
    String json = JSON.writeReport(report(java.util.Locale.ENGLISH));
    ObjectNode root = (ObjectNode) new ObjectMapper().readTree(json);
    root.remove("assessment");
    String older = root.toString();
    assertTrue(JSON.readReport(older).assessment().isEmpty());
    assertTrue(JSON.readReport(older).results().isPresent());
    assertTrue(SCHEMA.validate(older, InputFormat.JSON).isEmpty(), older);
  }

  @Test
  void anInconsistentAssessmentIsRefusedAtItsPointer() {
    String json = JSON.writeReport(report(java.util.Locale.ENGLISH));
    InitiativeFormatException missing =
        assertThrows(
            InitiativeFormatException.class,
            () -> JSON.readReport(json.replace("\"rating\":\"absent\",", "")));
    assertEquals("/assessment/lenses/0/conditions/0/rating", missing.path());
    InitiativeFormatException mismatch =
        assertThrows(
            InitiativeFormatException.class,
            () ->
                JSON.readReport(
                    json.replaceFirst(
                        "\"level\":1,\"rating\":\"absent\"", "\"level\":4,\"rating\":\"absent\"")));
    assertEquals("/assessment/lenses/0/conditions/0", mismatch.path());
    assertTrue(
        !SCHEMA
            .validate(
                json.replaceFirst(
                    "\"rating\":\"not_assessed\"", "\"level\":2,\"rating\":\"not_assessed\""),
                InputFormat.JSON)
            .isEmpty());
  }
}
