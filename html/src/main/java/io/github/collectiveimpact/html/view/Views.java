package io.github.collectiveimpact.html.view;

import io.github.collectiveimpact.assessment.Assessment;
import io.github.collectiveimpact.assessment.ConditionAssessment;
import io.github.collectiveimpact.assessment.LensAssessment;
import io.github.collectiveimpact.assessment.NextStep;
import io.github.collectiveimpact.assessment.Stage;
import io.github.collectiveimpact.html.chart.BarChart;
import io.github.collectiveimpact.html.chart.DatedPoint;
import io.github.collectiveimpact.html.chart.LineChart;
import io.github.collectiveimpact.html.chart.Marker;
import io.github.collectiveimpact.html.view.ReportView.CategoryView;
import io.github.collectiveimpact.html.view.ReportView.CurrencyRow;
import io.github.collectiveimpact.html.view.ReportView.DataRow;
import io.github.collectiveimpact.html.view.ReportView.Fact;
import io.github.collectiveimpact.html.view.ReportView.FindingView;
import io.github.collectiveimpact.html.view.ReportView.GapRow;
import io.github.collectiveimpact.html.view.ReportView.GapView;
import io.github.collectiveimpact.html.view.ReportView.IndicatorView;
import io.github.collectiveimpact.html.view.ReportView.LensView;
import io.github.collectiveimpact.html.view.ReportView.LevelRow;
import io.github.collectiveimpact.html.view.ReportView.ResultsView;
import io.github.collectiveimpact.html.view.ReportView.TocEntry;
import io.github.collectiveimpact.model.DatedValue;
import io.github.collectiveimpact.model.DisaggregationDimension;
import io.github.collectiveimpact.model.Indicator;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.Observation;
import io.github.collectiveimpact.model.ReportingPeriod;
import io.github.collectiveimpact.model.Unit;
import io.github.collectiveimpact.results.EquityGap;
import io.github.collectiveimpact.results.GroupGap;
import io.github.collectiveimpact.results.IndicatorResult;
import io.github.collectiveimpact.results.Point;
import io.github.collectiveimpact.results.Results;
import io.github.collectiveimpact.validation.Category;
import io.github.collectiveimpact.validation.CategorySummary;
import io.github.collectiveimpact.validation.Finding;
import io.github.collectiveimpact.validation.Severity;
import io.github.collectiveimpact.validation.ValidationReport;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.TreeMap;

/** Turns a report, and the initiative behind it when known, into what the templates show. */
public final class Views {
  private final Words w;

  private Views(Words w) {
    this.w = w;
  }

  /**
   * The views in a language.
   *
   * @param words the words
   * @return the views
   */
  public static Views of(Words words) {
    return new Views(words);
  }

  /**
   * The view of one report.
   *
   * @param report the report
   * @param initiative the initiative validated, for its indicators' names, series and targets
   * @return the view
   */
  public ReportView report(ValidationReport report, Optional<Initiative> initiative) {
    List<TocEntry> toc = new ArrayList<>();
    List<LensView> lenses = new ArrayList<>();
    Optional<String> stage = Optional.empty();
    if (report.assessment().isPresent()) {
      Assessment assessment = report.assessment().get();
      List<TocEntry> children = new ArrayList<>();
      for (LensAssessment lens : assessment.lenses()) {
        LensView view = lens(lens, lenses.size() + 1);
        lenses.add(view);
        children.add(new TocEntry(view.headingId(), view.title(), List.of()));
      }
      stage = Optional.of(stage(assessment.stage()));
      toc.add(new TocEntry("levels", w.get("levels.heading"), children));
    }
    Optional<ResultsView> results = Optional.empty();
    if (report.results().isPresent()) {
      ResultsView view = results(report.results().get(), initiative);
      List<TocEntry> children = new ArrayList<>();
      for (IndicatorView i : view.indicators()) {
        children.add(new TocEntry(i.anchor(), i.name(), List.of()));
      }
      if (!view.currency().isEmpty()) {
        children.add(new TocEntry("currency", w.get("currency.heading"), List.of()));
      }
      toc.add(new TocEntry("results", w.get("results.heading"), children));
      results = Optional.of(view);
    }
    List<CategoryView> categories = new ArrayList<>();
    List<TocEntry> categoryEntries = new ArrayList<>();
    for (Category category : Category.values()) {
      CategoryView view = category(report, category);
      categories.add(view);
      categoryEntries.add(new TocEntry(view.anchor(), view.title(), List.of()));
    }
    toc.add(new TocEntry("findings", w.get("findings.heading"), categoryEntries));
    return new ReportView(
        w,
        report.initiativeName(),
        report.initiativeId(),
        w.date(report.asOf()),
        report.isValid(),
        verdict(report),
        initiative.flatMap(Initiative::description),
        stage,
        lenses,
        results,
        categories,
        toc);
  }

