package io.github.collectiveimpact.model;

/**
 * The structure of a backbone organisation, after FSG's "Collective Impact: Part 2: Understanding the
 * Value of Backbone Organizations" and "Searching for the right backbone structure" (Turner, Merchant,
 * Kania and Martin, SSIR 2012), which also describe decentralised forms.
 */
public enum BackboneType {
  /** A funder initiates and hosts the backbone, e.g. the Calgary Homeless Foundation. */
  FUNDER_BASED,
  /** A nonprofit created for the purpose, e.g. CCER for the Road Map Project; its strength is neutrality. */
  NEW_NONPROFIT,
  /** An existing nonprofit takes on the role, e.g. a United Way. */
  EXISTING_NONPROFIT,
  /** A government agency acts as backbone. */
  GOVERNMENT,
  /** Backbone staff and functions are shared across several organisations. */
  SHARED_ACROSS_ORGANIZATIONS,
  /** The steering committee itself, supported by part-time staff of its members, acts as backbone. */
  STEERING_COMMITTEE
}
