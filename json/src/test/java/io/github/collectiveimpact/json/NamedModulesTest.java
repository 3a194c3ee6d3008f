package io.github.collectiveimpact.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.collectiveimpact.fixtures.Initiatives;
import io.github.collectiveimpact.model.Initiative;
import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;

/**
 * This module's tests run with json, core and Jackson as named modules (surefire puts them on the module
 * path), where core opens no package: the binding must work through core's exported API alone. The
 * examples module's tests run the same binding on the class path.
 */
class NamedModulesTest {
  @Test
  void jsonCoreAndJacksonAreNamedModulesAndCoreOpensNothing() {
    Module core = Initiative.class.getModule();
    assertEquals("io.github.collectiveimpact.core", core.getName());
    assertEquals(
        "io.github.collectiveimpact.json", CollectiveImpactJson.class.getModule().getName());
    assertEquals("com.fasterxml.jackson.databind", ObjectMapper.class.getModule().getName());
    ModuleDescriptor descriptor = core.getDescriptor();
    assertFalse(descriptor.isOpen());
    assertTrue(descriptor.opens().isEmpty(), descriptor.opens().toString());
  }

  @Test
  void anInitiativeOfEveryModelTypeIsWrittenAndReadBackAcrossTheModules() throws Exception {
    Initiative initiative = Initiatives.completeExample();
    CollectiveImpactJson json = CollectiveImpactJson.create();
    assertEquals(initiative, json.readInitiative(json.writeInitiative(initiative)));

    ObjectMapper caller = JsonMapper.builder().addModule(new CollectiveImpactModule()).build();
    String written = caller.writeValueAsString(initiative);
    assertEquals(json.writeInitiative(initiative), written);
    assertEquals(initiative, caller.readValue(written, Initiative.class));
  }
}
