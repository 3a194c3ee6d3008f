package io.github.collectiveimpact.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.collectiveimpact.fixtures.Initiatives;
import io.github.collectiveimpact.model.DatedValue;
import io.github.collectiveimpact.model.Indicator;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.Observation;
import io.github.collectiveimpact.model.Partner;
import io.github.collectiveimpact.model.ReportingPeriod;
import io.github.collectiveimpact.model.Sector;
import io.github.collectiveimpact.validation.ValidationReport;
import io.github.collectiveimpact.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RoundTripProperties {
  private static final CollectiveImpactJson JSON = CollectiveImpactJson.create();
  private static final CollectiveImpactJson PRETTY =
      CollectiveImpactJson.builder().prettyPrint(true).build();
  private static final Validator VALIDATOR = Validator.builder().asOf(Initiatives.AS_OF).build();

  @Provide
  Arbitrary<Initiative> initiatives() {
    return Initiatives.any();
  }

  /**
   * Initiatives of {@link Initiatives#any()} with text of any characters (control characters, quotes,
   * surrogate pairs and lone surrogates included) and any finite double.
   */
  @Provide
  Arbitrary<Initiative> unusualValues() {
    Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(40).filter(s -> !s.isBlank());
    Arbitrary<Double> number =
        Arbitraries.doubles()
            .withSpecialValue(-0.0)
            .withSpecialValue(Double.MIN_VALUE)
            .withSpecialValue(Double.MAX_VALUE)
            .withSpecialValue(-Double.MAX_VALUE)
            .withSpecialValue(1e-300)
            .withSpecialValue(0.1 + 0.2);
    return Combinators.combine(Initiatives.any(), text, text, number)
        .as(
            (initiative, name, id, value) ->
                initiative
                    .withName(name)
                    .withDescription(id + "\u0000\"\\/\n\t")
                    .withPartners(Partner.builder().id(id).name(name).sector(Sector.MEDIA).build())
                    .withIndicators(
                        Indicator.builder()
                            .from(Initiatives.completeExample().indicators().get(0))
                            .unit(java.util.Optional.empty())
                            .baseline(DatedValue.of(value, LocalDate.of(2020, 1, 1)))
                            .build())
                    .withObservations(
                        Observation.builder()
                            .indicatorId(id)
                            .period(ReportingPeriod.ofYear(2020))
                            .value(value)
                            .build()));
  }

  @Property(tries = 200)
  void anInitiativeReadsBackEqualAndWritesTheSameBytes(@ForAll("initiatives") Initiative initiative)
      throws IOException {
    String json = JSON.writeInitiative(initiative);
    Initiative read = JSON.readInitiative(json);
    assertEquals(initiative, read);
    assertEquals(json, JSON.writeInitiative(read));
  }

  @Property(tries = 100)
  void unusualTextAndNumbersSurviveTheRoundTrip(@ForAll("unusualValues") Initiative initiative)
      throws IOException {
    String json = JSON.writeInitiative(initiative);
    Initiative read = JSON.readInitiative(json);
    assertEquals(initiative, read);
    assertEquals(json, JSON.writeInitiative(read));
    byte[] bytes = bytes(initiative);
    assertEquals(initiative, JSON.readInitiative(new ByteArrayInputStream(bytes)));
  }

  @Property(tries = 100)
  void everyInputAndOutputGivesTheSameDocument(@ForAll("initiatives") Initiative initiative)
      throws IOException {
    String json = JSON.writeInitiative(initiative);
    StringWriter text = new StringWriter();
    JSON.writeInitiative(initiative, text);
    assertEquals(json, text.toString());
    assertArrayEquals(json.getBytes(StandardCharsets.UTF_8), bytes(initiative));
    assertEquals(initiative, JSON.readInitiative(new StringReader(json)));
    assertEquals(
        initiative,
        JSON.readInitiative(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
  }

  @Property(tries = 100)
  void aPrettyDocumentReadsBackEqualAndIsTheCompactOneIndented(
      @ForAll("initiatives") Initiative initiative) throws IOException {
    String pretty = PRETTY.writeInitiative(initiative);
    Initiative read = JSON.readInitiative(pretty);
    assertEquals(initiative, read);
    assertEquals(pretty, PRETTY.writeInitiative(read));
    assertEquals(
        JSON.writeInitiative(initiative), JSON.writeInitiative(PRETTY.readInitiative(pretty)));
  }

  @Property(tries = 100)
  void aReportReadsBackEqualAndWritesTheSameBytes(@ForAll("initiatives") Initiative initiative)
      throws IOException {
    ValidationReport report = VALIDATOR.validate(initiative);
    String json = JSON.writeReport(report);
    ValidationReport read = JSON.readReport(json);
    assertEquals(report, read);
    assertEquals(json, JSON.writeReport(read));
    assertEquals(report, JSON.readReport(new StringReader(PRETTY.writeReport(report))));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.writeReport(report, out);
    assertEquals(report, JSON.readReport(new ByteArrayInputStream(out.toByteArray())));
  }

  private static byte[] bytes(Initiative initiative) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.writeInitiative(initiative, out);
    return out.toByteArray();
  }
}
