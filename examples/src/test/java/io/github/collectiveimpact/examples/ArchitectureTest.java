package io.github.collectiveimpact.examples;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaModifier.PUBLIC;
import static com.tngtech.archunit.core.domain.properties.HasModifiers.Predicates.modifier;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The examples are documentation for users: they use only what a user of the library can use. */
class ArchitectureTest {
  private static final String EXAMPLES = "io.github.collectiveimpact.examples..";
  private static final String MODEL = "io.github.collectiveimpact.model..";
  private static final String VALIDATION = "io.github.collectiveimpact.validation..";
  private static final String JSON = "io.github.collectiveimpact.json..";
  private static final String PROFILES = "io.github.collectiveimpact.profiles..";

  private final JavaClasses examples =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.collectiveimpact.examples");

  @Test
  void examplesUseOnlyTheJdkAndThePublicApiOfTheLibrary() {
    classes()
        .that()
        .resideInAPackage(EXAMPLES)
        .should()
        .onlyDependOnClassesThat(
            resideInAnyPackage("java..", EXAMPLES)
                .or(resideInAnyPackage(MODEL, VALIDATION, PROFILES, JSON).and(modifier(PUBLIC))))
        .check(examples);
  }

  @Test
  void examplesNeverNameTheGeneratedImmutableClasses() {
    noClasses()
        .that()
        .resideInAPackage(EXAMPLES)
        .should()
        .dependOnClassesThat()
        .haveNameMatching(".*\\.Immutable[A-Z][^.]*")
        .check(examples);
  }
}
