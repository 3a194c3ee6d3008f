package io.github.collectiveimpact.validation;

import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * A named, typed setting of the built-in rules, with a documented default. Set one with
 * {@link Validator.Builder#threshold(Threshold, Object)} or in a {@link Profile}.
 *
 * @param <T> the type of the value
 */
public final class Threshold<T> {
  /**
   * The fewest families of sectors (government, nonprofit, business, philanthropy, community; see {@link
   * io.github.collectiveimpact.model.SectorFamily}) the partners should span (CA-012). Default 3:
   * collective impact is cross-sector. Partners of one family alone are an ERROR whatever this is
   * (CA-006).
   */
  public static final Threshold<Integer> MIN_SECTORS =
      new Threshold<>(
          "minSectors",
          Integer.class,
          3,
          "The fewest families of sectors (government, nonprofit, business, philanthropy, community) the"
              + " partners should span.");

  /**
   * The share of partners, from 0 to 1, that must have endorsed the common agenda (CA-005). Default 1.0:
   * every partner.
   */
  public static final Threshold<Double> MIN_ENDORSEMENT_SHARE =
      new Threshold<>(
          "minEndorsementShare",
          Double.class,
          1.0,
          "The share of partners (0 to 1) that must have endorsed the common agenda.");

  /**
   * How long past an indicator's reporting period its latest observation may be before it is stale
   * (SM-007). Default three months.
   */
  public static final Threshold<Period> FRESHNESS_GRACE =
      new Threshold<>(
          "freshnessGrace",
          Period.class,
          Period.ofMonths(3),
          "How long after one reporting interval the latest observation may be before it is stale.");

  /**
   * The fewest data partners of a population-level indicator (SM-005). Default 1: a population indicator
   * from one public source (a census, a state assessment, a point-in-time count) is normal; what is
   * shared is one definition used by every partner. A network that pools partners' own data may ask
   * for more.
   */
  public static final Threshold<Integer> MIN_POPULATION_DATA_PARTNERS =
      new Threshold<>(
          "minPopulationDataPartners",
          Integer.class,
          1,
          "The fewest partners that must contribute data to a population-level indicator.");

  /**
   * The longest acceptable interval between steering committee meetings: the series' declared cadence must
   * be at least this frequent (CC-002). Default three months.
   */
  public static final Threshold<Period> MAX_STEERING_MEETING_GAP =
      new Threshold<>(
          "maxSteeringMeetingGap",
          Period.class,
          Period.ofMonths(3),
          "The longest acceptable scheduled interval between two steering committee meetings.");

  /**
   * How long ago the last steering committee meeting may have been (CC-004). Default six months.
   */
  public static final Threshold<Period> MAX_SINCE_LAST_STEERING_MEETING =
      new Threshold<>(
          "maxSinceLastSteeringMeeting",
          Period.class,
          Period.ofMonths(6),
          "How long ago the last steering committee meeting may have been.");

  /**
   * The largest share of programme-delivery activities, from 0 to 1, the backbone may lead itself
   * (BB-006). Default 0.5: it supports, partners implement.
   */
  public static final Threshold<Double> MAX_BACKBONE_LED_SHARE =
      new Threshold<>(
          "maxBackboneLedShare",
          Double.class,
          0.5,
          "The largest share of programme-delivery activities (0 to 1) that the backbone may lead"
              + " itself.");

  /**
   * How far beyond the validation date the backbone's funding should be committed (BB-008). Default two
   * years; a network whose members depend on annual public budgets may set one year. Hanleybrown, Kania
   * and Kramer, "Channeling Change", SSIR 2012, name adequate financial resources as a precondition.
   */
  public static final Threshold<Period> FUNDING_HORIZON =
      new Threshold<>(
          "fundingHorizon",
          Period.class,
          Period.ofYears(2),
          "How far beyond the validation date the backbone's funding should be committed.");

  /**
   * How long after its launch an initiative is in its early years, when the conditions are being put in
   * place (Preskill, Parkhurst and Splansky Juster, "Guide to Evaluating Collective Impact", FSG and
   * Collective Impact Forum, 2014): after them, systems changes are looked for (MR-007). Default three
   * years.
   */
  public static final Threshold<Period> EARLY_YEARS =
      new Threshold<>(
          "earlyYears",
          Period.class,
          Period.ofYears(3),
          "How long after its launch an initiative is in its early years, while its conditions are put"
              + " in place.");

  private final String name;
  private final Class<T> type;
  private final T defaultValue;
  private final String description;

  private Threshold(String name, Class<T> type, T defaultValue, String description) {
    this.name = name;
    this.type = type;
    this.defaultValue = defaultValue;
    this.description = description;
  }

  /**
   * All built-in thresholds, in a fixed order.
   *
   * @return the thresholds
   */
  public static List<Threshold<?>> all() {
    return List.of(
        MIN_SECTORS,
        MIN_ENDORSEMENT_SHARE,
        FRESHNESS_GRACE,
        MIN_POPULATION_DATA_PARTNERS,
        MAX_STEERING_MEETING_GAP,
        MAX_SINCE_LAST_STEERING_MEETING,
        MAX_BACKBONE_LED_SHARE,
        FUNDING_HORIZON,
        EARLY_YEARS);
  }

  /**
   * The threshold's name, e.g. {@code minSectors}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The type of its value.
   *
   * @return the value type
   */
  public Class<T> type() {
    return type;
  }

  /**
   * The value used unless a builder or profile sets another.
   *
   * @return the default value
   */
  public T defaultValue() {
    return defaultValue;
  }

  /**
   * What the threshold controls.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Checks that a value is acceptable for this threshold.
   *
   * @param value a candidate value
   * @return the value
   * @throws IllegalArgumentException if it is out of range (a negative count, a share outside 0..1, a
   *     negative period)
   */
  T checkValue(T value) {
    Objects.requireNonNull(value, name);
    boolean ok;
    if (value instanceof Integer) {
      ok = (Integer) value >= 0;
    } else if (value instanceof Double) {
      double d = (Double) value;
      ok = d >= 0 && d <= 1;
    } else if (value instanceof Period) {
      Period p = (Period) value;
      ok = !p.isNegative() && p.getYears() >= 0 && p.getMonths() >= 0 && p.getDays() >= 0;
    } else {
      ok = true;
    }
    if (!ok) {
      throw new IllegalArgumentException("threshold " + name + " out of range: " + value);
    }
    return value;
  }

  @Override
  public String toString() {
    return name + " (default " + defaultValue + ")";
  }
}
