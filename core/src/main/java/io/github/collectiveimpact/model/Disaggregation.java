package io.github.collectiveimpact.model;

import org.immutables.value.Value;

/**
 * One group within a disaggregation dimension, such as {@code race_ethnicity} / {@code Hispanic or Latino}
 * or {@code income} / {@code low income}. An observation without a disaggregation covers the whole
 * population.
 */
@Value.Immutable
public abstract class Disaggregation implements WithDisaggregation {
  Disaggregation() {}

  /**
   * The dimension.
   *
   * @return the dimension, e.g. {@link DisaggregationDimension#RACE_ETHNICITY}
   */
  public abstract DisaggregationDimension dimension();

  /**
   * The group within the dimension, as the data source names it.
   *
   * @return the group, not blank
   */
  public abstract String group();

  /**
   * A disaggregation.
   *
   * @param dimension the dimension
   * @param group the group within it
   * @return the disaggregation
   */
  public static Disaggregation of(DisaggregationDimension dimension, String group) {
    return builder().dimension(dimension).group(group).build();
  }

  @Value.Check
  void check() {
    Checks.notBlank("Disaggregation", "group", group());
  }

  /**
   * A new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Disaggregation}; {@code build()} checks the invariants and throws {@link InvalidModelException}. */
  public static final class Builder extends ImmutableDisaggregation.Builder {
    /** Creates a builder with no attribute set. */
    public Builder() {}
  }
}
