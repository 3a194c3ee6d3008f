package io.github.collectiveimpact.assessment;

import java.util.Objects;

/**
 * What would raise a condition to the next level: a recommendation, not an error.
 *
 * @param action what to do, in the assessment's language
 * @param reason why: which level asks for it, and whether the document is silent on it or it does not hold
 * @param source the literature the criterion comes from
 */
public record NextStep(String action, String reason, String source) {
  /**
   * Checks the parts.
   *
   * @param action the action
   * @param reason the reason
   * @param source the source
   */
  public NextStep {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(source, "source");
  }
}
