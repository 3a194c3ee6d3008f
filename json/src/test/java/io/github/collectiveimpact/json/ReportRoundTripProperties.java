package io.github.collectiveimpact.json;

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

/** Validation reports read back equal and write the same bytes. */
class ReportRoundTripProperties {
  private static final CollectiveImpactJson JSON = CollectiveImpactJson.create();
  private static final CollectiveImpactJson PRETTY =
      CollectiveImpactJson.builder().prettyPrint(true).build();
  private static final Validator VALIDATOR = Validator.builder().asOf(Initiatives.AS_OF).build();

  @Provide
  Arbitrary<Initiative> initiatives() {
    return Initiatives.any();
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
}
