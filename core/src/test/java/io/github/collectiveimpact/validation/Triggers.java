package io.github.collectiveimpact.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the built-in rules a test makes fire. {@link RuleExamples} checks, while the test runs, that the
 * test asserts the findings of exactly these rules; {@code RuleCoverageTest} checks that every built-in rule
 * is declared by some test.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Triggers {
  /**
   * The rule ids.
   *
   * @return the ids
   */
  String[] value();
}
