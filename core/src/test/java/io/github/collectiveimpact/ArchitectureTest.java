package io.github.collectiveimpact;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.validation.Validator;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of core's main code: it depends on the JDK and itself only (Immutables' annotations show up
 * as dependencies of the generated classes but are not needed at run time), the model does not know the
 * validator, and no Jackson type appears anywhere.
 */
class ArchitectureTest {
  private static JavaClasses core;

  @BeforeAll
  static void importMainCode() {
    // Types outside core are needed by name only; not resolving them from the class path keeps this
    // fast.
    ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
    // Imported from the directory of the main classes (not by package, which scans the whole module
    // path).
    core =
        new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPath(mainClasses());
  }

  @AfterAll
  static void restoreConfiguration() {
    ArchConfiguration.get().reset();
  }

  private static Path mainClasses() {
    try {
      return Path.of(Initiative.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theImportHoldsTheMainCodeAndNoTests() {
    assertTrue(core.contain(Initiative.class));
    assertTrue(core.contain(Validator.class));
    assertFalse(core.contain(ArchitectureTest.class));
    assertFalse(core.containPackage("io.github.collectiveimpact.fixtures"));
  }

  private static final ArchRule ONLY_JDK_AND_CORE =
      classes()
          .that()
          .resideInAPackage("io.github.collectiveimpact..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "io.github.collectiveimpact..", "org.immutables..");

  @Test
  void coreDependsOnTheJdkAndItselfOnly() {
    ONLY_JDK_AND_CORE.check(core);
  }

  @Test
  void theDependencyRuleCatchesAnyOtherDependency() {
    // This test class depends on JUnit and ArchUnit, so the rule must find violations in it.
    JavaClasses test = new ClassFileImporter().importClasses(ArchitectureTest.class);
    assertTrue(ONLY_JDK_AND_CORE.evaluate(test).hasViolation());
  }

  @Test
  void theModelDoesNotDependOnTheValidation() {
    noClasses()
        .that()
        .resideInAPackage("io.github.collectiveimpact.model..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.collectiveimpact.validation..")
        .check(core);
  }

  @Test
  void theResultsDependOnTheModelAndTheJdkOnly() {
    classes()
        .that()
        .resideInAPackage("io.github.collectiveimpact.results..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..", "io.github.collectiveimpact.model..", "io.github.collectiveimpact.results..")
        .check(core);
  }

  @Test
  void theModelDoesNotDependOnTheResults() {
    noClasses()
        .that()
        .resideInAPackage("io.github.collectiveimpact.model..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.collectiveimpact.results..")
        .check(core);
  }

  /**
   * The pipeline is one-way: model, results, assessment, validation. The assessment reads the model and
   * the results; the validation reads the assessment (its report carries it), never the reverse.
   */
  @Test
  void theAssessmentDependsOnTheModelTheResultsAndTheJdkOnly() {
    classes()
        .that()
        .resideInAPackage("io.github.collectiveimpact.assessment..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "io.github.collectiveimpact.model..",
            "io.github.collectiveimpact.results..",
            "io.github.collectiveimpact.assessment..")
        .check(core);
  }

  @Test
  void neitherTheModelNorTheResultsDependOnTheAssessment() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "io.github.collectiveimpact.model..", "io.github.collectiveimpact.results..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.collectiveimpact.assessment..")
        .check(core);
  }

  /** The profiles are built on the public API of the model and the validation, which never know them. */
  @Test
  void theProfilesDependOnTheModelTheValidationAndTheJdkOnly() {
    classes()
        .that()
        .resideInAPackage("io.github.collectiveimpact.profiles..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "io.github.collectiveimpact.model..",
            "io.github.collectiveimpact.validation..",
            "io.github.collectiveimpact.profiles..")
        .check(core);
    noClasses()
        .that()
        .resideOutsideOfPackage("io.github.collectiveimpact.profiles..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.collectiveimpact.profiles..")
        .check(core);
  }

  @Test
  void nothingInCoreUsesJackson() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml.jackson..", "tools.jackson..")
        .check(core);
  }

  /**
   * What Immutables generates (the implementations, their builders and the {@code With*} copy interfaces)
   * is not public API: a user reaches it only through the hand-written types, {@code X.builder()}, {@code
   * X.Builder} and the copies {@code withY(...)} that {@code X} inherits.
   */
  @Test
  void theGeneratedTypesAreNotPublic() {
    classes()
        .that()
        .areAnnotatedWith("org.immutables.value.Generated")
        .should()
        .notBePublic()
        .andShould()
        .haveNameMatching("io\\.github\\.collectiveimpact\\.model\\.(Immutable|With)[A-Z].*")
        .check(core);
  }

  @Test
  void publicModelTypesAreNamedForTheDomain() {
    classes()
        .that()
        .resideInAPackage("io.github.collectiveimpact.model..")
        .and()
        .arePublic()
        .should()
        .haveSimpleNameNotContaining("Manager")
        .andShould()
        .haveSimpleNameNotContaining("Helper")
        .andShould()
        .haveSimpleNameNotContaining("Util")
        .andShould()
        .haveSimpleNameNotContaining("Impl")
        .check(core);
  }
}
