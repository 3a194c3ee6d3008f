package io.github.collectiveimpact.results;

import io.github.collectiveimpact.model.DisaggregationDimension;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The gaps of one disaggregation dimension of an indicator.
 *
 * @param dimension the dimension
 * @param reference what the gaps are measured against: the name of the indicator's reference group for the
 *     dimension, {@value #POPULATION} for the population value, or {@value #PARITY} for the parity value of
 *     an indicator that measures one group
 * @param groups each group's value and gap at the latest period with group values, in group order
 * @param largestGap the group with the largest shortfall, if any group falls short of the reference
 * @param change how the gaps changed: widening when any group's gap widened
 * @param referenceWorsened {@code true} when the gaps narrow only because the reference got worse while
 *     the narrowing groups themselves did not improve
 */
public record EquityGap(
    DisaggregationDimension dimension,
    String reference,
    List<GroupGap> groups,
    Optional<String> largestGap,
    GapChange change,
    boolean referenceWorsened) {

  /** The {@link #reference()} of gaps measured against the population value. */
  public static final String POPULATION = "population";

  /** The {@link #reference()} of the gap of an indicator that measures one group, to its parity value. */
  public static final String PARITY = "parity";

  /**
   * Checks the parts and copies the groups.
   *
   * @param dimension the dimension
   * @param reference the reference
   * @param groups the groups
   * @param largestGap the largest gap's group
   * @param change the change
   * @param referenceWorsened whether the narrowing is the reference's doing
   */
  public EquityGap {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(reference, "reference");
    groups = List.copyOf(groups);
    Objects.requireNonNull(largestGap, "largestGap");
    Objects.requireNonNull(change, "change");
  }
}
