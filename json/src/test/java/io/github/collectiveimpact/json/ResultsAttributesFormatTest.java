package io.github.collectiveimpact.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.collectiveimpact.json.format.InitiativeFormatException;
import io.github.collectiveimpact.model.Aggregation;
import io.github.collectiveimpact.model.Direction;
import io.github.collectiveimpact.model.DisaggregationDimension;
import io.github.collectiveimpact.model.Indicator;
import io.github.collectiveimpact.model.IndicatorLevel;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.MeasuredGroup;
import io.github.collectiveimpact.model.Observation;
import io.github.collectiveimpact.model.ReportingPeriod;
import io.github.collectiveimpact.model.Unit;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** The indicator and observation attributes the results read, in the initiative document. */
class ResultsAttributesFormatTest {
  private static final CollectiveImpactJson JSON = CollectiveImpactJson.create();
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(CollectiveImpactJson.initiativeSchema());

  private static Initiative initiative() {
    return Initiative.builder()
        .id("i")
        .name("i")
        .addIndicators(
            Indicator.builder()
                .id("share")
                .name("Share of people experiencing homelessness who are Black")
                .unit(Unit.DAYS)
                .desiredDirection(Direction.DECREASE)
                .level(IndicatorLevel.POPULATION)
                .measuredGroup(
                    MeasuredGroup.builder()
                        .dimension(DisaggregationDimension.RACE_ETHNICITY)
                        .group("Black")
                        .parity(12.0)
                        .build())
                .putReferenceGroups(DisaggregationDimension.INCOME, "not low income")
                .tolerance(0.5)
                .publicationLag(Period.ofYears(1))
                .aggregation(Aggregation.NONE)
                .build())
        .addObservations(
            Observation.builder()
                .indicatorId("share")
                .period(ReportingPeriod.ofYear(2020))
                .value(30)
                .seriesBreak(true)
                .build(),
            Observation.builder()
                .indicatorId("share")
                .period(ReportingPeriod.ofYear(2021))
                .value(31)
                .build())
        .build();
  }

  @Test
  void theAttributesAreWrittenUnderTheirNamesAndReadBack() throws Exception {
    String json = JSON.writeInitiative(initiative());
    assertTrue(
        json.contains(
            "\"measuredGroup\":{\"dimension\":\"race_ethnicity\",\"group\":\"Black\",\"parity\":12.0}"),
        json);
    assertTrue(json.contains("\"referenceGroups\":{\"income\":\"not low income\"}"), json);
    assertTrue(json.contains("\"tolerance\":0.5"), json);
    assertTrue(json.contains("\"publicationLag\":\"P1Y\""), json);
    assertTrue(json.contains("\"aggregation\":\"none\""), json);
    assertTrue(json.contains("\"unit\":\"days\""), json);
    // A series break is written where there is one, and left out where there is none.
    assertEquals(json.indexOf("\"seriesBreak\":true"), json.lastIndexOf("\"seriesBreak\""));
    assertFalse(json.contains("\"seriesBreak\":false"));
    assertEquals(initiative(), JSON.readInitiative(json));
    assertTrue(SCHEMA.validate(json, InputFormat.JSON).isEmpty());
  }

  @Test
  void badValuesAreRefusedAtTheirPointers() {
    String json = JSON.writeInitiative(initiative());
    InitiativeFormatException lag =
        assertThrows(
            InitiativeFormatException.class,
            () -> JSON.readInitiative(json.replace("\"P1Y\"", "\"P-1Y\"")));
    assertEquals("/indicators/0/publicationLag", lag.path());
    InitiativeFormatException key =
        assertThrows(
            InitiativeFormatException.class,
            () -> JSON.readInitiative(json.replace("\"income\":", "\"Income\":")));
    assertTrue(key.path().startsWith("/indicators/0/referenceGroups"), key.getMessage());
    InitiativeFormatException tolerance =
        assertThrows(
            InitiativeFormatException.class,
            () -> JSON.readInitiative(json.replace("\"tolerance\":0.5", "\"tolerance\":-1")));
    assertEquals("/indicators/0/tolerance", tolerance.path());
  }
}
