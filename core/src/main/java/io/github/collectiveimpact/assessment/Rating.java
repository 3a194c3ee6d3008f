package io.github.collectiveimpact.assessment;

/**
 * The three-way rating of ORS Impact and Spark Policy Institute, "When Collective Impact Has an Impact"
 * (2018), whose researchers rated each condition absent, emerging or mature, and {@link #NOT_ASSESSED}
 * where the document says too little to judge: not stated is not absent.
 */
public enum Rating {
  /** The condition is not in place (level 1). */
  ABSENT,
  /** The condition is partly in place (levels 2 and 3). */
  EMERGING,
  /** The condition is fully in place (level 4). */
  MATURE,
  /** The document says too little to judge; no level. */
  NOT_ASSESSED
}
