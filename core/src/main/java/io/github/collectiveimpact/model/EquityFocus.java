package io.github.collectiveimpact.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * The population groups whose gaps a goal must close, and the dimensions along which the gaps are measured.
 * "Centering Equity in Collective Impact" (Kania, Williams, Schmitz, Brady, Kramer and Splansky Juster,
 * SSIR Winter 2022) asks initiatives to ground their work in disaggregated data and target solutions to the
 * groups furthest from opportunity.
 */
@Value.Immutable
public abstract class EquityFocus implements WithEquityFocus {
  EquityFocus() {}

  /**
   * The dimensions along which the goal's gaps are measured; the goal's indicators must be disaggregated by
   * them.
   *
   * @return the dimensions, e.g. race/ethnicity and income
   */
  public abstract List<DisaggregationDimension> dimensions();

  /**
   * The groups whose gaps the goal must close, in the initiative's own words.
   *
   * @return the groups, e.g. "low-income students" and "students of color"
   */
  public abstract List<String> populations();

  @Value.Check
  void check() {
    Checks.noneBlank("EquityFocus", "populations", populations());
  }

  /**
   * A new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link EquityFocus}; {@code build()} checks the invariants and throws {@link InvalidModelException}. */
  public static final class Builder extends ImmutableEquityFocus.Builder {
    /** Creates a builder with no attribute set. */
    public Builder() {}
  }
}
