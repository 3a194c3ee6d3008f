package io.github.collectiveimpact.model;

/**
 * The five conditions of collective success (Kania and Kramer, "Collective Impact", Stanford Social
 * Innovation Review, Winter 2011). The one-line descriptions follow Hanleybrown, Kania and Kramer,
 * "Channeling Change: Making Collective Impact Work", SSIR 2012.
 *
 * <p>A condition is the literature's idea, part of the domain like the model's types. The validator sorts
 * its rules, findings and report sections by {@link io.github.collectiveimpact.validation.Category}
 * instead: one category per condition, plus {@code STRUCTURE} for the model's own integrity (unique ids,
 * references that resolve), which is no condition of collective impact. So a finding always has a
 * category, and has a condition unless it is structural; {@code Category.of(condition)} and {@code
 * category.condition()} convert between the two.
 */
public enum Condition {
  /**
   * All participants share a vision for change: a common understanding of the problem and a joint approach
   * to solving it through agreed-upon actions.
   */
  COMMON_AGENDA(
      "Common agenda",
      "Every participant shares one vision for change: a common understanding of the problem and a joint"
          + " approach to it through agreed actions. Partners agree on the primary goals, not on everything."),
  /**
   * Data are collected and results measured consistently across all participants, so that efforts stay
   * aligned and participants hold each other accountable.
   */
  SHARED_MEASUREMENT(
      "Shared measurement",
      "Data are collected and results measured the same way, on a short list of indicators, across every"
          + " participating organisation, so that efforts stay aligned and partners hold one another"
          + " accountable."),
  /** Participant activities are differentiated while still coordinated through a plan of action. */
  MUTUALLY_REINFORCING_ACTIVITIES(
      "Mutually reinforcing activities",
      "Each participant does what it does best; the activities differ but are coordinated through a"
          + " plan of action in which they reinforce one another."),
  /** Consistent and open communication across the players builds trust and common motivation. */
  CONTINUOUS_COMMUNICATION(
      "Continuous communication",
      "The players communicate regularly and openly, over years, to build trust, keep their objectives"
          + " shared and sustain a common motivation."),
  /** A separate organisation with dedicated staff coordinates the participating organisations. */
  BACKBONE_SUPPORT(
      "Backbone support",
      "One or more separate organisations, with dedicated staff and specific skills, coordinate the"
          + " participating organisations and support the initiative as a whole.");

  private static final String SOURCE =
      "Kania & Kramer, \"Collective Impact\", Stanford Social Innovation Review, Winter 2011;"
          + " Hanleybrown, Kania & Kramer, \"Channeling Change\", SSIR, 2012";

  private final String title;
  private final String description;

  Condition(String title, String description) {
    this.title = title;
    this.description = description;
  }

  /**
   * The condition's name in English, as the literature writes it.
   *
   * @return for example {@code "Shared measurement"}
   */
  public String title() {
    return title;
  }

  /**
   * A one-paragraph description of what the condition requires.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * The literature the condition and its description come from.
   *
   * @return a citation
   */
  public String source() {
    return SOURCE;
  }
}
