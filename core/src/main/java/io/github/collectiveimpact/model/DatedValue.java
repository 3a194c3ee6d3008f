package io.github.collectiveimpact.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A value of an indicator on a date: a baseline, a target or an interim target.
 *
 * <p>Values are {@code double}s: indicators are statistics (rates, percentages, counts, scores), not
 * ledger amounts, so binary floating point loses nothing a reader of a dashboard would see, a value written
 * as JSON reads back exactly, and a million observations fit in memory without a {@code BigDecimal} each.
 */
@Value.Immutable
public abstract class DatedValue implements WithDatedValue {
  DatedValue() {}

  /**
   * The value, a finite number in the indicator's unit.
   *
   * @return the value
   */
  public abstract double value();

  /**
   * The date the value refers to: when a baseline was measured, or by when a target is to be met.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * A dated value.
   *
   * @param value a finite number
   * @param date the date
   * @return the dated value
   */
  public static DatedValue of(double value, LocalDate date) {
    return builder().value(value).date(date).build();
  }

  /**
   * A new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.finite("DatedValue", "value", value());
  }

  /** Builds a {@link DatedValue}. */
  public static final class Builder extends ImmutableDatedValue.Builder {
    /** Creates a builder with no attribute set. */
    public Builder() {}
  }
}
