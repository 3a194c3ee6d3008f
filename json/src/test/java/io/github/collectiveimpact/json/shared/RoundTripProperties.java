package io.github.collectiveimpact.json.shared;

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

/**
 * Initiatives read back equal and write the same bytes, through every input and output. Another
 * binding runs the same properties by overriding {@link #binding}.
 */
public class RoundTripProperties {
  private final Binding compact = binding(Binding.Options.DEFAULTS);
  private final Binding indenting = binding(Binding.Options.DEFAULTS.indented());

  /**
   * The binding under test.
   *
   * @param options the facade's options
   * @return the Jackson 2 binding; another binding's subclass gives its own
   */
  protected Binding binding(Binding.Options options) {
    return Binding.jackson2(options);
  }

  @Provide
  public Arbitrary<Initiative> initiatives() {
    return Initiatives.any();
  }

  /**
   * Initiatives of {@link Initiatives#any()} with text of any characters (control characters, quotes,
   * surrogate pairs and lone surrogates included) and any finite double.
   */
  @Provide
  public Arbitrary<Initiative> unusualValues() {
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
  public void anInitiativeReadsBackEqualAndWritesTheSameBytes(
      @ForAll("initiatives") Initiative initiative) throws IOException {
    String json = compact.writeInitiative(initiative);
    Initiative read = compact.readInitiative(json);
    assertEquals(initiative, read);
    assertEquals(json, compact.writeInitiative(read));
  }

  @Property(tries = 100)
  public void unusualTextAndNumbersSurviveTheRoundTrip(
      @ForAll("unusualValues") Initiative initiative) throws IOException {
    String json = compact.writeInitiative(initiative);
    Initiative read = compact.readInitiative(json);
    assertEquals(initiative, read);
    assertEquals(json, compact.writeInitiative(read));
    byte[] bytes = bytes(initiative);
    assertEquals(initiative, compact.readInitiative(new ByteArrayInputStream(bytes)));
  }

  @Property(tries = 100)
  public void everyInputAndOutputGivesTheSameDocument(@ForAll("initiatives") Initiative initiative)
      throws IOException {
    String json = compact.writeInitiative(initiative);
    StringWriter text = new StringWriter();
    compact.writeInitiative(initiative, text);
    assertEquals(json, text.toString());
    assertArrayEquals(json.getBytes(StandardCharsets.UTF_8), bytes(initiative));
    assertEquals(initiative, compact.readInitiative(new StringReader(json)));
    assertEquals(
        initiative,
        compact.readInitiative(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
  }

  @Property(tries = 100)
  public void aPrettyDocumentReadsBackEqualAndIsTheCompactOneIndented(
      @ForAll("initiatives") Initiative initiative) throws IOException {
    String pretty = indenting.writeInitiative(initiative);
    Initiative read = compact.readInitiative(pretty);
    assertEquals(initiative, read);
    assertEquals(pretty, indenting.writeInitiative(read));
    assertEquals(
        compact.writeInitiative(initiative),
        compact.writeInitiative(indenting.readInitiative(pretty)));
  }

  private byte[] bytes(Initiative initiative) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    compact.writeInitiative(initiative, out);
    return out.toByteArray();
  }
}
