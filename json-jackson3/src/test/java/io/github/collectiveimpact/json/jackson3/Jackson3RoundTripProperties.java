package io.github.collectiveimpact.json.jackson3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.collectiveimpact.json.shared.Binding;
import io.github.collectiveimpact.json.shared.RoundTripProperties;
import io.github.collectiveimpact.model.Initiative;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The Jackson 2 binding's round-trip properties, with the Jackson 3 binding; and both bindings write
 * the same bytes, compact and pretty, as text and as UTF-8, for any initiative.
 */
class Jackson3RoundTripProperties extends RoundTripProperties {
  private static final Binding JACKSON2 = Binding.jackson2(Binding.Options.DEFAULTS);
  private static final Binding JACKSON2_PRETTY =
      Binding.jackson2(Binding.Options.DEFAULTS.indented());
  private static final Binding JACKSON3 = new Jackson3Binding(Binding.Options.DEFAULTS);
  private static final Binding JACKSON3_PRETTY =
      new Jackson3Binding(Binding.Options.DEFAULTS.indented());

  @Override
  protected Binding binding(Binding.Options options) {
    return new Jackson3Binding(options);
  }

  @Property(tries = 100)
  void bothBindingsWriteTheSameBytes(@ForAll("unusualValues") Initiative initiative)
      throws IOException {
    assertEquals(JACKSON2.writeInitiative(initiative), JACKSON3.writeInitiative(initiative));
    assertEquals(
        JACKSON2_PRETTY.writeInitiative(initiative), JACKSON3_PRETTY.writeInitiative(initiative));
    assertArrayEquals(utf8(JACKSON2, initiative), utf8(JACKSON3, initiative));
    assertArrayEquals(utf8(JACKSON2_PRETTY, initiative), utf8(JACKSON3_PRETTY, initiative));
  }

  private static byte[] utf8(Binding binding, Initiative initiative) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    binding.writeInitiative(initiative, out);
    return out.toByteArray();
  }
}
