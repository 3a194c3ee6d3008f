package io.github.collectiveimpact.json.jackson3;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The Jackson 3 binding depends on core, the format's module, Jackson 3 (with the annotations it shares
 * with Jackson 2) and the JDK: nothing of Jackson 2's core or databind.
 */
@AnalyzeClasses(
    packages = "io.github.collectiveimpact.json.jackson3",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule onlyCoreTheFormatJackson3AndTheJdk =
      classes()
          .that()
          .resideInAPackage("io.github.collectiveimpact.json.jackson3..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "io.github.collectiveimpact.json.jackson3..",
              "io.github.collectiveimpact.json.format..",
              "io.github.collectiveimpact.assessment",
              "io.github.collectiveimpact.model",
              "io.github.collectiveimpact.results",
              "io.github.collectiveimpact.validation",
              "tools.jackson..",
              "com.fasterxml.jackson.annotation..",
              "java..");

  @ArchTest
  static final ArchRule onlyTheApiIsPublic =
      classes()
          .that()
          .arePublic()
          .and()
          .resideInAPackage("io.github.collectiveimpact.json.jackson3")
          .should()
          .haveNameMatching(
              "io\\.github\\.collectiveimpact\\.json\\.jackson3\\.(CollectiveImpactJson(\\$Builder)?"
                  + "|CollectiveImpactJacksonModule|FormatMappingException)");
}
