package io.github.collectiveimpact.assessment;

/**
 * How much of the evidence a condition's rubric asks for the document states, whether it is met or not: a
 * level from a document that is silent on most criteria is a floor, not a finding.
 */
public enum Confidence {
  /** Less than half of the criteria can be judged from the document. */
  LOW,
  /** At least half, and less than four in five, of the criteria can be judged. */
  MEDIUM,
  /** At least four in five of the criteria can be judged. */
  HIGH;

  /**
   * The confidence for a share of criteria the document states.
   *
   * @param statedShare the share, 0 to 1
   * @return the confidence
   */
  public static Confidence of(double statedShare) {
    if (statedShare >= 0.8) {
      return HIGH;
    }
    return statedShare >= 0.5 ? MEDIUM : LOW;
  }
}
