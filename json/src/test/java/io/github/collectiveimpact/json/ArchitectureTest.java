package io.github.collectiveimpact.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The json module depends only on core's exported packages, Jackson and the JDK, and shows little. */
@AnalyzeClasses(
    packages = "io.github.collectiveimpact.json",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule onlyCoreJacksonAndTheJdk =
      classes()
          .that()
          .resideInAPackage("io.github.collectiveimpact.json..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "io.github.collectiveimpact.json..",
              "io.github.collectiveimpact.assessment",
              "io.github.collectiveimpact.model",
              "io.github.collectiveimpact.results",
              "io.github.collectiveimpact.validation",
              "com.fasterxml.jackson..",
              "java..");

  @ArchTest
  static final ArchRule theFormatsDefinitionHasNoJackson =
      classes()
          .that()
          .resideInAPackage("io.github.collectiveimpact.json.format..")
          .should()
          .onlyDependOnClassesThat()
          .resideOutsideOfPackage("com.fasterxml.jackson..");

  @ArchTest
  static final ArchRule onlyTheApiIsPublic =
      classes()
          .that()
          .arePublic()
          .and()
          .resideInAnyPackage(
              "io.github.collectiveimpact.json",
              "io.github.collectiveimpact.json.format",
              "io.github.collectiveimpact.json.csv")
          .should()
          .haveNameMatching(
              "io\\.github\\.collectiveimpact\\.json\\.(CollectiveImpactJson(\\$Builder)?"
                  + "|CollectiveImpactModule|FormatMappingException|ProfileJson"
                  + "|format\\.(InitiativeFormatException|ReadResult|FormatProblem"
                  + "|ObservationsFormatException|CsvProblem(\\$Kind)?|CsvReadResult)"
                  + "|csv\\.ObservationsCsv(\\$Builder)?)");
}
