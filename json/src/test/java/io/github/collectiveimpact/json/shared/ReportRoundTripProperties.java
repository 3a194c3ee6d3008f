package io.github.collectiveimpact.json.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.collectiveimpact.fixtures.Initiatives;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.validation.ValidationReport;
import io.github.collectiveimpact.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Validation reports read back equal and write the same bytes. Another binding runs the same properties
 * by overriding {@link #binding}.
 */
public class ReportRoundTripProperties {
  private final Binding json = binding(Binding.Options.DEFAULTS);
  private final Binding pretty = binding(Binding.Options.DEFAULTS.indented());

  /**
   * The binding under test.
   *
   * @param options the facade's options
   * @return the Jackson 2 binding; another binding's subclass gives its own
   */
  protected Binding binding(Binding.Options options) {
    return Binding.jackson2(options);
  }

  private static final Validator VALIDATOR = Validator.builder().asOf(Initiatives.AS_OF).build();

  /**
   * The initiatives whose reports are written.
   *
   * @return any initiative
   */
  @Provide
  public Arbitrary<Initiative> initiatives() {
    return Initiatives.any();
  }

  @Property(tries = 100)
  public void aReportReadsBackEqualAndWritesTheSameBytes(
      @ForAll("initiatives") Initiative initiative) throws IOException {
    ValidationReport report = VALIDATOR.validate(initiative);
    String written = json.writeReport(report);
    ValidationReport read = json.readReport(written);
    assertEquals(report, read);
    assertEquals(written, json.writeReport(read));
    assertEquals(report, json.readReport(new StringReader(pretty.writeReport(report))));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeReport(report, out);
    assertEquals(report, json.readReport(new ByteArrayInputStream(out.toByteArray())));
  }
}
