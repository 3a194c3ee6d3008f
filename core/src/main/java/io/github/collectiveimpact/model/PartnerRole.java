package io.github.collectiveimpact.model;

/**
 * A role a partner plays in an initiative. One partner may hold several roles.
 *
 * <p>The roles follow the structures described in Hanleybrown, Kania and Kramer, "Channeling Change:
 * Making Collective Impact Work", SSIR 2012 (steering committee, working groups, an influential champion,
 * funders) and the data partnerships of shared measurement.
 */
public enum PartnerRole {
  /** Sits on the steering committee (or leadership table) that governs the initiative. */
  STEERING_COMMITTEE_MEMBER,
  /** Leads or co-chairs a working group (a collaborative action network). */
  WORKING_GROUP_LEAD,
  /** Takes part in a working group. */
  WORKING_GROUP_MEMBER,
  /** Funds the initiative or its backbone. */
  FUNDER,
  /** Contributes data to the shared measurement system. */
  DATA_PARTNER,
  /** Delivers programs or services that advance the initiative's goals. */
  SERVICE_PROVIDER,
  /** An influential champion who brings leaders to the table (a precondition in Channeling Change). */
  CHAMPION,
  /** Advocates for policy change in line with the common agenda. */
  POLICY_ADVOCATE,
  /**
   * An organisation that speaks for residents and the community served, such as an advocacy group or a
   * community-based organisation. Its presence in decisions is representation through an intermediary,
   * which the critiques distinguish from community members deciding themselves (Vu Le, "trickle-down
   * community engagement", 2015); see {@link #LIVED_EXPERIENCE}.
   */
  COMMUNITY_VOICE,
  /**
   * Residents, or people with lived experience of the problem, taking part themselves (for example a
   * parent or youth council, or residents seated on the steering committee). Collective Impact Forum,
   * "Collective Impact Principles of Practice", 2016, principle 2 (include community members in the
   * collaborative); Kania et al., "Centering Equity in Collective Impact", SSIR 2022 (shift power within
   * the collaborative).
   */
  LIVED_EXPERIENCE
}
