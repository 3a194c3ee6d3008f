package io.github.collectiveimpact.results;

import java.util.Objects;
import java.util.Optional;

/**
 * One group's gap to the reference of its dimension, at the latest period with group values.
 *
 * @param group the group, as the data name it
 * @param value the group's value: in the indicator's unit, or for an additive unit the group's share of the
 *     total in percent
 * @param gap the shortfall from the reference in the desired direction (positive: the group is worse off
 *     than the reference); empty when there is no reference value
 * @param relativeGap the gap divided by the magnitude of the reference; empty for a reference of zero or
 *     none
 * @param change how this group's gap changed from the earliest period it shares with the reference
 */
public record GroupGap(
    String group,
    double value,
    Optional<Double> gap,
    Optional<Double> relativeGap,
    GapChange change) {
  /**
   * Checks the parts.
   *
   * @param group the group
   * @param value the value
   * @param gap the gap
   * @param relativeGap the relative gap
   * @param change the change
   */
  public GroupGap {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(gap, "gap");
    Objects.requireNonNull(relativeGap, "relativeGap");
    Objects.requireNonNull(change, "change");
  }
}