  /**
   * The view of a network of initiatives.
   *
   * @param reports the initiatives' reports, each with the link to its own report when given
   * @return the view
   */
  public NetworkView network(List<Map.Entry<ValidationReport, Optional<String>>> reports) {
    List<NetworkView.LensColumns> lenses = new ArrayList<>();
    for (io.github.collectiveimpact.assessment.Lens lens :
        io.github.collectiveimpact.assessment.Lens.values()) {
      List<String> conditions = new ArrayList<>();
      for (io.github.collectiveimpact.assessment.AssessedCondition c : lens.conditions()) {
        conditions.add(w.of("condition", c));
      }
      lenses.add(new NetworkView.LensColumns(w.of("lens", lens), conditions));
    }
    List<NetworkView.Row> rows = new ArrayList<>();
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    for (Map.Entry<ValidationReport, Optional<String>> entry : reports) {
      ValidationReport report = entry.getKey();
      List<NetworkView.LevelCell> levels = new ArrayList<>();
      for (io.github.collectiveimpact.assessment.Lens lens :
          io.github.collectiveimpact.assessment.Lens.values()) {
        for (io.github.collectiveimpact.assessment.AssessedCondition c : lens.conditions()) {
          Optional<ConditionAssessment> a = report.assessment().flatMap(x -> x.condition(c));
          levels.add(
              a.isPresent()
                  ? new NetworkView.LevelCell(
                      levelNumber(a.get()), levelLabel(a.get()), levelClass(a.get()))
                  : new NetworkView.LevelCell("\u2013", w.get("level.none"), "level-none"));
        }
      }
      Map<Severity, Integer> counts = report.countsBySeverity();
      errors += counts.get(Severity.ERROR);
      warnings += counts.get(Severity.WARNING);
      infos += counts.get(Severity.INFO);
      rows.add(
          new NetworkView.Row(
              report.initiativeName(),
              entry.getValue(),
              w.date(report.asOf()),
              report.isValid(),
              w.get(report.isValid() ? "network.valid" : "network.notValid"),
              levels,
              counts.get(Severity.ERROR),
              counts.get(Severity.WARNING),
              counts.get(Severity.INFO)));
    }
    return new NetworkView(
        w, lenses, rows, w.get("network.totals", reports.size(), errors, warnings, infos));
  }

  /**
   * The verdict with the counts per severity.
   *
   * @param report a report
   * @return for example "Not valid: 1 error, 2 warnings, 3 notes"
   */
  public String verdict(ValidationReport report) {
    Map<Severity, Integer> counts = report.countsBySeverity();
    return w.get(
        report.isValid() ? "verdict.valid" : "verdict.notValid",
        counts.get(Severity.ERROR),
        counts.get(Severity.WARNING),
        counts.get(Severity.INFO));
  }

  /**
   * A level's number, or a dash when not assessed.
   *
   * @param c a condition's assessment
   * @return the number as text
   */
  public String levelNumber(ConditionAssessment c) {
    return c.level().isPresent() ? Integer.toString(c.levelNumber()) : "\u2013";
  }

  /**
   * A level's name in the page's language.
   *
   * @param c a condition's assessment
   * @return its words
   */
  public String levelLabel(ConditionAssessment c) {
    return c.level().isPresent() ? w.get("level." + c.levelNumber()) : w.get("level.none");
  }

  /**
   * The CSS class of a level.
   *
   * @param c a condition's assessment
   * @return {@code level-1} to {@code level-4}, or {@code level-none}
   */
  public static String levelClass(ConditionAssessment c) {
    return c.level().isPresent() ? "level-" + c.levelNumber() : "level-none";
  }

