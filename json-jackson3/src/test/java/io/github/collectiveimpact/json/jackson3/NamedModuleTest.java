package io.github.collectiveimpact.json.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.fixtures.Initiatives;
import io.github.collectiveimpact.json.format.InitiativeFormatException;
import io.github.collectiveimpact.json.format.ObservationsFormatException;
import io.github.collectiveimpact.json.jackson3.csv.ObservationsCsv;
import io.github.collectiveimpact.model.Initiative;
import java.io.StringReader;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Run on its own with this module, the format's, core and Jackson 3 as named modules (the other tests
 * run on the class path): the binding works through the modules' exports alone.
 */
class NamedModuleTest {
  @Test
  void theBindingsModulesAreNamed() {
    assertEquals(
        "io.github.collectiveimpact.json.jackson3",
        CollectiveImpactJson.class.getModule().getName());
    assertEquals(
        "io.github.collectiveimpact.json.format",
        InitiativeFormatException.class.getModule().getName());
    assertEquals("io.github.collectiveimpact.core", Initiative.class.getModule().getName());
    assertEquals("tools.jackson.databind", JsonMapper.class.getModule().getName());
  }

  @Test
  void anInitiativeIsWrittenAndReadAcrossTheModules() throws Exception {
    Initiative initiative = Initiatives.completeExample();
    CollectiveImpactJson json = CollectiveImpactJson.create();
    String written = json.writeInitiative(initiative);
    assertEquals(initiative, json.readInitiative(written));
    JsonMapper mapper = JsonMapper.builder().addModule(new CollectiveImpactJacksonModule()).build();
    assertEquals(written, mapper.writeValueAsString(initiative));
    assertEquals(initiative, mapper.readValue(written, Initiative.class));
    assertThrows(
        InitiativeFormatException.class,
        () -> json.readInitiative(written.replace("\"schemaVersion\":\"1.1\"", "\"x\":1")));
    assertEquals(
        CollectiveImpactJson.initiativeSchema(),
        io.github.collectiveimpact.json.format.internal.Schemas.initiative());
  }

  @Test
  void aCsvFilesProblemsAreWordedInJapaneseAcrossTheModules() {
    ObservationsCsv csv = ObservationsCsv.builder().locale(Locale.JAPANESE).build();
    ObservationsFormatException e =
        assertThrows(
            ObservationsFormatException.class,
            () ->
                csv.read(
                    new StringReader(
                        "indicatorId,periodStart,periodEnd,value\ni,2020-01-01,2020-12-31,x\n")));
    assertEquals(2, e.problems().get(0).line());
    assertTrue(e.getMessage().contains("2 行目"), e.getMessage());
  }
}
