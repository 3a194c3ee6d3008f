package io.github.collectiveimpact.results;

import java.util.Objects;
import java.util.Optional;

/**
 * The change of the latest value from the declared baseline.
 *
 * @param absolute latest minus baseline, in the indicator's unit
 * @param relative the absolute change divided by the magnitude of the baseline; empty for a baseline of
 *     zero
 */
public record BaselineChange(double absolute, Optional<Double> relative) {
  /**
   * Checks the parts.
   *
   * @param absolute the absolute change
   * @param relative the relative change
   */
  public BaselineChange {
    Objects.requireNonNull(relative, "relative");
  }
}
