package io.github.collectiveimpact.results;

import io.github.collectiveimpact.model.DatedValue;
import io.github.collectiveimpact.model.Direction;
import io.github.collectiveimpact.model.Disaggregation;
import io.github.collectiveimpact.model.DisaggregationDimension;
import io.github.collectiveimpact.model.Indicator;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.MeasuredGroup;
import io.github.collectiveimpact.model.Observation;
import io.github.collectiveimpact.model.ReportingPeriod;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Computes {@link Results}: one pass over the observations groups them by indicator, series and period;
 * each series is then sorted once. See the package documentation for the rules.
 */
final class ResultsCalculator {
  /** The relative default of the tolerance: one per cent of the magnitude of the reference value. */
  static final double DEFAULT_RELATIVE_TOLERANCE = 0.01;

  /** The most recent points a trend uses at most. */
  static final int TREND_WINDOW = 10;

  /** The fewest points of a trend. */
  static final int MIN_TREND_POINTS = 3;

  private static final double DAYS_PER_YEAR = 365.2425;

  /** The composition of a point that is a value given without a partner. */
  private static final Set<String> DIRECT = Collections.emptySet();

  private ResultsCalculator() {}

  static Results compute(Initiative initiative, LocalDate asOf) {
    Map<String, List<Observation>> byIndicator = new HashMap<>();
    for (Observation o : initiative.observations()) {
      if (!o.period().end().isAfter(asOf)) {
        byIndicator.computeIfAbsent(o.indicatorId(), k -> new ArrayList<>()).add(o);
      }
    }
    List<Indicator> indicators = initiative.indicators();
    List<IndicatorResult> results = new ArrayList<>(indicators.size());
    boolean[] current = new boolean[indicators.size()];
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      OfIndicator of =
          new OfIndicator(indicator, byIndicator.getOrDefault(indicator.id(), List.of()), asOf);
      results.add(of.result());
      current[i] = of.current();
    }
    return new Results(asOf, results, Results.summarize(results, current));
  }

  /** One point of a series. */
  private static final class SeriesPoint {
    final ReportingPeriod period;
    final double value;
    final Set<String> composition;
    final boolean seriesBreak;

    SeriesPoint(
        ReportingPeriod period, double value, Set<String> composition, boolean seriesBreak) {
      this.period = period;
      this.value = value;
      this.composition = composition;
      this.seriesBreak = seriesBreak;
    }

    LocalDate end() {
      return period.end();
    }

    Point point() {
      return new Point(value, period.end());
    }
  }

  private static final Comparator<ReportingPeriod> PERIOD_ORDER =
      Comparator.comparing(ReportingPeriod::end).thenComparing(ReportingPeriod::start);

  /** The observations of one period of one series. */
  private static final class Cell {
    final List<Double> direct = new ArrayList<>(1);
    final Map<String, List<Double>> partners = new TreeMap<>();
    boolean seriesBreak;

    void add(Observation o) {
      if (o.seriesBreak()) {
        seriesBreak = true;
      }
      if (o.partnerId().isPresent()) {
        partners.computeIfAbsent(o.partnerId().get(), k -> new ArrayList<>(1)).add(o.value());
      } else {
        direct.add(o.value());
      }
    }
  }

  /** The mean of values, summed in increasing order so that it does not depend on their order. */
  private static double mean(List<Double> values) {
    if (values.size() == 1) {
      return values.get(0);
    }
    double[] sorted = new double[values.size()];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = values.get(i);
    }
    Arrays.sort(sorted);
    double sum = 0;
    for (double v : sorted) {
      sum += v;
    }
    return sum / sorted.length;
  }

  /** The results of one indicator. */
  private static final class OfIndicator {
    private final Indicator indicator;
    private final LocalDate asOf;
    private final Direction direction;
    private final boolean sums;

    /** Cells by series (empty: the population) and period. */
    private final Map<Optional<Disaggregation>, Map<ReportingPeriod, Cell>> cells =
        new LinkedHashMap<>();

    private List<SeriesPoint> population;

    OfIndicator(Indicator indicator, List<Observation> observations, LocalDate asOf) {
      this.indicator = indicator;
      this.asOf = asOf;
      this.direction = indicator.desiredDirection();
      this.sums = indicator.sumsPartners();
      for (Observation o : observations) {
        cells
            .computeIfAbsent(o.disaggregation(), k -> new HashMap<>())
            .computeIfAbsent(o.period(), k -> new Cell())
            .add(o);
      }
    }

    /** The initiative's series of one key: direct values, else partners' sums where they add up. */
    private List<SeriesPoint> series(Optional<Disaggregation> key) {
      Map<ReportingPeriod, Cell> byPeriod = cells.getOrDefault(key, Map.of());
      List<SeriesPoint> points = new ArrayList<>(byPeriod.size());
      for (Map.Entry<ReportingPeriod, Cell> e : byPeriod.entrySet()) {
        Cell cell = e.getValue();
        if (!cell.direct.isEmpty()) {
          points.add(new SeriesPoint(e.getKey(), mean(cell.direct), DIRECT, cell.seriesBreak));
        } else if (sums && !cell.partners.isEmpty()) {
          double sum = 0;
          for (List<Double> values : cell.partners.values()) {
            sum += mean(values);
          }
          points.add(
              new SeriesPoint(
                  e.getKey(),
                  sum,
                  Collections.unmodifiableSet(new TreeSet<>(cell.partners.keySet())),
                  cell.seriesBreak));
        }
      }
      points.sort((a, b) -> PERIOD_ORDER.compare(a.period, b.period));
      return points;
    }

    /**
     * The points a trend may compare: the latest run with the latest point's partners, from the latest
     * series break on.
     */
    private static List<SeriesPoint> segment(List<SeriesPoint> series) {
      if (series.isEmpty()) {
        return series;
      }
      int last = series.size() - 1;
      Set<String> composition = series.get(last).composition;
      int first = last;
      while (first > 0
          && !series.get(first).seriesBreak
          && series.get(first - 1).composition.equals(composition)) {
        first--;
      }
      return series.subList(first, series.size());
    }

    private static boolean comparable(List<SeriesPoint> series) {
      for (SeriesPoint p : series) {
        if (!p.composition.equals(series.get(series.size() - 1).composition)) {
          return false;
        }
      }
      return true;
    }

    private double tolerance(double reference) {
      return indicator.tolerance().orElse(DEFAULT_RELATIVE_TOLERANCE * Math.abs(reference));
    }

    /** The shortfall of a value from a reference in the desired direction: positive is worse off. */
    private double shortfall(double value, double reference) {
      return direction == Direction.INCREASE ? reference - value : value - reference;
    }

    private boolean meets(double value, double target) {
      return direction == Direction.INCREASE ? value >= target : value <= target;
    }

    boolean current() {
      List<SeriesPoint> series = population();
      if (series.isEmpty()) {
        return false;
      }
      Period interval =
          indicator.reportingFrequency().map(c -> c.period()).orElse(Period.ofYears(1));
      LocalDate due = plus(plus(series.get(series.size() - 1).end(), interval), lag());
      return !due.isBefore(asOf);
    }

    private Period lag() {
      return indicator.publicationLag().orElse(Period.ZERO);
    }

    private List<SeriesPoint> population() {
      if (population == null) {
        population = series(Optional.empty());
      }
      return population;
    }

    IndicatorResult result() {
      List<SeriesPoint> series = population();
      Optional<Point> latest =
          series.isEmpty() ? Optional.empty() : Optional.of(series.get(series.size() - 1).point());

      Optional<Movement> since = Optional.empty();
      Optional<BaselineChange> change = Optional.empty();
      if (latest.isPresent() && indicator.baseline().isPresent()) {
        double baseline = indicator.baseline().get().value();
        double diff = latest.get().value() - baseline;
        since = Optional.of(movement(diff, tolerance(baseline)));
        change =
            Optional.of(
                new BaselineChange(
                    diff,
                    baseline == 0 ? Optional.empty() : Optional.of(diff / Math.abs(baseline))));
      }

      List<SeriesPoint> segment = segment(series);
      TrendLine line = trend(segment, tolerance(referenceOf(segment)));
      int consecutive = 0;
      for (int i = segment.size() - 1; i > 0; i--) {
        if (!direction.isImprovement(segment.get(i - 1).value, segment.get(i).value)) {
          break;
        }
        consecutive++;
      }

      List<DatedValue> targets = new ArrayList<>(indicator.interimTargets());
      indicator.target().ifPresent(targets::add);
      targets.sort(Comparator.comparing(DatedValue::date));
      Optional<DatedValue> next = Optional.empty();
      TargetStatus status;
      if (targets.isEmpty()) {
        status = TargetStatus.NO_TARGET;
      } else {
        LocalDate reached = latest.map(Point::periodEnd).orElse(LocalDate.MIN);
        DatedValue pending = null;
        for (DatedValue t : targets) {
          if (t.date().isAfter(reached)) {
            pending = t;
            break;
          }
        }
        if (pending == null) {
          DatedValue last = targets.get(targets.size() - 1);
          next = Optional.of(last);
          status =
              meets(latest.get().value(), last.value())
                  ? TargetStatus.ACHIEVED
                  : TargetStatus.MISSED;
        } else {
          next = Optional.of(pending);
          if (!pending.date().isAfter(asOf)) {
            status =
                indicator.publicationLag().isPresent() && !asOf.isAfter(plus(pending.date(), lag()))
                    ? TargetStatus.AWAITING_DATA
                    : TargetStatus.INSUFFICIENT_DATA;
          } else if (latest.isEmpty()) {
            status = TargetStatus.INSUFFICIENT_DATA;
          } else {
            status = track(series, latest.get(), pending);
          }
        }
      }

      Optional<Double> projected = Optional.empty();
      if (line.slope.isPresent() && next.isPresent() && latest.isPresent()) {
        LocalDate from = latest.get().periodEnd();
        LocalDate to = next.get().date();
        long horizon = ChronoUnit.DAYS.between(from, to);
        long history = ChronoUnit.DAYS.between(line.firstEnd, from);
        if (horizon > 0 && horizon <= history) {
          projected = Optional.of(line.intercept + line.slope.get() * years(to));
        }
      }

      return new IndicatorResult(
          indicator.id(),
          latest,
          since,
          change,
          line.trend,
          line.slope,
          line.points,
          consecutive,
          series.isEmpty() || comparable(series),
          status,
          next,
          projected,
          gaps(series),
          dataGaps(),
          partners());
    }

    /** The reference of the relative default tolerance of a trend: the baseline, else its first point. */
    private double referenceOf(List<SeriesPoint> segment) {
      if (indicator.baseline().isPresent()) {
        return indicator.baseline().get().value();
      }
      return segment.isEmpty() ? 0 : segment.get(0).value;
    }

    private Movement movement(double diff, double tolerance) {
      if (Math.abs(diff) <= tolerance) {
        return Movement.UNCHANGED;
      }
      return direction.isImprovement(0, diff) ? Movement.BETTER : Movement.WORSE;
    }

    /** On track against the straight line from the baseline (or first observation) to the target. */
    private TargetStatus track(List<SeriesPoint> series, Point latest, DatedValue target) {
      if (meets(latest.value(), target.value())) {
        return TargetStatus.ACHIEVED;
      }
      double startValue;
      LocalDate startDate;
      if (indicator.baseline().isPresent()) {
        startValue = indicator.baseline().get().value();
        startDate = indicator.baseline().get().date();
      } else if (series.size() >= 2) {
        startValue = series.get(0).value;
        startDate = series.get(0).end();
      } else {
        return TargetStatus.INSUFFICIENT_DATA;
      }
      long span = ChronoUnit.DAYS.between(startDate, target.date());
      double share =
          span <= 0
              ? 1
              : Math.max(
                  0,
                  Math.min(
                      1, (double) ChronoUnit.DAYS.between(startDate, latest.periodEnd()) / span));
      double expected = startValue + (target.value() - startValue) * share;
      return shortfall(latest.value(), expected) <= tolerance(startValue)
          ? TargetStatus.ON_TRACK
          : TargetStatus.OFF_TRACK;
    }

    /** Declared dimensions without a single observation (as of the date). */
    private List<DisaggregationDimension> dataGaps() {
      Set<DisaggregationDimension> observed = new TreeSet<>();
      for (Optional<Disaggregation> key : cells.keySet()) {
        key.ifPresent(d -> observed.add(d.dimension()));
      }
      List<DisaggregationDimension> missing = new ArrayList<>();
      for (DisaggregationDimension d : indicator.disaggregations()) {
        if (!observed.contains(d)) {
          missing.add(d);
        }
      }
      return missing;
    }

    private List<PartnerSeries> partners() {
      if (sums) {
        return List.of();
      }
      // Every partner's own series of the population, in one pass over its periods.
      Map<String, List<SeriesPoint>> own = new TreeMap<>();
      for (Map.Entry<ReportingPeriod, Cell> e :
          cells.getOrDefault(Optional.empty(), Map.of()).entrySet()) {
        Cell cell = e.getValue();
        for (Map.Entry<String, List<Double>> p : cell.partners.entrySet()) {
          own.computeIfAbsent(p.getKey(), k -> new ArrayList<>())
              .add(new SeriesPoint(e.getKey(), mean(p.getValue()), DIRECT, cell.seriesBreak));
        }
      }
      List<PartnerSeries> result = new ArrayList<>(own.size());
      for (Map.Entry<String, List<SeriesPoint>> e : own.entrySet()) {
        List<SeriesPoint> points = e.getValue();
        points.sort((a, b) -> PERIOD_ORDER.compare(a.period, b.period));
        List<SeriesPoint> segment = segment(points);
        result.add(
            new PartnerSeries(
                e.getKey(),
                Optional.of(points.get(points.size() - 1).point()),
                trend(segment, tolerance(referenceOf(segment))).trend));
      }
      return result;
    }

    private List<EquityGap> gaps(List<SeriesPoint> population) {
      List<EquityGap> result = new ArrayList<>();
      Optional<MeasuredGroup> measured = indicator.measuredGroup();
      if (measured.isPresent() && measured.get().parity().isPresent() && !population.isEmpty()) {
        result.add(parityGap(measured.get(), population));
      }
      Map<DisaggregationDimension, Map<String, List<SeriesPoint>>> byDimension = new TreeMap<>();
      for (Optional<Disaggregation> key : cells.keySet()) {
        if (key.isPresent()) {
          List<SeriesPoint> s = series(key);
          if (!s.isEmpty()) {
            byDimension
                .computeIfAbsent(key.get().dimension(), k -> new TreeMap<>())
                .put(key.get().group(), s);
          }
        }
      }
      for (Map.Entry<DisaggregationDimension, Map<String, List<SeriesPoint>>> e :
          byDimension.entrySet()) {
        result.add(dimensionGap(e.getKey(), e.getValue(), population));
      }
      result.sort(Comparator.comparing(EquityGap::dimension));
      return result;
    }

    private EquityGap parityGap(MeasuredGroup measured, List<SeriesPoint> population) {
      double parity = measured.parity().get();
      double tolerance = tolerance(parity);
      List<SeriesPoint> segment = segment(population);
      SeriesPoint last = population.get(population.size() - 1);
      double gap = shortfall(last.value, parity);
      GapChange change =
          segment.size() < 2
              ? GapChange.INSUFFICIENT_DATA
              : change(gap - shortfall(segment.get(0).value, parity), tolerance);
      GroupGap group =
          new GroupGap(
              measured.group(),
              last.value,
              Optional.of(gap),
              parity == 0 ? Optional.empty() : Optional.of(gap / Math.abs(parity)),
              change);
      return new EquityGap(
          measured.dimension(),
          EquityGap.PARITY,
          List.of(group),
          gap > 0 ? Optional.of(measured.group()) : Optional.empty(),
          change,
          false);
    }

    private static GapChange change(double widening, double tolerance) {
      if (widening > tolerance) {
        return GapChange.WIDENING;
      }
      if (widening < -tolerance) {
        return GapChange.NARROWING;
      }
      return GapChange.STABLE;
    }

    private EquityGap dimensionGap(
        DisaggregationDimension dimension,
        Map<String, List<SeriesPoint>> groups,
        List<SeriesPoint> population) {
      boolean shares = indicator.unit().map(u -> u.additive()).orElse(false);
      // Values by period: each group's (as a share for an additive unit) and the population's.
      Map<ReportingPeriod, Double> populationBy = new HashMap<>();
      for (SeriesPoint p : population) {
        populationBy.put(p.period, p.value);
      }
      Map<ReportingPeriod, Double> totals = new HashMap<>();
      if (shares) {
        for (List<SeriesPoint> s : groups.values()) {
          for (SeriesPoint p : s) {
            totals.merge(p.period, p.value, Double::sum);
          }
        }
      }
      Map<String, Map<ReportingPeriod, Double>> values = new TreeMap<>();
      LocalDate breakEnd = LocalDate.MIN;
      TreeSet<ReportingPeriod> periods = new TreeSet<>(PERIOD_ORDER);
      for (Map.Entry<String, List<SeriesPoint>> g : groups.entrySet()) {
        Map<ReportingPeriod, Double> v = new HashMap<>();
        for (SeriesPoint p : g.getValue()) {
          double value = p.value;
          if (shares) {
            Double whole = populationBy.get(p.period);
            if (whole == null || whole <= 0) {
              whole = totals.get(p.period);
            }
            if (whole == null || whole <= 0) {
              continue;
            }
            value = 100 * p.value / whole;
          }
          v.put(p.period, value);
          periods.add(p.period);
          if (p.seriesBreak && p.end().isAfter(breakEnd)) {
            breakEnd = p.end();
          }
        }
        values.put(g.getKey(), v);
      }
      for (SeriesPoint p : population) {
        if (p.seriesBreak && p.end().isAfter(breakEnd)) {
          breakEnd = p.end();
        }
      }
      String referenceGroup = indicator.referenceGroups().get(dimension);
      Map<ReportingPeriod, Double> reference;
      if (referenceGroup != null) {
        reference = values.getOrDefault(referenceGroup, Map.of());
      } else if (!shares) {
        reference = populationBy;
      } else {
        reference = Map.of();
      }
      String referenceName = referenceGroup != null ? referenceGroup : EquityGap.POPULATION;
      if (periods.isEmpty()) {
        return new EquityGap(
            dimension,
            referenceName,
            List.of(),
            Optional.empty(),
            GapChange.INSUFFICIENT_DATA,
            false);
      }
      ReportingPeriod latest = periods.last();
      Double r = reference.get(latest);
      List<String> members = new ArrayList<>();
      for (Map.Entry<String, Map<ReportingPeriod, Double>> g : values.entrySet()) {
        if (!g.getKey().equals(referenceGroup) && g.getValue().containsKey(latest)) {
          members.add(g.getKey());
        }
      }
      // The earliest period, from the latest break on, that the reference and every group share.
      ReportingPeriod earliest = null;
      if (r != null) {
        for (ReportingPeriod p : periods) {
          if (p.end().isBefore(breakEnd) || p.equals(latest)) {
            continue;
          }
          boolean shared = reference.containsKey(p);
          for (String m : members) {
            shared &= values.get(m).containsKey(p);
          }
          if (shared) {
            earliest = p;
            break;
          }
        }
      }
      double tolerance =
          earliest == null
              ? 0
              : shares
                  ? DEFAULT_RELATIVE_TOLERANCE * Math.abs(reference.get(earliest))
                  : tolerance(reference.get(earliest));
      List<GroupGap> gaps = new ArrayList<>();
      String largest = null;
      double largestGap = 0;
      boolean widening = false;
      boolean narrowing = false;
      boolean narrowedByItself = false;
      for (String m : members) {
        double v = values.get(m).get(latest);
        if (r == null) {
          gaps.add(
              new GroupGap(m, v, Optional.empty(), Optional.empty(), GapChange.INSUFFICIENT_DATA));
          continue;
        }
        double gap = shortfall(v, r);
        GapChange c = GapChange.INSUFFICIENT_DATA;
        if (earliest != null) {
          double before = values.get(m).get(earliest);
          c = change(gap - shortfall(before, reference.get(earliest)), tolerance);
          widening |= c == GapChange.WIDENING;
          if (c == GapChange.NARROWING) {
            narrowing = true;
            narrowedByItself |= shortfall(v, before) < -tolerance;
          }
        }
        gaps.add(
            new GroupGap(
                m,
                v,
                Optional.of(gap),
                r == 0 ? Optional.empty() : Optional.of(gap / Math.abs(r)),
                c));
        if (gap > largestGap) {
          largestGap = gap;
          largest = m;
        }
      }
      GapChange change =
          earliest == null || members.isEmpty()
              ? GapChange.INSUFFICIENT_DATA
              : widening ? GapChange.WIDENING : narrowing ? GapChange.NARROWING : GapChange.STABLE;
      boolean referenceWorsened =
          change == GapChange.NARROWING
              && !narrowedByItself
              && shortfall(r, reference.get(earliest)) > tolerance;
      return new EquityGap(
          dimension, referenceName, gaps, Optional.ofNullable(largest), change, referenceWorsened);
    }

    /** The Theil-Sen line of the latest points of a segment, and the trend it shows. */
    private TrendLine trend(List<SeriesPoint> segment, double tolerance) {
      List<SeriesPoint> points =
          segment.size() > TREND_WINDOW
              ? segment.subList(segment.size() - TREND_WINDOW, segment.size())
              : segment;
      int n = points.size();
      if (n < MIN_TREND_POINTS) {
        return new TrendLine(Trend.INSUFFICIENT_DATA, Optional.empty(), 0, n, null);
      }
      double[] x = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = years(points.get(i).end());
        y[i] = points.get(i).value;
      }
      double[] slopes = new double[n * (n - 1) / 2];
      int k = 0;
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          if (x[j] != x[i]) {
            slopes[k++] = (y[j] - y[i]) / (x[j] - x[i]);
          }
        }
      }
      if (k == 0) {
        return new TrendLine(Trend.INSUFFICIENT_DATA, Optional.empty(), 0, n, null);
      }
      double slope = median(Arrays.copyOf(slopes, k));
      double[] intercepts = new double[n];
      for (int i = 0; i < n; i++) {
        intercepts[i] = y[i] - slope * x[i];
      }
      Trend trend;
      if (Math.abs(slope) <= tolerance) {
        trend = Trend.FLAT;
      } else {
        trend = direction.isImprovement(0, slope) ? Trend.IMPROVING : Trend.WORSENING;
      }
      return new TrendLine(trend, Optional.of(slope), median(intercepts), n, points.get(0).end());
    }
  }

  /** A trend and the line behind it. */
  private static final class TrendLine {
    final Trend trend;
    final Optional<Double> slope;
    final double intercept;
    final int points;
    final LocalDate firstEnd;

    TrendLine(
        Trend trend, Optional<Double> slope, double intercept, int points, LocalDate firstEnd) {
      this.trend = trend;
      this.slope = slope;
      this.intercept = intercept;
      this.points = points;
      this.firstEnd = firstEnd;
    }
  }

  private static double median(double[] values) {
    Arrays.sort(values);
    int n = values.length;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  }

  /** A date as years since the epoch, for slopes per year. */
  private static double years(LocalDate date) {
    return date.toEpochDay() / DAYS_PER_YEAR;
  }

  private static LocalDate plus(LocalDate date, Period period) {
    try {
      return date.plus(period);
    } catch (DateTimeException e) {
      return LocalDate.MAX;
    }
  }
}
