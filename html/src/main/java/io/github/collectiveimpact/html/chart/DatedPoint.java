package io.github.collectiveimpact.html.chart;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A value at a date: an observation at the end of its period, a baseline or a target.
 *
 * @param date the date
 * @param value a finite value
 */
public record DatedPoint(LocalDate date, double value) {
  /**
   * Checks the parts.
   *
   * @param date the date
   * @param value the value
   */
  public DatedPoint {
    Objects.requireNonNull(date, "date");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("a chart's values must be finite: " + value);
    }
  }
}
