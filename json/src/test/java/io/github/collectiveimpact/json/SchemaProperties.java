package io.github.collectiveimpact.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.collectiveimpact.fixtures.Initiatives;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.validation.Validator;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SchemaProperties {
  private static final CollectiveImpactJson JSON = CollectiveImpactJson.create();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema INITIATIVE =
      REGISTRY.getSchema(CollectiveImpactJson.initiativeSchema());
  private static final Schema REPORT = REGISTRY.getSchema(CollectiveImpactJson.reportSchema());
  private static final Validator VALIDATOR = Validator.builder().asOf(Initiatives.AS_OF).build();

  @Provide
  Arbitrary<Initiative> initiatives() {
    return Initiatives.any();
  }

  @Property(tries = 200)
  void everyWrittenInitiativeMatchesTheSchema(@ForAll("initiatives") Initiative initiative) {
    List<Error> errors = INITIATIVE.validate(JSON.writeInitiative(initiative), InputFormat.JSON);
    assertEquals(List.of(), errors);
  }

  @Property(tries = 100)
  void everyWrittenReportMatchesTheReportSchema(@ForAll("initiatives") Initiative initiative) {
    String report = JSON.writeReport(VALIDATOR.validate(initiative));
    List<Error> errors = REPORT.validate(report, InputFormat.JSON);
    assertEquals(List.of(), errors);
  }
}
