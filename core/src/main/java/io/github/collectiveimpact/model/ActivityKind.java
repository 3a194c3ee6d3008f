package io.github.collectiveimpact.model;

/**
 * What kind of work an activity is. The Collective Impact Forum's "Collective Impact Principles of
 * Practice" (2016), principle 6, asks initiatives to focus on program <em>and</em> system strategies; the
 * backbone's own functions (Turner et al., SSIR 2012) are data, convening and capacity building rather
 * than delivering the partners' programmes.
 */
public enum ActivityKind {
  /** Delivering a programme or service to people: tutoring, home visits, a summer bridge course. */
  PROGRAM_DELIVERY,
  /** Changing a system: a policy, a practice across institutions, where money flows. */
  SYSTEMS_CHANGE,
  /** Collecting, sharing and analysing the shared measures; data partnerships and dashboards. */
  DATA_AND_MEASUREMENT,
  /** Convening partners and building their capacity: facilitation, training, networks. */
  CONVENING_AND_CAPACITY
}
