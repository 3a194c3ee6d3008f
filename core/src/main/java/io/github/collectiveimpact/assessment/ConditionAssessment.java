package io.github.collectiveimpact.assessment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How far one condition is achieved: its level and rating, how sure the rating is, the evidence that set it
 * and what would raise it.
 *
 * @param condition the condition
 * @param level the level; empty exactly when the rating is {@link Rating#NOT_ASSESSED}
 * @param rating the rating the level maps to
 * @param label the level's label in the assessment's language (or "not assessed")
 * @param confidence how much of the evidence the document states
 * @param evidence the criteria met, where
 * @param nextSteps what the next level asks that the document does not show
 */
public record ConditionAssessment(
    AssessedCondition condition,
    Optional<Level> level,
    Rating rating,
    String label,
    Confidence confidence,
    List<Evidence> evidence,
    List<NextStep> nextSteps) {

  /**
   * Checks the parts and copies the lists.
   *
   * @param condition the condition
   * @param level the level
   * @param rating the rating
   * @param label the label
   * @param confidence the confidence
   * @param evidence the evidence
   * @param nextSteps the next steps
   * @throws IllegalArgumentException if the rating is not the level's, or a level is missing or given
   *     with {@code not_assessed}
   */
  public ConditionAssessment {
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(confidence, "confidence");
    evidence = List.copyOf(evidence);
    nextSteps = List.copyOf(nextSteps);
    Rating expected = level.map(Level::rating).orElse(Rating.NOT_ASSESSED);
    if (rating != expected) {
      throw new IllegalArgumentException(
          "rating " + rating + " does not match level " + level.map(Level::number).orElse(null));
    }
  }

  /**
   * The level's number, 0 when not assessed (for arithmetic, e.g. a mean over conditions).
   *
   * @return 0 to 4
   */
  public int levelNumber() {
    return level.map(Level::number).orElse(0);
  }
}
