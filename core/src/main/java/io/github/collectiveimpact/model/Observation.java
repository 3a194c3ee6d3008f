package io.github.collectiveimpact.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One reported value of an indicator for a period: for the whole population, or for one group of a
 * disaggregation dimension.
 *
 * <p>Whether the value fits the indicator's unit, and whether the indicator exists, is for the validator to
 * report; an observation only checks that its value is a finite number.
 *
 * <p>How the results combine observations (see {@link Indicator} for the whole of it): an observation
 * without a partner is the initiative's value for its period and group; observations of several partners
 * for the same period and group are summed only for an additive unit ({@link Unit#additive()}) whose
 * indicator does not declare {@link Aggregation#NONE}, and otherwise each partner's series stands alone;
 * an observation whose period ends after the validation date is ignored by the results and by every
 * time-based rule; and {@link #seriesBreak()} starts the series afresh for trends.
 */
@Value.Immutable
public abstract class Observation implements WithObservation {
  Observation() {}

  /**
   * The indicator observed.
   *
   * @return the indicator's id
   */
  public abstract String indicatorId();

  /**
   * The period the value covers.
   *
   * @return the period
   */
  public abstract ReportingPeriod period();

  /**
   * The observed value, in the indicator's unit (see {@link DatedValue} on why a {@code double}).
   *
   * @return the value, a finite number
   */
  public abstract double value();

  /**
   * The partner who reported the value, if recorded.
   *
   * @return the partner's id
   */
  public abstract Optional<String> partnerId();

  /**
   * The group the value is for; empty means the whole population.
   *
   * @return the disaggregation
   */
  public abstract Optional<Disaggregation> disaggregation();

  /**
   * A note on the value, such as a change in method.
   *
   * @return the note
   */
  public abstract Optional<String> note();

  /**
   * Whether this value starts a new series: the test, the survey or the method changed with it, so that
   * it cannot be compared with the values before it (as when a state moves to a new assessment). Trends
   * use only the points from the latest break on; the change since baseline is still reported, as the
   * initiative's own figures say it.
   *
   * @return {@code true} if the series breaks here; {@code false} by default
   */
  @Value.Default
  public boolean seriesBreak() {
    return false;
  }

  @Value.Check
  void check() {
    Checks.notBlank("Observation", "indicatorId", indicatorId());
    Checks.notBlank("Observation", "partnerId", partnerId());
    Checks.finite("Observation", "value", value());
  }

  /**
   * A new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Observation}; {@code build()} checks the invariants and throws {@link InvalidModelException}. */
  public static final class Builder extends ImmutableObservation.Builder {
    /** Creates a builder with no attribute set. */
    public Builder() {}
  }
}
