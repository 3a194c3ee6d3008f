package io.github.collectiveimpact.model;

/**
 * The direction in which an indicator should move for the initiative to succeed. Results-Based
 * Accountability (Friedman, "Trying Hard Is Not Good Enough", 2005) asks whether the curve is turning in the
 * desired direction.
 */
public enum Direction {
  /** Higher is better, for example a graduation rate. */
  INCREASE,
  /** Lower is better, for example chronic absenteeism. */
  DECREASE;

  /**
   * Whether moving from {@code from} to {@code to} goes in this direction (strictly).
   *
   * @param from the starting value, such as a baseline
   * @param to the end value, such as a target
   * @return {@code true} if {@code to} is strictly better than {@code from}
   */
  public boolean isImprovement(double from, double to) {
    return this == INCREASE ? to > from : to < from;
  }
}
