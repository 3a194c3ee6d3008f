package io.github.collectiveimpact.assessment;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * One piece of evidence a rubric asks for at a level of a condition, as data beside its logic: its id, the
 * level it belongs to, what it asks (in English), what to do when it does not hold, its source, and the
 * test that reads the {@link Facts}. A condition reaches a level when every applicable criterion of that
 * level and of the levels below is met.
 *
 * <p>Criteria at level 1 ask only that the condition is stated at all: a document silent on them leaves the
 * condition {@link Rating#NOT_ASSESSED}. A criterion's own id must not reuse a built-in id.
 *
 * @param id a stable id, e.g. {@code SM.3a}
 * @param condition the condition rated
 * @param level 1 to 4
 * @param statement what the criterion asks, in English, e.g. "A meeting series reviews the shared results"
 * @param action what would meet it, in English
 * @param source the literature it comes from
 * @param test reads the facts; never throws for facts of a buildable initiative
 */
public record Criterion(
    String id,
    AssessedCondition condition,
    int level,
    String statement,
    String action,
    String source,
    Function<Facts, Check> test) {

  /**
   * Checks the parts.
   *
   * @param id the id
   * @param condition the condition
   * @param level the level
   * @param statement the statement
   * @param action the action
   * @param source the source
   * @param test the test
   */
  public Criterion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(test, "test");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a criterion's id must not be blank");
    }
    if (level < 1 || level > 4) {
      throw new IllegalArgumentException("a criterion's level is 1 to 4, was " + level);
    }
  }

  /**
   * What the criterion asks, in a language: a built-in criterion's translation, else its own statement.
   *
   * @param locale the language
   * @return the statement
   */
  public String statement(Locale locale) {
    return Texts.of(locale).criterion(this, "statement", statement);
  }

  /**
   * What would meet it, in a language.
   *
   * @param locale the language
   * @return the action
   */
  public String action(Locale locale) {
    return Texts.of(locale).criterion(this, "action", action);
  }
}
