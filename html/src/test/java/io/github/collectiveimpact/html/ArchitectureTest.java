package io.github.collectiveimpact.html;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The html module depends only on core's exported packages, jte's runtime and the JDK. */
@AnalyzeClasses(
    packages = "io.github.collectiveimpact.html",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule onlyCoreJteAndTheJdk =
      classes()
          .that()
          .resideInAPackage("io.github.collectiveimpact.html..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "io.github.collectiveimpact.html..",
              "io.github.collectiveimpact.assessment",
              "io.github.collectiveimpact.model",
              "io.github.collectiveimpact.results",
              "io.github.collectiveimpact.validation",
              "gg.jte",
              "gg.jte.html..",
              "gg.jte.output",
              "gg.jte.runtime",
              "java..",
              "javax.annotation.processing");

  @ArchTest
  static final ArchRule noJackson =
      noClasses()
          .that()
          .resideInAPackage("io.github.collectiveimpact.html..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.fasterxml.jackson..");

  @ArchTest
  static final ArchRule onlyTheApiIsPublicInTheExportedPackage =
      classes()
          .that()
          .arePublic()
          .and()
          .resideInAPackage("io.github.collectiveimpact.html")
          .should()
          .haveNameMatching("io\\.github\\.collectiveimpact\\.html\\.(HtmlReport|NetworkEntry)");
}
