package io.github.collectiveimpact.assessment;

/**
 * The stages of Preskill, Parkhurst and Splansky Juster, "Guide to Evaluating Collective Impact", FSG and
 * Collective Impact Forum, 2014, each with its own evaluation questions.
 */
public enum Phase {
  /** The conditions are being put in place. */
  EARLY_YEARS,
  /** Early changes in behaviour and in systems appear. */
  MIDDLE_YEARS,
  /** Population-level change can be looked for. */
  LATER_YEARS
}
