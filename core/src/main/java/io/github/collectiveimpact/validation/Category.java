package io.github.collectiveimpact.validation;

import io.github.collectiveimpact.model.Condition;
import java.util.Optional;

/**
 * What a rule checks, by which the validator groups rules, findings and the sections of a report: one of
 * the five {@link Condition}s, or the structural integrity of the model (unique ids, references that
 * resolve, values that fit their units), which comes before any condition.
 *
 * <p>{@link Condition} is the domain's idea, the five conditions of collective impact; {@code Category}
 * is the validator's grouping, which adds {@link #STRUCTURE}. Each other category checks exactly one
 * condition ({@link #condition()}, {@link #of(Condition)}); a {@link Finding} carries its category and,
 * derived from it, its condition. Categories are ordered as reports list them: structure first, then the
 * conditions in the order of {@link Condition}.
 */
public enum Category {
  /** The model's structural integrity: unique ids, resolvable references, consistent values. */
  STRUCTURE(null),
  /** {@link Condition#COMMON_AGENDA}. */
  COMMON_AGENDA(Condition.COMMON_AGENDA),
  /** {@link Condition#SHARED_MEASUREMENT}. */
  SHARED_MEASUREMENT(Condition.SHARED_MEASUREMENT),
  /** {@link Condition#MUTUALLY_REINFORCING_ACTIVITIES}. */
  MUTUALLY_REINFORCING_ACTIVITIES(Condition.MUTUALLY_REINFORCING_ACTIVITIES),
  /** {@link Condition#CONTINUOUS_COMMUNICATION}. */
  CONTINUOUS_COMMUNICATION(Condition.CONTINUOUS_COMMUNICATION),
  /** {@link Condition#BACKBONE_SUPPORT}. */
  BACKBONE_SUPPORT(Condition.BACKBONE_SUPPORT);

  private final Condition condition;

  Category(Condition condition) {
    this.condition = condition;
  }

  /**
   * The condition this category checks.
   *
   * @return the condition, or empty for {@link #STRUCTURE}
   */
  public Optional<Condition> condition() {
    return Optional.ofNullable(condition);
  }

  /**
   * A title for reports.
   *
   * @return the condition's title, or "Structure"
   */
  public String title() {
    return condition == null ? "Structure" : condition.title();
  }

  /**
   * The category of a condition.
   *
   * @param condition a condition
   * @return the category that checks it
   */
  public static Category of(Condition condition) {
    for (Category c : values()) {
      if (c.condition == condition) {
        return c;
      }
    }
    throw new IllegalArgumentException("no category for " + condition);
  }
}
