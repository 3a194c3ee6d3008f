package io.github.collectiveimpact.assessment;

/**
 * A condition rated under a {@link Lens}: the five conditions of Kania and Kramer (2011), and their
 * reframing in Collective Impact 3.0 (Cabaj and Weaver, Tamarack Institute, 2016).
 */
public enum AssessedCondition {
  /** All participants share a vision for change and agree on the primary goals. */
  COMMON_AGENDA(Lens.FIVE_CONDITIONS, "Common agenda"),
  /** Data are collected and results measured consistently across the participants. */
  SHARED_MEASUREMENT(Lens.FIVE_CONDITIONS, "Shared measurement"),
  /** Differentiated activities coordinated through a plan of action. */
  MUTUALLY_REINFORCING_ACTIVITIES(Lens.FIVE_CONDITIONS, "Mutually reinforcing activities"),
  /** Consistent, open communication across the players, over years. */
  CONTINUOUS_COMMUNICATION(Lens.FIVE_CONDITIONS, "Continuous communication"),
  /** A separate organisation with dedicated staff coordinates the participants. */
  BACKBONE_SUPPORT(Lens.FIVE_CONDITIONS, "Backbone support"),
  /** The common agenda reframed: an aspiration the community holds, not only the institutions. */
  COMMUNITY_ASPIRATION(Lens.COLLECTIVE_IMPACT_3, "Community aspiration"),
  /** Shared measurement reframed: real-time, manageable data used to learn and adapt. */
  STRATEGIC_LEARNING(Lens.COLLECTIVE_IMPACT_3, "Strategic learning"),
  /**
   * Mutually reinforcing activities reframed: activities that change the system, whether or not they
   * reinforce one another; coordination is no evidence here, systems and policy changes are.
   */
  HIGH_LEVERAGE_ACTIVITIES(Lens.COLLECTIVE_IMPACT_3, "High-leverage activities"),
  /** Continuous communication reframed: people with lived experience at the centre of the decisions. */
  INCLUSIVE_COMMUNITY_ENGAGEMENT(Lens.COLLECTIVE_IMPACT_3, "Inclusive community engagement"),
  /** Backbone support reframed: the backbone convenes and connects, the collaborators drive change. */
  CONTAINER_FOR_CHANGE(Lens.COLLECTIVE_IMPACT_3, "Container for change");

  private final Lens lens;
  private final String title;

  AssessedCondition(Lens lens, String title) {
    this.lens = lens;
    this.title = title;
  }

  /**
   * The lens the condition belongs to.
   *
   * @return the lens
   */
  public Lens lens() {
    return lens;
  }

  /**
   * The condition's name in English.
   *
   * @return for example {@code "Strategic learning"}
   */
  public String title() {
    return title;
  }
}
