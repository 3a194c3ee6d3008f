package io.github.collectiveimpact.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.Observation;
import io.github.collectiveimpact.model.ReportingPeriod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Doubles are written as the shortest decimal that reads back as the same double, whatever the JDK: the
 * mapper writes them with Jackson's own algorithm ({@link StreamWriteFeature#USE_FAST_DOUBLE_WRITER}),
 * not with {@link Double#toString(double)}, which gives more digits than needed for some values before
 * JDK 19 (JDK-4511638). On JDK 19 and newer both give the same text; on JDK 17 these values tell them
 * apart.
 */
class DoubleWritingTest {
  private static final CollectiveImpactJson JSON = CollectiveImpactJson.create();

  /** A caller's mapper with the module and the same writer. */
  private static final ObjectMapper CALLER =
      JsonMapper.builder(
              JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build())
          .addModule(new CollectiveImpactModule())
          .build();

  @ParameterizedTest
  @CsvSource({
    // value, as written; Double.toString on JDK 17 in the comment
    "1.0E23, 1.0E23", // 9.999999999999999E22
    "2.0E23, 2.0E23", // 1.9999999999999998E23
    "8.41E21, 8.41E21", // 8.409999999999999E21
    "2.82879384806159E17, 2.82879384806159E17", // 2.82879384806159008E17
    "1.9400994884341945E25, 1.9400994884341945E25", // 1.9400994884341944E25
    "5.684341886080802E-14, 5.684341886080802E-14", // 5.6843418860808015E-14
    "9.9E-324, 9.9E-324", // 1.0E-323
    "45.25, 45.25",
  })
  void aDoubleIsWrittenAsTheShortestDecimalOnEveryJdk(double value, String written)
      throws Exception {
    Initiative initiative = withObservation(value);
    String json = JSON.writeInitiative(initiative);
    assertTrue(json.contains("\"value\":" + written + "}"), json);
    assertEquals(initiative, JSON.readInitiative(json));
    assertEquals(json, CALLER.writeValueAsString(initiative));
  }

  private static Initiative withObservation(double value) {
    return Initiative.builder()
        .id("x")
        .name("Doubles")
        .addObservations(
            Observation.builder()
                .indicatorId("i1")
                .period(ReportingPeriod.ofSchoolYear(2019))
                .value(value)
                .build())
        .build();
  }
}
