package io.github.collectiveimpact.json.format;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The format's definition depends on core's exported packages and the JDK only: no JSON library, so that
 * every binding (Jackson 2, Jackson 3) shares it.
 */
@AnalyzeClasses(
    packages = "io.github.collectiveimpact.json.format",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule onlyCoreAndTheJdk =
      classes()
          .that()
          .resideInAPackage("io.github.collectiveimpact.json.format..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "io.github.collectiveimpact.json.format..",
              "io.github.collectiveimpact.assessment",
              "io.github.collectiveimpact.model",
              "io.github.collectiveimpact.results",
              "io.github.collectiveimpact.validation",
              "java..");

  @ArchTest
  static final ArchRule onlyTheApiIsPublicInTheExportedPackage =
      classes()
          .that()
          .arePublic()
          .and()
          .resideInAPackage("io.github.collectiveimpact.json.format")
          .should()
          .haveNameMatching(
              "io\\.github\\.collectiveimpact\\.json\\.format\\."
                  + "(InitiativeFormatException|ReadResult|FormatProblem|ObservationsFormatException|CsvReadResult|CsvProblem(\\$Kind)?)");
}
