package io.github.collectiveimpact.model;

/**
 * The kind of a meeting series. Channeling Change (Hanleybrown, Kania and Kramer, SSIR 2012) describes the
 * governance of an initiative as a steering committee, working groups, and partner and community
 * convenings that meet regularly over years.
 */
public enum MeetingKind {
  /** The steering committee or leadership table that governs the initiative. */
  STEERING_COMMITTEE,
  /** The meetings of one working group. */
  WORKING_GROUP,
  /** A convening of all partners. */
  ALL_PARTNERS,
  /** A meeting open to residents and the community served. */
  COMMUNITY
}
