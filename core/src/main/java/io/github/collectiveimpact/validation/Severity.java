package io.github.collectiveimpact.validation;

/**
 * How serious a finding is. An initiative with no {@link #ERROR} is valid. Every built-in rule is held
 * to these meanings, so that an initiative the literature holds up as an exemplar never gets an error
 * for a missing detail, and what the document does not state is never read as absent.
 */
public enum Severity {
  /**
   * The document contradicts itself or cannot be trusted (a structural problem), or a condition is
   * wholly absent: no agenda at all, no indicator, no activity, no meeting or channel, no backbone of
   * any kind, partners from one family of sectors.
   */
  ERROR(
      "The document contradicts itself or cannot be trusted (structure), or a condition is wholly"
          + " absent: no goal at all, no indicator, no activity, no meeting or channel, no backbone of"
          + " any kind, partners from one family of sectors."),
  /** The condition is there but weak in a way the literature names. */
  WARNING("The condition is there, but weak in a way the literature names."),
  /**
   * A practice the literature recommends, or something the document does not state ("not stated" is
   * not "absent").
   */
  INFO(
      "A practice the literature recommends, or something the document does not state: not stated is"
          + " not absent.");

  private final String meaning;

  Severity(String meaning) {
    this.meaning = meaning;
  }

  /**
   * What this severity means, as the rule catalogue states it.
   *
   * @return one or two sentences
   */
  public String meaning() {
    return meaning;
  }
}
