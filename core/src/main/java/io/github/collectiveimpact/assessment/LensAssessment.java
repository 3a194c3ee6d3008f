package io.github.collectiveimpact.assessment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The conditions of one lens, rated.
 *
 * @param lens the lens
 * @param conditions one per condition of the lens, in the lens's order
 */
public record LensAssessment(Lens lens, List<ConditionAssessment> conditions) {
  /**
   * Checks the parts and copies the list.
   *
   * @param lens the lens
   * @param conditions the conditions
   */
  public LensAssessment {
    Objects.requireNonNull(lens, "lens");
    conditions = List.copyOf(conditions);
  }

  /**
   * The assessment of one condition.
   *
   * @param condition a condition
   * @return its assessment, or empty if the lens does not rate it
   */
  public Optional<ConditionAssessment> condition(AssessedCondition condition) {
    return conditions.stream().filter(c -> c.condition() == condition).findFirst();
  }
}
