package io.github.collectiveimpact.model;

/**
 * The family of sectors a partner belongs to, by who owns or governs it: the cross-sector families that
 * the collective impact literature counts when it asks for "organizations from different sectors"
 * (Kania and Kramer, "Collective Impact", SSIR 2011: government, nonprofits, philanthropy, business and
 * the community; Collective Impact Forum, "Collective Impact Principles of Practice", 2016, principle 3).
 *
 * <p>The family depends on ownership, not on the field of work: a public school district is
 * {@link #GOVERNMENT}, a nonprofit college {@link #NONPROFIT}, a for-profit preschool {@link #BUSINESS},
 * although all three work in education. {@link Sector#defaultFamily()} gives the usual family of each
 * sector, and {@link Partner#family()} states it where it differs.
 */
public enum SectorFamily {
  /**
   * Public bodies at any level: city, county, state, federal, tribal; public school districts, public
   * libraries; in Japan, 市区町村 and 都道府県 and their agencies.
   */
  GOVERNMENT,
  /**
   * Private organisations not for profit: service providers, advocacy groups, nonprofit colleges and
   * hospitals; in Japan, NPO法人, 社会福祉法人 and a 社会福祉協議会 (a social welfare council, legally a
   * private social welfare corporation although publicly funded).
   */
  NONPROFIT,
  /** Businesses, for-profit providers and business associations such as a chamber of commerce (商工会議所). */
  BUSINESS,
  /** Private, community and corporate foundations and other grant makers (財団). */
  PHILANTHROPY,
  /**
   * Residents and the groups they form themselves: neighbourhood and parent associations, tenant and
   * youth groups, grassroots organisations; in Japan, a 自治会 or 町内会 (neighbourhood association).
   */
  COMMUNITY
}
