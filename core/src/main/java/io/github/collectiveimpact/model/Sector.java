package io.github.collectiveimpact.model;

/**
 * The sector a partner belongs to. Collective impact is cross-sector by definition: "organizations from
 * different sectors" commit to a common agenda (Kania and Kramer, "Collective Impact", SSIR 2011); the
 * Collective Impact Forum's third principle of practice is to recruit and co-create with cross-sector
 * partners (2016).
 */
public enum Sector {
  /** A government agency at any level: city, county, state, federal, tribal. */
  GOVERNMENT,
  /** A nonprofit organisation delivering services or advocacy (not a school, college or funder). */
  NONPROFIT,
  /** A business or a business association, such as a chamber of commerce. */
  BUSINESS,
  /** A private, community or corporate foundation, or another grant-making funder. */
  PHILANTHROPY,
  /** A school district or a school serving kindergarten to grade 12. */
  K12_EDUCATION,
  /** A college, university or other postsecondary institution. */
  HIGHER_EDUCATION,
  /** An early learning or child care provider, or an early childhood coalition. */
  EARLY_CHILDHOOD,
  /** A hospital, clinic, health system or public health body. */
  HEALTH,
  /** Residents and community groups speaking for the people the initiative serves. */
  COMMUNITY,
  /** A congregation or faith-based organisation. */
  FAITH_BASED,
  /** A research institution, evaluator or data intermediary. */
  RESEARCH,
  /** A workforce board, employer network or job-training provider. */
  WORKFORCE,
  /** A public library or cultural institution. */
  LIBRARY_AND_CULTURE,
  /** A news or media organisation. */
  MEDIA
}
