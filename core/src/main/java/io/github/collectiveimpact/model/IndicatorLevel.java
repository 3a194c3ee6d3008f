package io.github.collectiveimpact.model;

/**
 * The level of accountability an indicator serves, as distinguished by Results-Based Accountability
 * (Friedman, "Trying Hard Is Not Good Enough", 2005): population accountability for the well-being of a
 * whole population, and performance accountability for the clients of a program.
 */
public enum IndicatorLevel {
  /** A population indicator: measures a result for a whole population in a geography. */
  POPULATION,
  /** A performance measure: how much a program did, how well, and whether anyone is better off. */
  PERFORMANCE
}