  private LensView lens(LensAssessment lens, int number) {
    List<BarChart.Row> bars = new ArrayList<>();
    List<LevelRow> rows = new ArrayList<>();
    List<String> described = new ArrayList<>();
    for (ConditionAssessment c : lens.conditions()) {
      String condition = w.of("condition", c.condition());
      String label = levelLabel(c);
      String valueLabel =
          c.level().isPresent() ? w.get("levels.bar", c.levelNumber(), label) : label;
      bars.add(new BarChart.Row(condition, c.levelNumber(), valueLabel, levelClass(c)));
      described.add(w.get("levels.describe", condition, valueLabel));
      List<String> steps = new ArrayList<>();
      for (NextStep step : c.nextSteps()) {
        steps.add(step.action());
      }
      rows.add(
          new LevelRow(
              condition,
              levelNumber(c),
              label,
              w.of("rating", c.rating()),
              w.of("confidence", c.confidence()),
              steps));
    }
    String title = w.of("lens", lens.lens());
    BarChart chart =
        BarChart.of(
            w.get("levels.chartTitle", title),
            String.join(w.get("list.separator"), described),
            bars,
            4,
            Integer::toString);
    return new LensView("lens-" + number, title, chart, rows);
  }

  private String stage(Stage stage) {
    return stage.gateway().isPresent()
        ? w.get(
            "stage.gateway", w.of("phase", stage.phase()), w.of("gateway", stage.gateway().get()))
        : w.get("stage.phase", w.of("phase", stage.phase()));
  }

  private ResultsView results(Results results, Optional<Initiative> initiative) {
    List<IndicatorView> indicators = new ArrayList<>();
    List<CurrencyRow> currency = new ArrayList<>();
    int n = 0;
    for (IndicatorResult r : results.indicators()) {
      n++;
      Optional<Indicator> indicator = initiative.flatMap(i -> i.indicator(r.indicatorId()));
      String name = indicator.map(Indicator::name).orElse(r.indicatorId());
      indicators.add(indicator(r, indicator, initiative, results.asOf(), name, "indicator-" + n));
      currency.add(currency(r, indicator, results.asOf(), name));
    }
    var s = results.summary();
    String summary =
        w.get(
            "results.summary",
            s.indicators(),
            s.current(),
            s.betterSinceBaseline(),
            s.improving(),
            s.onTrackOrAchieved(),
            s.wideningGaps());
    return new ResultsView(summary, indicators, currency);
  }

