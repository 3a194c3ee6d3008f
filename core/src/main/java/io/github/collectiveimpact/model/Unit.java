package io.github.collectiveimpact.model;

/**
 * The unit in which an indicator is measured. The unit decides which values an indicator can take; see
 * {@link #accepts(double)}.
 */
public enum Unit {
  /** A percentage, from 0 to 100 inclusive. */
  PERCENT,
  /** A whole number of people, events or things, zero or more. */
  COUNT,
  /** A rate per some population (for example per 1,000 students), zero or more. */
  RATE,
  /** A ratio of two quantities, zero or more. */
  RATIO,
  /** A score on an assessment scale; any finite value. */
  SCORE,
  /** An amount of money; any finite value. */
  CURRENCY,
  /** A composite index; any finite value. */
  INDEX;

  /**
   * Whether a value can be a measurement in this unit: a percent lies within 0..100, a count is a whole
   * number not below zero, a rate or ratio is not below zero; scores, currency and indices may be any finite
   * number.
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
        return value >= 0;
      default:
        return true;
    }
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
        return "a number not below zero";
      default:
        return "a finite number";
    }
  }
}
