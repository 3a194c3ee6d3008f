package io.github.collectiveimpact.results;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One value of a series, at the end of the period it covers.
 *
 * @param value the value, in the indicator's unit
 * @param periodEnd the last day of the period
 */
public record Point(double value, LocalDate periodEnd) {
  /**
   * Checks the parts.
   *
   * @param value a finite number
   * @param periodEnd the period's end
   */
  public Point {
    Objects.requireNonNull(periodEnd, "periodEnd");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("Point.value must be finite: " + value);
    }
  }
}
