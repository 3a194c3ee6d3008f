package io.github.collectiveimpact.json.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.collectiveimpact.fixtures.Initiatives;
import io.github.collectiveimpact.json.jackson3.internal.Jackson3Output;
import io.github.collectiveimpact.json.shared.Binding;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.Observation;
import io.github.collectiveimpact.model.ReportingPeriod;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Both bindings write every finite double with the same digits, subnormals included. */
class DoubleWritingProperties {
  private static final Binding JACKSON2 = Binding.jackson2(Binding.Options.DEFAULTS);
  private static final Binding JACKSON3 = new Jackson3Binding(Binding.Options.DEFAULTS);

  /** Any bit pattern of a finite double, and the smallest subnormals, where the writers differ most. */
  @Provide
  Arbitrary<Double> doubles() {
    Arbitrary<Double> any =
        Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite);
    Arbitrary<Double> tiny = Arbitraries.longs().between(1, 100_000).map(Double::longBitsToDouble);
    return Arbitraries.oneOf(any, tiny, tiny.map(d -> -d));
  }

  @Property(tries = 2000)
  void bothBindingsWriteADoubleAlike(@ForAll("doubles") double value) {
    Initiative initiative = with(value);
    assertEquals(JACKSON2.writeInitiative(initiative), JACKSON3.writeInitiative(initiative));
  }

  @Test
  void theValuesWhereTheWritersDifferWithoutCareAreWrittenAsJackson2WritesThem() {
    for (double value :
        new double[] {
          Double.MIN_VALUE,
          -Double.MIN_VALUE,
          2 * Double.MIN_VALUE,
          3 * Double.MIN_VALUE,
          Double.MIN_NORMAL,
          Double.MAX_VALUE,
          Double.parseDouble("1e23"),
          0.1 + 0.2,
          -0.0,
          2.0,
          0.003,
          1e7,
          1e-3
        }) {
      Initiative initiative = with(value);
      assertEquals(
          JACKSON2.writeInitiative(initiative), JACKSON3.writeInitiative(initiative), "" + value);
    }
    assertEquals("4.9E-324", Jackson3Output.text(Double.MIN_VALUE));
  }

  private static Initiative with(double value) {
    return Initiatives.completeExample()
        .withObservations(
            Observation.builder()
                .indicatorId("i")
                .period(ReportingPeriod.ofYear(2020))
                .value(value)
                .build());
  }
}
