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
  /** Speaks for residents and the community served. */
  COMMUNITY_VOICE
}
