package io.github.collectiveimpact.assessment;

import java.time.Period;
import java.util.Objects;

/**
 * The numbers the built-in rubrics use, set to fit the initiative (Collective Impact Forum, Principles of
 * Practice, 2016, no. 8: customize for local context). A small or rural initiative may count two families of
 * sectors as cross-sector, or run on a leaner backbone; a network whose members live on annual public
 * budgets may ask for a shorter funding horizon.
 *
 * @param minSectorFamilies the families of sectors whose partners endorsed the agenda at level 3 (default
 *     3)
 * @param minEndorsementShare the share of partners that endorsed the agenda at level 4 (default 0.75)
 * @param minParticipationShare the share of partners taking part in the plan of action and in the
 *     conversation at level 4 (default 0.75)
 * @param functionsPerFte how many backbone functions one full-time equivalent can carry (default 4)
 * @param maxSinceLastMeeting how long ago the last steering or reviewing meeting may be (default six
 *     months)
 * @param fundingHorizon how far beyond the date funding should be committed at level 4 (default two years)
 * @param earlyYears how long after launch an initiative cannot be in its later years (default three years)
 */
public record Calibration(
    int minSectorFamilies,
    double minEndorsementShare,
    double minParticipationShare,
    double functionsPerFte,
    Period maxSinceLastMeeting,
    Period fundingHorizon,
    Period earlyYears) {

  private static final Calibration DEFAULTS =
      new Calibration(3, 0.75, 0.75, 4, Period.ofMonths(6), Period.ofYears(2), Period.ofYears(3));

  /**
   * Checks the values.
   *
   * @param minSectorFamilies families of sectors, 1 to 5
   * @param minEndorsementShare a share, 0 to 1
   * @param minParticipationShare a share, 0 to 1
   * @param functionsPerFte positive
   * @param maxSinceLastMeeting not negative
   * @param fundingHorizon not negative
   * @param earlyYears not negative
   */
  public Calibration {
    Objects.requireNonNull(maxSinceLastMeeting, "maxSinceLastMeeting");
    Objects.requireNonNull(fundingHorizon, "fundingHorizon");
    Objects.requireNonNull(earlyYears, "earlyYears");
    if (minSectorFamilies < 1 || minSectorFamilies > 5) {
      throw new IllegalArgumentException("minSectorFamilies is 1 to 5, was " + minSectorFamilies);
    }
    if (!(minEndorsementShare >= 0 && minEndorsementShare <= 1)
        || !(minParticipationShare >= 0 && minParticipationShare <= 1)) {
      throw new IllegalArgumentException("a share is 0 to 1");
    }
    if (!(functionsPerFte > 0) || Double.isInfinite(functionsPerFte)) {
      throw new IllegalArgumentException(
          "functionsPerFte must be positive, was " + functionsPerFte);
    }
    if (maxSinceLastMeeting.isNegative()
        || fundingHorizon.isNegative()
        || earlyYears.isNegative()) {
      throw new IllegalArgumentException("a period must not be negative");
    }
  }

  /**
   * The defaults.
   *
   * @return the default calibration
   */
  public static Calibration defaults() {
    return DEFAULTS;
  }

  /**
   * A copy with another number of sector families.
   *
   * @param value 1 to 5
   * @return the copy
   */
  public Calibration withMinSectorFamilies(int value) {
    return new Calibration(
        value,
        minEndorsementShare,
        minParticipationShare,
        functionsPerFte,
        maxSinceLastMeeting,
        fundingHorizon,
        earlyYears);
  }

  /**
   * A copy with another endorsement share.
   *
   * @param value 0 to 1
   * @return the copy
   */
  public Calibration withMinEndorsementShare(double value) {
    return new Calibration(
        minSectorFamilies,
        value,
        minParticipationShare,
        functionsPerFte,
        maxSinceLastMeeting,
        fundingHorizon,
        earlyYears);
  }

  /**
   * A copy with another participation share.
   *
   * @param value 0 to 1
   * @return the copy
   */
  public Calibration withMinParticipationShare(double value) {
    return new Calibration(
        minSectorFamilies,
        minEndorsementShare,
        value,
        functionsPerFte,
        maxSinceLastMeeting,
        fundingHorizon,
        earlyYears);
  }

  /**
   * A copy with another number of functions per full-time equivalent.
   *
   * @param value positive
   * @return the copy
   */
  public Calibration withFunctionsPerFte(double value) {
    return new Calibration(
        minSectorFamilies,
        minEndorsementShare,
        minParticipationShare,
        value,
        maxSinceLastMeeting,
        fundingHorizon,
        earlyYears);
  }

  /**
   * A copy with another longest time since the last meeting.
   *
   * @param value not negative
   * @return the copy
   */
  public Calibration withMaxSinceLastMeeting(Period value) {
    return new Calibration(
        minSectorFamilies,
        minEndorsementShare,
        minParticipationShare,
        functionsPerFte,
        value,
        fundingHorizon,
        earlyYears);
  }

  /**
   * A copy with another funding horizon.
   *
   * @param value not negative
   * @return the copy
   */
  public Calibration withFundingHorizon(Period value) {
    return new Calibration(
        minSectorFamilies,
        minEndorsementShare,
        minParticipationShare,
        functionsPerFte,
        maxSinceLastMeeting,
        value,
        earlyYears);
  }

  /**
   * A copy with another length of the early years.
   *
   * @param value not negative
   * @return the copy
   */
  public Calibration withEarlyYears(Period value) {
    return new Calibration(
        minSectorFamilies,
        minEndorsementShare,
        minParticipationShare,
        functionsPerFte,
        maxSinceLastMeeting,
        fundingHorizon,
        value);
  }
}
