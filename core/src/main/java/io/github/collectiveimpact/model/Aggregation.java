package io.github.collectiveimpact.model;

/**
 * How the values several partners report for one indicator, period and group combine into the
 * initiative's value, when no value without a partner is given. Only additive units ({@link
 * Unit#additive()}) can be summed; for the others each partner's series stands on its own whatever the
 * indicator declares.
 *
 * <p>Shared measurement compares results across participating organisations (Kania and Kramer, SSIR 2011);
 * summing is right for counts of distinct people or dollars, wrong where the same person can be served,
 * and counted, by two partners.
 */
public enum Aggregation {
  /** Partners' values of an additive unit are summed (the default). */
  SUM,
  /** Partners' values are never summed: they may count the same people twice. */
  NONE
}
