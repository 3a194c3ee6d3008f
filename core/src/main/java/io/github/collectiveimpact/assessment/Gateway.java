package io.github.collectiveimpact.assessment;

/**
 * The gateways of StriveTogether's Theory of Action toward Proof Point. Proof Point itself is a designation
 * StriveTogether confers, never computed by this library.
 */
public enum Gateway {
  /** A partnership explores a shared community vision across sectors. */
  EXPLORING,
  /** It has an accountability structure and community-level outcomes with baselines. */
  EMERGING,
  /** It uses data for continuous improvement, with a sustained backbone. */
  SUSTAINING,
  /** Systems change in policy, practice or funding, with outcomes improving. */
  SYSTEMS_CHANGE
}
