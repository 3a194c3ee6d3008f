package io.github.collectiveimpact.model;

/**
 * The sector a partner belongs to. Collective impact is cross-sector by definition: "organizations from
 * different sectors" commit to a common agenda (Kania and Kramer, "Collective Impact", SSIR 2011); the
 * Collective Impact Forum's third principle of practice is to recruit and co-create with cross-sector
 * partners (2016).
 *
 * <p>A sector names a partner's field of work; how many <em>families</em> of sectors the partners span
 * (government, nonprofit, business, philanthropy, community) is what makes an initiative cross-sector,
 * and a family depends on who owns a partner, not on its field. {@link #defaultFamily()} gives the usual
 * family of each sector; {@link Partner#family()} states another where it applies (a for-profit preschool,
 * a public university).
 *
 * <p>Japanese bodies: a 市区町村 or its board of education is {@link #GOVERNMENT} (a public school is
 * {@link #K12_EDUCATION}, family government); a 社会福祉協議会 or an NPO法人 is {@link #NONPROFIT}; a
 * 自治会 or 町内会 is {@link #COMMUNITY}; a 商工会議所 is {@link #BUSINESS}; a 財団 that makes grants is
 * {@link #PHILANTHROPY}.
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
  MEDIA;

  /**
   * The family of sectors a partner of this sector usually belongs to:
   *
   * <ul>
   *   <li>{@link #GOVERNMENT}, {@link #K12_EDUCATION} (a public school district), {@link #WORKFORCE} (a
   *       public workforce board; ハローワーク), {@link #LIBRARY_AND_CULTURE} (a public library):
   *       {@link SectorFamily#GOVERNMENT};
   *   <li>{@link #NONPROFIT}, {@link #HIGHER_EDUCATION}, {@link #EARLY_CHILDHOOD}, {@link #HEALTH},
   *       {@link #FAITH_BASED}, {@link #RESEARCH}: {@link SectorFamily#NONPROFIT} (set
   *       {@link SectorFamily#GOVERNMENT} for a public university, hospital or health department, and
   *       {@link SectorFamily#BUSINESS} for a for-profit provider);
   *   <li>{@link #BUSINESS}, {@link #MEDIA}: {@link SectorFamily#BUSINESS};
   *   <li>{@link #PHILANTHROPY}: {@link SectorFamily#PHILANTHROPY};
   *   <li>{@link #COMMUNITY}: {@link SectorFamily#COMMUNITY}.
   * </ul>
   *
   * @return the usual family of this sector
   */
  public SectorFamily defaultFamily() {
    switch (this) {
      case GOVERNMENT:
      case K12_EDUCATION:
      case WORKFORCE:
      case LIBRARY_AND_CULTURE:
        return SectorFamily.GOVERNMENT;
      case BUSINESS:
      case MEDIA:
        return SectorFamily.BUSINESS;
      case PHILANTHROPY:
        return SectorFamily.PHILANTHROPY;
      case COMMUNITY:
        return SectorFamily.COMMUNITY;
      default:
        return SectorFamily.NONPROFIT;
    }
  }
}
