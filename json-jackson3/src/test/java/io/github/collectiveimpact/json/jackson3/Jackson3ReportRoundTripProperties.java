package io.github.collectiveimpact.json.jackson3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.collectiveimpact.fixtures.Initiatives;
import io.github.collectiveimpact.json.shared.Binding;
import io.github.collectiveimpact.json.shared.ReportRoundTripProperties;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.validation.ValidationReport;
import io.github.collectiveimpact.validation.Validator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The Jackson 2 binding's report round-trip properties, with the Jackson 3 binding; and both bindings
 * write the same bytes for the report of any initiative, compact and pretty, as text and as UTF-8.
 */
class Jackson3ReportRoundTripProperties extends ReportRoundTripProperties {
  private static final Validator VALIDATOR = Validator.builder().asOf(Initiatives.AS_OF).build();
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

  @Property(tries = 50)
  void bothBindingsWriteTheSameReportBytes(@ForAll("initiatives") Initiative initiative)
      throws IOException {
    ValidationReport report = VALIDATOR.validate(initiative);
    assertEquals(JACKSON2.writeReport(report), JACKSON3.writeReport(report));
    assertEquals(JACKSON2_PRETTY.writeReport(report), JACKSON3_PRETTY.writeReport(report));
    assertArrayEquals(utf8(JACKSON2, report), utf8(JACKSON3, report));
  }

  private static byte[] utf8(Binding binding, ValidationReport report) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    binding.writeReport(report, out);
    return out.toByteArray();
  }
}
