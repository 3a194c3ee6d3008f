package io.github.collectiveimpact.model;

/**
 * What changed in a system (Kania et al., "Centering Equity in Collective Impact", SSIR 2022: focus on
 * systems change, as well as programs and services; ORS Impact and Spark Policy Institute, "When
 * Collective Impact Has an Impact", 2018, which types outcomes as early changes, systems changes and
 * population changes).
 */
public enum SystemsChangeKind {
  /** A law, regulation, rule or formal policy was adopted or changed. */
  POLICY,
  /** How institutions work changed: a practice adopted across schools, clinics or agencies. */
  PRACTICE,
  /** Where money goes changed: budgets, grants or contracts redirected to what works. */
  FUNDING_FLOW,
  /** Another change in the system, described in words. */
  OTHER
}
