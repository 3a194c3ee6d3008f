package io.github.collectiveimpact.model;

/**
 * The six functions of a backbone organisation identified by Turner, Merchant, Kania and Martin,
 * "Understanding the Value of Backbone Organizations in Collective Impact", Stanford Social Innovation
 * Review, 2012. An earlier list in Hanleybrown, Kania and Kramer, "Channeling Change" (SSIR 2012) names
 * similar functions: strategic direction, facilitating dialogue, managing data, handling communications,
 * coordinating community outreach and mobilizing funding.
 */
public enum BackboneFunction {
  /** Guide vision and strategy: build a common understanding of the problem and a plan to address it. */
  GUIDE_VISION_AND_STRATEGY,
  /** Support aligned activities: coordinate partners and facilitate their working together. */
  SUPPORT_ALIGNED_ACTIVITIES,
  /** Establish shared measurement practices: collect, analyse and report data across partners. */
  ESTABLISH_SHARED_MEASUREMENT_PRACTICES,
  /** Build public will: engage the community and make the case for change. */
  BUILD_PUBLIC_WILL,
  /** Advance policy: align and advocate for public policies that serve the agenda. */
  ADVANCE_POLICY,
  /** Mobilize funding: raise and align resources behind the agenda. */
  MOBILIZE_FUNDING
}
