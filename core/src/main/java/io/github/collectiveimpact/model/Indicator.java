package io.github.collectiveimpact.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
          "Indicator", "baseline", baseline().get().date(), "target date", target().get().date());
    }
    for (int i = 0; i < interimTargets().size(); i++) {
      LocalDate date = interimTargets().get(i).date();
      if (baseline().isPresent()) {
        Checks.notAfter(
            "Indicator", "baseline", baseline().get().date(), "interim target date", date);
      }
      if (target().isPresent() && date.isAfter(target().get().date())) {
        throw new InvalidModelException(
            "Indicator",
            "interimTargets",
            i,
            date,
            "must not be after target date " + target().get().date());
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
          "must be " + unit.accepted() + " for unit " + unit);
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
