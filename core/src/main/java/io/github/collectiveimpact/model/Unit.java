package io.github.collectiveimpact.model;

/**
 * The unit in which an indicator is measured. The unit decides which values an indicator can take (see
 * {@link #accepts(double)}) and whether values reported by several partners add up to the initiative's
 * value (see {@link #additive()}).
 *
 * <p>Only counts and amounts of money add up across partners: two partners who each served 40 families
 * served up to 80 together. A percentage, rate, ratio, score, index or duration of one partner says
 * nothing about the whole population when added to another's; for these units each partner's series is
 * reported on its own, and the initiative's value is the one given without a partner.
 */
public enum Unit {
  /** A percentage, from 0 to 100 inclusive. Not additive: shares of different bases do not add up. */
  PERCENT,
  /**
   * A whole number of people, events or things, zero or more. Additive: partners' counts sum to the
   * initiative's count (unless the indicator declares {@link Aggregation#NONE}, as when the same people
   * may be counted by several partners).
   */
  COUNT,
  /** A rate per some population (for example per 1,000 students), zero or more. Not additive. */
  RATE,
  /** A ratio of two quantities, zero or more. Not additive. */
  RATIO,
  /** A score on an assessment scale; any finite value. Not additive. */
  SCORE,
  /** An amount of money; any finite value. Additive, as counts are. */
  CURRENCY,
  /** A composite index; any finite value. Not additive. */
  INDEX,
  /**
   * A duration in days, zero or more, such as the median length of a stay in shelter (the U.S. Department
   * of Housing and Urban Development's System Performance Measures count length of time homeless in days).
   * Not additive: durations of different people do not add up to a duration.
   */
  DAYS;

  /**
   * Whether a value can be a measurement in this unit: a percent lies within 0..100, a count is a whole
   * number not below zero, a rate, ratio or number of days is not below zero; scores, currency and indices
   * may be any finite number.
   *
   * @param value the value to test
   * @return {@code true} if the value fits this unit
   */
  public boolean accepts(double value) {
    if (!Double.isFinite(value)) {
      return false;
    }
    switch (this) {
      case PERCENT:
        return value >= 0 && value <= 100;
      case COUNT:
        return value >= 0 && value == Math.rint(value);
      case RATE:
      case RATIO:
      case DAYS:
        return value >= 0;
      default:
        return true;
    }
  }

  /**
   * Whether values in this unit reported by several partners for the same period and group add up to the
   * initiative's value: {@code true} for {@link #COUNT} and {@link #CURRENCY}, {@code false} for every
   * other unit. Equity gaps of an additive indicator compare each group's share of the total, never the
   * raw counts.
   *
   * @return {@code true} if partners' values are summed
   */
  public boolean additive() {
    return this == COUNT || this == CURRENCY;
  }

  /**
   * A short phrase describing the values this unit accepts, for error messages.
   *
   * @return for example {@code "a percent within 0..100"}
   */
  public String accepted() {
    switch (this) {
      case PERCENT:
        return "a percent within 0..100";
      case COUNT:
        return "a whole number not below zero";
      case RATE:
      case RATIO:
      case DAYS:
        return "a number not below zero";
      default:
        return "a finite number";
    }
  }
}