  private IndicatorView indicator(
      IndicatorResult r,
      Optional<Indicator> indicator,
      Optional<Initiative> initiative,
      LocalDate asOf,
      String name,
      String anchor) {
    Optional<Unit> unit = indicator.flatMap(Indicator::unit);
    List<Fact> facts = new ArrayList<>();
    facts.add(
        new Fact(
            w.get("fact.latest"),
            r.latest()
                .map(p -> w.get("fact.latest.value", value(p.value(), unit), w.date(p.periodEnd())))
                .orElse(w.get("fact.none"))));
    facts.add(new Fact(w.get("fact.status"), status(r, unit)));
    if (r.sinceBaseline().isPresent() && r.changeSinceBaseline().isPresent()) {
      double change = r.changeSinceBaseline().get().absolute();
      facts.add(
          new Fact(
              w.get("fact.sinceBaseline"),
              w.get(
                  "fact.sinceBaseline.value",
                  w.of("movement", r.sinceBaseline().get()),
                  (change > 0 ? "+" : "") + w.number(change))));
    }
    String trend = w.of("trend", r.trend());
    if (r.provisional()) {
      trend = w.get("fact.trend.provisional", trend, r.trendPoints());
    }
    facts.add(new Fact(w.get("fact.trend"), trend));
    r.projectedAtTarget()
        .ifPresent(p -> facts.add(new Fact(w.get("fact.projected"), value(p, unit))));
    indicator
        .flatMap(Indicator::dataSource)
        .ifPresent(source -> facts.add(new Fact(w.get("fact.source"), source)));
    if (indicator.isPresent()
        && initiative.isPresent()
        && !indicator.get().dataPartnerIds().isEmpty()) {
      List<String> names = new ArrayList<>();
      for (String id : indicator.get().dataPartnerIds()) {
        names.add(initiative.get().partner(id).map(p -> p.name()).orElse(id));
      }
      facts.add(new Fact(w.get("fact.partners"), String.join(w.get("list.separator"), names)));
    }

    List<DatedPoint> series = new ArrayList<>();
    Optional<DatedPoint> baseline = Optional.empty();
    List<DatedPoint> interim = new ArrayList<>();
    Optional<DatedPoint> target = Optional.empty();
    Optional<DatedPoint> next = r.nextTarget().map(Views::point);
    if (indicator.isPresent()) {
      series = series(initiative.get(), indicator.get(), asOf);
      baseline = indicator.get().baseline().map(Views::point);
      for (DatedValue t : indicator.get().interimTargets()) {
        interim.add(point(t));
      }
      target = indicator.get().target().map(Views::point);
    } else if (r.latest().isPresent()) {
      Point latest = r.latest().get();
      series = List.of(new DatedPoint(latest.periodEnd(), latest.value()));
    }
    List<DataRow> data = new ArrayList<>();
    baseline.ifPresent(b -> data.add(row("data.baseline", b, unit)));
    for (DatedPoint p : series) {
      data.add(row("data.observation", p, unit));
    }
    for (DatedPoint t : interim) {
      data.add(row("data.interim", t, unit));
    }
    target.ifPresent(t -> data.add(row("data.target", t, unit)));
    if (indicator.isEmpty()) {
      next.ifPresent(t -> data.add(row("data.nextTarget", t, unit)));
    }

    Optional<LineChart> chart = Optional.empty();
    Optional<String> noChart = Optional.empty();
    if (series.isEmpty() && baseline.isEmpty() && target.isEmpty() && next.isEmpty()) {
      noChart = Optional.of(w.get("chart.none"));
    } else {
      String description =
          w.get(
              "chart.describe",
              name,
              series.size(),
              r.latest().map(p -> value(p.value(), unit)).orElse(w.get("fact.none")),
              status(r, unit));
      chart =
          Optional.of(
              LineChart.of(
                  w.get("chart.title", name),
                  description,
                  series,
                  baseline,
                  interim,
                  indicator.isPresent() ? target : next,
                  // Without the initiative the baseline's date is unknown: no path is drawn.
                  indicator.isPresent() ? next : Optional.empty(),
                  labels(unit)));
    }

    List<GapView> gaps = new ArrayList<>();
    for (EquityGap gap : r.gaps()) {
      gaps.add(gap(gap, unit));
    }
    Optional<String> dataGaps = Optional.empty();
    if (!r.dataGaps().isEmpty()) {
      List<String> names = new ArrayList<>();
      for (DisaggregationDimension d : r.dataGaps()) {
        names.add(dimension(d));
      }
      dataGaps = Optional.of(w.get("gaps.noData", String.join(w.get("list.separator"), names)));
    }
    return new IndicatorView(
        anchor, name, r.indicatorId(), facts, chart, noChart, data, gaps, dataGaps);
  }

  private String status(IndicatorResult r, Optional<Unit> unit) {
    String status = w.of("status", r.targetStatus());
    if (r.nextTarget().isPresent()) {
      DatedValue t = r.nextTarget().get();
      return w.get("fact.status.target", status, value(t.value(), unit), w.date(t.date()));
    }
    return status;
  }

  private GapView gap(EquityGap gap, Optional<Unit> unit) {
    String reference;
    if (EquityGap.POPULATION.equals(gap.reference())) {
      reference = w.get("gaps.reference.population");
    } else if (EquityGap.PARITY.equals(gap.reference())) {
      reference = w.get("gaps.reference.parity");
    } else {
      reference = w.get("gaps.reference.group", gap.reference());
    }
    List<GapRow> rows = new ArrayList<>();
    boolean additive = unit.map(Unit::additive).orElse(false);
    for (GroupGap g : gap.groups()) {
      rows.add(
          new GapRow(
              g.group(),
              additive ? w.get("unit.share", w.number(g.value())) : value(g.value(), unit),
              g.gap().map(w::number).orElse("\u2013"),
              w.of("gapChange", g.change()),
              gap.largestGap().map(g.group()::equals).orElse(false)));
    }
    return new GapView(
        dimension(gap.dimension()), reference, w.of("gapChange", gap.change()), rows);
  }

  private String dimension(DisaggregationDimension d) {
    try {
      return w.get("dimension." + d.key());
    } catch (MissingResourceException e) {
      return d.key();
    }
  }

