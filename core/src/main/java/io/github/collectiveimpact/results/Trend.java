package io.github.collectiveimpact.results;

/**
 * Which way an indicator's recent points are heading, from a robust slope per year (Theil-Sen), given its
 * desired direction: Results-Based Accountability's question whether the curve is turning. In JSON, the
 * constant's name in lower case: {@code improving}, {@code worsening}, {@code flat},
 * {@code insufficient_data}.
 */
public enum Trend {
  /** The slope per year moves the desired way by more than the tolerance. */
  IMPROVING,
  /** The slope per year moves the other way by more than the tolerance. */
  WORSENING,
  /** The slope per year stays within the tolerance. */
  FLAT,
  /** Fewer than three comparable points since the latest break in the series. */
  INSUFFICIENT_DATA
}
