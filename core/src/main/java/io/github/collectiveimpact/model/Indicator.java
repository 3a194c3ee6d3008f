package io.github.collectiveimpact.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A shared indicator: one of the short list of measures on which all partners collect data and report
 * results consistently (shared measurement, Kania and Kramer, SSIR 2011). Results-Based Accountability
 * distinguishes population indicators from program performance measures (see {@link IndicatorLevel}).
 *
 * <p>Definition, unit, data source and reporting frequency may be missing: the validator reports them.
 * Values given here are checked against the unit when present ({@link Unit#accepts(double)}), and the
 * dates are in order: baseline, then interim targets, then target.
 *
 * <h2>How the results read an indicator's observations</h2>
 *
 * <ul>
 *   <li><b>Series.</b> The observations with no disaggregation form the population series; those of each
 *       group ({@link Observation#disaggregation()}) form that group's series. Each series is ordered by the
 *       end of its periods. Observations whose period ends after the validation date are left out.
 *   <li><b>Partners.</b> A value given without a partner is the initiative's value for its period and group.
 *       Where only partners report a period and group: for an additive unit ({@link Unit#additive()}) and an
 *       {@link #aggregation()} other than {@link Aggregation#NONE}, the initiative's value is their sum, and
 *       two periods are compared only when the same partners report both (otherwise the series says it is
 *       not comparable); for every other unit, or with {@code NONE}, there is no initiative value, and each
 *       partner's series is reported on its own.
 *   <li><b>Breaks.</b> An observation marked {@link Observation#seriesBreak()} starts a new series (a new
 *       test, a new method): trends use only the points from the latest break on.
 *   <li><b>Change.</b> Whether a change is better, worse or unchanged is judged within {@link
 *       #tolerance()}, in the indicator's own unit, when it is declared.
 *   <li><b>Equity gaps.</b> Gaps compare each group with one fixed reference: the group {@link
 *       #referenceGroups()} names for the dimension, else the population value.
 * </ul>
 */
@Value.Immutable
public abstract class Indicator implements WithIndicator {
  Indicator() {}

  /**
   * The indicator's id, unique among the initiative's indicators.
   *
   * @return the id, not blank
   */
  public abstract String id();

  /**
   * A short name, e.g. "Kindergarten readiness".
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * What exactly is measured, and how, so that every partner measures it the same way.
   *
   * @return the definition
   */
  public abstract Optional<String> definition();

  /**
   * The unit of measurement.
   *
   * @return the unit
   */
  public abstract Optional<Unit> unit();

  /**
   * The direction in which the indicator should move.
   *
   * @return the desired direction
   */
  public abstract Direction desiredDirection();

  /**
   * Whether this is a population indicator or a performance measure.
   *
   * @return the level
   */
  public abstract IndicatorLevel level();

  /**
   * The value the initiative starts from.
   *
   * @return the baseline
   */
  public abstract Optional<DatedValue> baseline();

  /**
   * The value the initiative aims for, and by when.
   *
   * @return the target
   */
  public abstract Optional<DatedValue> target();

  /**
   * Milestones on the way to the target, e.g. the Road Map Project's 2014 and 2017 interim targets.
   *
   * @return the interim targets
   */
  public abstract List<DatedValue> interimTargets();

  /**
   * How often new data are reported.
   *
   * @return the reporting frequency
   */
  public abstract Optional<Cadence> reportingFrequency();

  /**
   * Where the data come from, e.g. "State assessment results (OSPI)".
   *
   * @return the data source
   */
  public abstract Optional<String> dataSource();

  /**
   * The partners who contribute data for this indicator.
   *
   * @return the partner ids
   */
  public abstract List<String> dataPartnerIds();

  /**
   * The dimensions by which results are broken down.
   *
   * @return the dimensions, in the order of their keys
   */
  @Value.NaturalOrder
  public abstract SortedSet<DisaggregationDimension> disaggregations();

  /**
   * The one group this indicator measures, if it measures a group rather than the whole population, e.g.
   * one group's share of the people experiencing homelessness. Such an indicator is not asked to be
   * disaggregated; its equity gap is to its {@link MeasuredGroup#parity()}.
   *
   * @return the measured group
   */
  public abstract Optional<MeasuredGroup> measuredGroup();

  /**
   * The smallest change, in the indicator's own unit, that counts as a change: a value within the
   * tolerance of the baseline is unchanged, and a trend whose slope per year stays within it is flat.
   * Population data carry sampling and measurement error (Results-Based Accountability asks whether the
   * curve has turned, not whether a value moved by a hair); without a tolerance the results use a relative
   * default documented on {@code io.github.collectiveimpact.results}.
   *
   * @return the tolerance, a finite number not below zero
   */
  public abstract Optional<Double> tolerance();

  /**
   * How long after a period ends its data are published, e.g. {@code P1Y} for a state assessment
   * released a year later. A target whose date has passed is awaiting data, not missed, while its data are
   * not due yet; the freshness rule allows this lag on top of the reporting frequency.
   *
   * @return the publication lag, a period with no negative part
   */
  public abstract Optional<Period> publicationLag();

  /**
   * How the values of several partners for one period and group combine when no value without a partner
   * is given; empty means {@link Aggregation#SUM} for an additive unit. Values of a unit that is not
   * additive are never summed.
   *
   * @return the aggregation
   */
  public abstract Optional<Aggregation> aggregation();

  /**
   * Whether partners' values of this indicator are summed into the initiative's value: its unit is
   * additive and its {@link #aggregation()} is not {@link Aggregation#NONE}.
   *
   * @return {@code true} if partners' values are summed
   */
  public boolean sumsPartners() {
    return unit().map(Unit::additive).orElse(false)
        && aggregation().orElse(Aggregation.SUM) == Aggregation.SUM;
  }

  /**
   * The reference group of each dimension, against which the other groups' gaps are measured (e.g.
   * {@code race_ethnicity} to {@code White}); a dimension without one is measured against the population
   * value. The reference is fixed: it never changes between periods.
   *
   * @return the reference groups, by dimension
   */
  @Value.NaturalOrder
  public abstract SortedMap<DisaggregationDimension, String> referenceGroups();

  /**
   * Codes of this indicator in external catalogues.
   *
   * @return the codes
   */
  public abstract List<ExternalCode> externalCodes();

  /**
   * Whether this indicator has a code with the given catalogue and code.
   *
   * @param catalogue the catalogue, e.g. {@link ExternalCode#PROMISE_NEIGHBORHOODS_GPRA}
   * @param code the code within it
   * @return {@code true} if one of {@link #externalCodes()} matches
   */
  public boolean hasExternalCode(String catalogue, String code) {
    for (ExternalCode c : externalCodes()) {
      if (c.catalogue().equals(catalogue) && c.code().equals(code)) {
        return true;
      }
    }
    return false;
  }

  @Value.Check
  void check() {
    Checks.notBlank("Indicator", "id", id());
    Checks.notBlank("Indicator", "name", name());
    Checks.noneBlank("Indicator", "dataPartnerIds", dataPartnerIds());
    tolerance().ifPresent(t -> Checks.notNegative("Indicator", "tolerance", t));
    publicationLag()
        .ifPresent(
            lag -> {
              if (lag.isNegative()
                  || lag.getYears() < 0
                  || lag.getMonths() < 0
                  || lag.getDays() < 0) {
                throw new InvalidModelException(
                    "Indicator",
                    "publicationLag",
                    -1,
                    lag,
                    InvalidModelException.Reason.NEGATIVE_PART,
                    "must not have a negative part");
              }
            });
    for (Map.Entry<DisaggregationDimension, String> reference : referenceGroups().entrySet()) {
      if (reference.getValue().isBlank()) {
        throw new InvalidModelException(
            "Indicator",
            "referenceGroups",
            -1,
            reference.getKey().key(),
            InvalidModelException.Reason.BLANK,
            "must name a group, not blank");
      }
    }
    if (unit().isPresent()) {
      Unit u = unit().get();
      baseline().ifPresent(v -> fits(u, "baseline", -1, v));
      target().ifPresent(v -> fits(u, "target", -1, v));
      for (int i = 0; i < interimTargets().size(); i++) {
        fits(u, "interimTargets", i, interimTargets().get(i));
      }
    }
    if (baseline().isPresent() && target().isPresent()) {
      Checks.notAfter(
          "Indicator",
          "baseline",
          baseline().get().date(),
          "target",
          "target date",
          target().get().date());
    }
    for (int i = 0; i < interimTargets().size(); i++) {
      LocalDate date = interimTargets().get(i).date();
      if (baseline().isPresent()) {
        Checks.notAfter(
            "Indicator",
            "baseline",
            baseline().get().date(),
            "interimTargets",
            "interim target date",
            date);
      }
      if (target().isPresent() && date.isAfter(target().get().date())) {
        throw new InvalidModelException(
            "Indicator",
            "interimTargets",
            i,
            date,
            InvalidModelException.Reason.AFTER,
            "must not be after target date " + target().get().date(),
            "target",
            target().get().date());
      }
    }
  }

  private static void fits(Unit unit, String attribute, int index, DatedValue value) {
    if (!unit.accepts(value.value())) {
      throw new InvalidModelException(
          "Indicator",
          attribute,
          index,
          value.value(),
          InvalidModelException.Reason.OUTSIDE_UNIT,
          "must be " + unit.accepted() + " for unit " + unit,
          unit.name());
    }
  }

  /**
   * A new builder.
   *
   * @return a builder with no attribute set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Indicator}; {@code build()} checks the invariants and throws {@link InvalidModelException}. */
  public static final class Builder extends ImmutableIndicator.Builder {
    /** Creates a builder with no attribute set. */
    public Builder() {}
  }
}