  private CurrencyRow currency(
      IndicatorResult r, Optional<Indicator> indicator, LocalDate asOf, String name) {
    if (r.latest().isEmpty()) {
      return new CurrencyRow(name, "\u2013", w.get("currency.noData"), false);
    }
    LocalDate latest = r.latest().get().periodEnd();
    Period interval =
        indicator
            .flatMap(Indicator::reportingFrequency)
            .map(c -> c.period())
            .orElse(Period.ofYears(1));
    Period lag = indicator.flatMap(Indicator::publicationLag).orElse(Period.ZERO);
    LocalDate due = latest.plus(interval).plus(lag);
    boolean current = !asOf.isAfter(due);
    return new CurrencyRow(
        name,
        w.date(latest),
        w.get(current ? "currency.current" : "currency.stale", w.date(due)),
        current);
  }

  private CategoryView category(ValidationReport report, Category category) {
    CategorySummary summary = report.summary(category);
    List<FindingView> findings = new ArrayList<>();
    for (Finding f : report.findings(category)) {
      findings.add(
          new FindingView(
              "sev-" + f.severity().name().toLowerCase(Locale.ROOT),
              w.get("severity.icon." + f.severity().name().toLowerCase(Locale.ROOT)),
              w.of("severity", f.severity()),
              f.ruleId(),
              f.message(),
              f.paths().stream().map(p -> p.isEmpty() ? "/" : p).toList(),
              f.source()));
    }
    String counts =
        w.get(
            "findings.rules", summary.passedRuleIds().size(), summary.rulesRun(), findings.size());
    return new CategoryView(
        "category-" + category.name().toLowerCase(Locale.ROOT).replace('_', '-'),
        w.of("category", category),
        counts,
        findings);
  }

  /** The initiative's series of an indicator as the results compute it: direct values, else sums. */
  static List<DatedPoint> series(Initiative initiative, Indicator indicator, LocalDate asOf) {
    Map<ReportingPeriod, List<Double>> direct = new TreeMap<>(Views::compare);
    Map<ReportingPeriod, Map<String, List<Double>>> partners = new TreeMap<>(Views::compare);
    for (Observation o : initiative.observations()) {
      if (!o.indicatorId().equals(indicator.id())
          || o.disaggregation().isPresent()
          || o.period().end().isAfter(asOf)) {
        continue;
      }
      if (o.partnerId().isPresent()) {
        partners
            .computeIfAbsent(o.period(), k -> new TreeMap<>())
            .computeIfAbsent(o.partnerId().get(), k -> new ArrayList<>())
            .add(o.value());
      } else {
        direct.computeIfAbsent(o.period(), k -> new ArrayList<>()).add(o.value());
      }
    }
    Map<ReportingPeriod, Double> values = new TreeMap<>(Views::compare);
    direct.forEach((period, list) -> values.put(period, mean(list)));
    if (indicator.sumsPartners()) {
      partners.forEach(
          (period, byPartner) -> {
            if (!values.containsKey(period)) {
              double sum = 0;
              for (List<Double> list : byPartner.values()) {
                sum += mean(list);
              }
              values.put(period, sum);
            }
          });
    }
    List<DatedPoint> points = new ArrayList<>();
    values.forEach((period, value) -> points.add(new DatedPoint(period.end(), value)));
    return points;
  }

  private static int compare(ReportingPeriod a, ReportingPeriod b) {
    int c = a.end().compareTo(b.end());
    return c != 0 ? c : a.start().compareTo(b.start());
  }

  private static double mean(List<Double> values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.size();
  }

  private static DatedPoint point(DatedValue v) {
    return new DatedPoint(v.date(), v.value());
  }

  private DataRow row(String kind, DatedPoint p, Optional<Unit> unit) {
    return new DataRow(w.get(kind), w.date(p.date()), value(p.value(), unit));
  }

  /**
   * A value with its unit, in words.
   *
   * @param value the value
   * @param unit the unit, when known
   * @return for example "49%"
   */
  String value(double value, Optional<Unit> unit) {
    return unit.isPresent() && unit.get() == Unit.PERCENT
        ? w.get("unit.percent", w.number(value))
        : w.number(value);
  }

  private LineChart.Labels labels(Optional<Unit> unit) {
    return new LineChart.Labels() {
      @Override
      public String value(double value) {
        return Views.this.value(value, unit);
      }

      @Override
      public String year(LocalDate year) {
        return Integer.toString(year.getYear());
      }

      @Override
      public String marker(Marker.Shape shape, DatedPoint point) {
        return w.get(
            "marker." + shape.name().toLowerCase(Locale.ROOT),
            Views.this.value(point.value(), unit),
            w.date(point.date()));
      }
    };
  }
}
