package io.github.collectiveimpact.cli;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaModifier.PUBLIC;
import static com.tngtech.archunit.core.domain.properties.HasModifiers.Predicates.modifier;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.collectiveimpact.json.CollectiveImpactJson;
import io.github.collectiveimpact.json.format.InitiativeFormatException;
import io.github.collectiveimpact.model.Initiative;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The tool is a user of the library: it uses only the public types of the packages core and json export
 * (read from their module descriptors), picocli, Jackson and the JDK.
 */
class ArchitectureTest {
  private final JavaClasses cli =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.collectiveimpact.cli");

  /**
   * The packages a module exports to every module, from the module descriptor where its classes are; a
   * package exported only to named modules (the format's internals, to the bindings) is not API.
   */
  private static Set<String> exports(Class<?> type) {
    try {
      Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
      Set<ModuleReference> modules = ModuleFinder.of(location).findAll();
      assertEquals(1, modules.size(), location.toString());
      ModuleDescriptor descriptor = modules.iterator().next().descriptor();
      Set<String> exported = new TreeSet<>();
      for (ModuleDescriptor.Exports e : descriptor.exports()) {
        if (!e.isQualified()) {
          exported.add(e.source());
        }
      }
      return exported;
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theLibrarysExportsAreWhatTheRuleAllows() {
    Set<String> core = exports(Initiative.class);
    assertTrue(core.contains("io.github.collectiveimpact.profiles"), core.toString());
    Set<String> json = exports(CollectiveImpactJson.class);
    assertTrue(json.contains("io.github.collectiveimpact.json"), json.toString());
    assertTrue(json.stream().noneMatch(p -> p.contains("internal")), json.toString());
    Set<String> format = exports(InitiativeFormatException.class);
    assertEquals(Set.of("io.github.collectiveimpact.json.format"), format);
  }

  @Test
  void theToolUsesOnlyThePublicApiOfCoreAndJson() {
    assertTrue(cli.contain(Main.class));
    List<String> api = new ArrayList<>(exports(Initiative.class));
    api.addAll(exports(CollectiveImpactJson.class));
    api.addAll(exports(InitiativeFormatException.class));
    api.addAll(exports(io.github.collectiveimpact.html.HtmlReport.class));
    classes()
        .that()
        .resideInAPackage("io.github.collectiveimpact.cli..")
        .should()
        .onlyDependOnClassesThat(
            resideInAnyPackage(
                    "java..",
                    "picocli..",
                    "com.fasterxml.jackson..",
                    "io.github.collectiveimpact.cli..")
                .or(resideInAnyPackage(api.toArray(String[]::new)).and(modifier(PUBLIC))))
        .check(cli);
  }
}
