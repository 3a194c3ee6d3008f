package io.github.collectiveimpact.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The one group an indicator measures, such as "the share of people experiencing homelessness who are
 * Black", as opposed to an indicator of the whole population broken down by group. Such an indicator is
 * not disaggregated by its own dimension: it already is one group's figure.
 *
 * <p>Its gap is to parity: the group's share of the whole population (for example its share of the
 * county's residents in the census), the comparison used when a group is over-represented among those
 * facing a problem ("Centering Equity in Collective Impact", Kania et al., SSIR Winter 2022: ground the
 * work in disaggregated data).
 */
@Value.Immutable
public abstract class MeasuredGroup implements WithMeasuredGroup {
  MeasuredGroup() {}

  /**
   * The dimension of the group.
   *
   * @return the dimension, e.g. {@link DisaggregationDimension#RACE_ETHNICITY}
   */
  public abstract DisaggregationDimension dimension();

  /**
   * The group, as the data source names it.
   *
   * @return the group, not blank
   */
  public abstract String group();

  /**
   * The parity reference, in the indicator's unit: the value the indicator would have if the group were
   * neither over- nor under-represented, such as the group's share of the whole population.
   *
   * @return the parity value, a finite number
   */
  public abstract Optional<Double> parity();

  /**
   * A measured group without a parity reference.
   *
   * @param dimension the dimension
   * @param group the group
   * @return the measured group
   */
  public static MeasuredGroup of(DisaggregationDimension dimension, String group) {
    return builder().dimension(dimension).group(group).build();
  }

  @Value.Check
  void check() {
    Checks.notBlank("MeasuredGroup", "group", group());
    parity().ifPresent(p -> Checks.finite("MeasuredGroup", "parity", p));
  }

  /**
   * A new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MeasuredGroup}; {@code build()} checks the invariants and throws {@link InvalidModelException}. */
  public static final class Builder extends ImmutableMeasuredGroup.Builder {
    /** Creates a builder with no attribute set. */
    public Builder() {}
  }
}
