package io.github.collectiveimpact.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.collectiveimpact.json.format.InitiativeFormatException;
import io.github.collectiveimpact.model.DatedValue;
import io.github.collectiveimpact.model.Direction;
import io.github.collectiveimpact.model.Disaggregation;
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
import org.junit.jupiter.api.Test;

/** The results section of the report document. */
class ReportResultsFormatTest {
  private static final CollectiveImpactJson JSON = CollectiveImpactJson.create();
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(CollectiveImpactJson.reportSchema());

  private static ValidationReport report() {
    List<Observation> obs = new ArrayList<>();
    double[] values = {52, 54, 55, 57};
    for (int i = 0; i < values.length; i++) {
      obs.add(
          Observation.builder()
              .indicatorId("ready")
              .period(ReportingPeriod.ofSchoolYear(2010 + i))
              .value(values[i])
              .build());
      obs.add(
          Observation.builder()
              .indicatorId("ready")
              .period(ReportingPeriod.ofSchoolYear(2010 + i))
              .value(values[i] - 10 - i)
              .disaggregation(Disaggregation.of(DisaggregationDimension.INCOME, "low income"))
              .build());
    }
    Initiative initiative =
        Initiative.builder()
            .id("road-map")
            .name("Road Map")
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
                    .addDisaggregations(DisaggregationDimension.RACE_ETHNICITY)
                    .build())
            .addAllObservations(obs)
            .build();
    return Validator.builder().asOf(LocalDate.of(2014, 12, 31)).build().validate(initiative);
  }

  @Test
  void theResultsSectionUsesTheFixedNamesAndReadsBack() throws Exception {
    ValidationReport report = report();
    String json = JSON.writeReport(report);
    JsonNode r = new ObjectMapper().readTree(json).get("results").get("indicators").get(0);
    assertEquals("ready", r.get("indicatorId").asText());
    assertEquals(57, r.at("/latest/value").asDouble());
    assertEquals("2014-06-30", r.at("/latest/periodEnd").asText());
    // 57 - 50 = 7; 7 / 50 = 0.14.
    assertEquals("better", r.get("sinceBaseline").asText());
    assertEquals(7, r.at("/changeSinceBaseline/absolute").asDouble(), 1e-9);
    assertEquals(0.14, r.at("/changeSinceBaseline/relative").asDouble(), 1e-9);
    assertEquals("improving", r.get("trend").asText());
    assertEquals(4, r.get("trendPoints").asInt());
    assertEquals(3, r.get("consecutivePeriodsImproving").asInt());
    // The line from 50 (2010-06-30) to 70 (2017-06-30) is at 61.43 on 2014-06-30; 57 is behind it.
    assertEquals("off_track", r.get("targetStatus").asText());
    assertEquals("2017-06-30", r.at("/nextTarget/date").asText());
    // Low-income students: 42, 43, 43, 44 against 52, 54, 55, 57: gaps 10, 11, 12, 13: widening.
    assertEquals("income", r.at("/gaps/0/dimension").asText());
    assertEquals("population", r.at("/gaps/0/reference").asText());
    assertEquals(13, r.at("/gaps/0/groups/0/gap").asDouble(), 1e-9);
    assertEquals("low income", r.at("/gaps/0/largestGap").asText());
    assertEquals("widening", r.at("/gaps/0/change").asText());
    assertEquals("race_ethnicity", r.at("/dataGaps/0").asText());
    JsonNode summary = new ObjectMapper().readTree(json).at("/results/summary");
    assertEquals(
        new ObjectMapper()
            .readTree(
                "{\"indicators\":1,\"current\":1,\"betterSinceBaseline\":1,\"improving\":1,"
                    + "\"onTrackOrAchieved\":0,\"wideningGaps\":1}"),
        summary);
    assertEquals(report, JSON.readReport(json));
    assertEquals(json, JSON.writeReport(JSON.readReport(json)));
    assertTrue(SCHEMA.validate(json, InputFormat.JSON).isEmpty(), json);
    assertEquals("1.1", new ObjectMapper().readTree(json).get("schemaVersion").asText());
  }

  @Test
  void anInconsistentResultsSectionIsRefusedAtItsPointer() {
    String json = JSON.writeReport(report());
    InitiativeFormatException e =
        assertThrows(
            InitiativeFormatException.class,
            () -> JSON.readReport(json.replace("\"trend\":\"improving\",", "")));
    assertEquals("/results/indicators/0/trend", e.path());
    InitiativeFormatException count =
        assertThrows(
            InitiativeFormatException.class,
            () -> JSON.readReport(json.replace("{\"indicators\":1,", "{\"indicators\":2,")));
    assertEquals("/results/summary/indicators", count.path());
  }
}
