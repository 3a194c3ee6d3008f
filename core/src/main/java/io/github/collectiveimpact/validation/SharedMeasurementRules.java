package io.github.collectiveimpact.validation;

import static io.github.collectiveimpact.validation.Category.SHARED_MEASUREMENT;
import static io.github.collectiveimpact.validation.Severity.ERROR;
import static io.github.collectiveimpact.validation.Severity.INFO;
import static io.github.collectiveimpact.validation.Severity.WARNING;

import io.github.collectiveimpact.model.Activity;
import io.github.collectiveimpact.model.Channel;
import io.github.collectiveimpact.model.DatedValue;
import io.github.collectiveimpact.model.DisaggregationDimension;
import io.github.collectiveimpact.model.Goal;
import io.github.collectiveimpact.model.Indicator;
import io.github.collectiveimpact.model.IndicatorLevel;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.MeetingSeries;
import io.github.collectiveimpact.model.Observation;
import io.github.collectiveimpact.model.WorkingGroup;
import io.github.collectiveimpact.results.IndicatorResult;
import io.github.collectiveimpact.results.Movement;
import io.github.collectiveimpact.results.TargetStatus;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Rules of shared measurement. */
final class SharedMeasurementRules {
  private SharedMeasurementRules() {}

  static final RuleDescriptor HAS_INDICATORS =
      RuleDescriptor.of(
          "SM-001",
          SHARED_MEASUREMENT,
          ERROR,
          "The initiative has at least one shared indicator",
          "Shared measurement is a short list of indicators on which all participants collect data and"
              + " report results the same way.",
          Sources.KANIA_KRAMER_2011);

  static final RuleDescriptor INDICATOR_DEFINED =
      RuleDescriptor.of(
          "SM-002",
          SHARED_MEASUREMENT,
          WARNING,
          "Each indicator has a definition, a unit, a data source and a reporting frequency",
          "Partners can only measure consistently what is defined precisely: what is counted, in what"
              + " unit, from which source, how often.",
          Sources.KANIA_KRAMER_2011,
          "count",
          "indicatorIds");

  static final RuleDescriptor BASELINE_AND_TARGET =
      RuleDescriptor.of(
          "SM-003",
          SHARED_MEASUREMENT,
          WARNING,
          "Each indicator has a baseline and a target",
          "Progress is judged against where the community started and where it aims to be; Results-Based"
              + " Accountability turns the curve from a baseline.",
          Sources.RBA,
          "count",
          "indicatorIds");

  static final RuleDescriptor TARGET_DIRECTION =
      RuleDescriptor.of(
          "SM-004",
          SHARED_MEASUREMENT,
          ERROR,
          "An indicator's target lies in its desired direction from its baseline",
          "A target that is no better than the baseline (for an indicator that should rise, a target at"
              + " or below the baseline) contradicts the indicator's own direction.",
          Sources.RBA,
          "indicatorId",
          "baseline",
          "target",
          "direction");

  static final RuleDescriptor DATA_PARTNERS =
      RuleDescriptor.of(
          "SM-005",
          SHARED_MEASUREMENT,
          WARNING,
          "Each indicator names the partners who report its data (a population indicator at least"
              + " minPopulationDataPartners, default 1)",
          "Someone must be accountable for reporting each shared measure. A population indicator from"
              + " one public source (a census, a state assessment, a point-in-time count) is normal: what"
              + " makes measurement shared is one definition used by every partner (SM-002), not many"
              + " sources. Only partners of the initiative count (ST-003 reports unknown ids).",
          Sources.KANIA_KRAMER_2011 + "; " + Sources.RBA,
          "count",
          "indicatorIds");

  static final RuleDescriptor HAS_OBSERVATIONS =
      RuleDescriptor.of(
          "SM-006",
          SHARED_MEASUREMENT,
          WARNING,
          "Each indicator has at least one observation",
          "An indicator that no one reports on does not keep efforts aligned or partners accountable.",
          Sources.KANIA_KRAMER_2011,
          "count",
          "indicatorIds");

  static final RuleDescriptor FRESH_DATA =
      RuleDescriptor.of(
          "SM-007",
          SHARED_MEASUREMENT,
          WARNING,
          "An indicator's latest observation is no older than its reporting frequency plus its"
              + " publication lag and a grace period",
          "Using data to learn, adapt and improve continuously needs current data; stale data hides"
              + " whether the curve is turning. Only observations of periods ending by the validation"
              + " date count, and data published a while after their period (the indicator's"
              + " publicationLag) are not stale for it. One finding names every stale indicator.",
          Sources.PRINCIPLES_OF_PRACTICE,
          "count",
          "indicatorIds");

  static final RuleDescriptor INDICATOR_USED =
      RuleDescriptor.of(
          "SM-008",
          SHARED_MEASUREMENT,
          INFO,
          "Every indicator measures a goal, an activity or the focus of a working group",
          "A shared indicator that no goal, activity or working group refers to is outside the agenda;"
              + " the list of indicators should stay short.",
          Sources.KANIA_KRAMER_2011,
          "count",
          "indicatorIds");

  static final RuleDescriptor RESULTS_PUBLISHED =
      RuleDescriptor.of(
          "SM-009",
          SHARED_MEASUREMENT,
          WARNING,
          "Results are published to partners through a channel or dashboard",
          "Shared measurement lets partners hold each other accountable only when the results are"
              + " reported back to them.",
          Sources.KANIA_KRAMER_2011);

  static final RuleDescriptor POPULATION_DISAGGREGATED =
      RuleDescriptor.of(
          "SM-010",
          SHARED_MEASUREMENT,
          INFO,
          "Each population indicator is disaggregated by at least one dimension, unless it measures"
              + " one group",
          "Averages hide gaps: centering equity means grounding the work in data disaggregated by race,"
              + " income and other dimensions. An indicator of one group's figure (measuredGroup) already"
              + " is disaggregated data.",
          Sources.CENTERING_EQUITY,
          "count",
          "indicatorIds");

  static final RuleDescriptor ON_TRACK =
      RuleDescriptor.of(
          "SM-011",
          SHARED_MEASUREMENT,
          WARNING,
          "Past the early years, every indicator is on track for its next target or has achieved it",
          "Shared measurement exists to show whether the curve is turning: an indicator whose latest"
              + " value falls short of the straight line from its baseline to its next target (off"
              + " track), or whose data reach the final target's date and fall short of it (missed),"
              + " asks the partners to rethink their strategies. Reported once the initiative is"
              + " past its early years (earlyYears after the launch date, default three years) or"
              + " states no launch date; SM-012 speaks of the early years.",
          Sources.RBA + "; " + Sources.KANIA_KRAMER_2011,
          "count",
          "indicatorIds");

  static final RuleDescriptor ON_TRACK_EARLY =
      RuleDescriptor.of(
          "SM-012",
          SHARED_MEASUREMENT,
          INFO,
          "In the early years, an indicator off track for its next target or that missed it is noted",
          "Population results lag the work: in its early years (earlyYears after the launch date,"
              + " default three years) an initiative is evaluated on the changes in its conditions,"
              + " not on population results, so an indicator off track or short of its target is a"
              + " note, not a warning (SM-011 after the early years).",
          Sources.EVALUATION_GUIDE + "; " + Sources.RBA,
          "count",
          "indicatorIds",
          "launchDate");

  static final RuleDescriptor DISAGGREGATED_DATA =
      RuleDescriptor.of(
          "SM-013",
          SHARED_MEASUREMENT,
          WARNING,
          "Each dimension an indicator declares it is disaggregated by has data",
          "A gap can only be seen, and closed, in data broken down by the group; a declared"
              + " disaggregation without a single observation (as of the validation date) is a data"
              + " gap. An indicator with no observation at all is SM-006's.",
          Sources.CENTERING_EQUITY,
          "count",
          "indicatorIds");

  static final RuleDescriptor POPULATION_NOT_WORSE =
      RuleDescriptor.of(
          "SM-014",
          SHARED_MEASUREMENT,
          WARNING,
          "Past the early years, no population indicator has moved the wrong way since its baseline",
          "Results-Based Accountability asks whether the curve of a population result is turning"
              + " from its baseline; a population indicator whose latest value is worse than its"
              + " baseline, beyond its tolerance, is a curve turning the wrong way. Reported once the"
              + " initiative is past its early years or states no launch date; SM-015 speaks of the"
              + " early years.",
          Sources.RBA,
          "count",
          "indicatorIds");

  static final RuleDescriptor POPULATION_NOT_WORSE_EARLY =
      RuleDescriptor.of(
          "SM-015",
          SHARED_MEASUREMENT,
          INFO,
          "In the early years, a population indicator worse than its baseline is noted",
          "Population results lag the work: in its early years (earlyYears after the launch date,"
              + " default three years) an initiative is evaluated on the changes in its conditions,"
              + " so a population indicator worse than its baseline is a note, not a warning (SM-014"
              + " after the early years).",
          Sources.EVALUATION_GUIDE + "; " + Sources.RBA,
          "count",
          "indicatorIds",
          "launchDate");

  static final RuleDescriptor POPULATION_LEVEL =
      RuleDescriptor.of(
          "SM-020",
          SHARED_MEASUREMENT,
          WARNING,
          "The initiative tracks at least one population-level indicator",
          "Collective impact aims at community-level results; counts of what programmes did are"
              + " performance measures, not population results. Results-Based Accountability keeps"
              + " population accountability (results for a whole population) apart from performance"
              + " accountability (how much programmes did, how well, and whether anyone is better off).",
          Sources.KANIA_KRAMER_2011 + "; " + Sources.RBA);

  static final RuleDescriptor DATA_USED_FOR_LEARNING =
      RuleDescriptor.of(
          "SM-021",
          SHARED_MEASUREMENT,
          WARNING,
          "A meeting series reviews the shared results",
          "Data are collected to be used: partners review the shared results together to learn, adapt"
              + " and improve. A series that does so is marked reviewsResults.",
          Sources.PRINCIPLES_OF_PRACTICE + " (principle 4)");

  static List<Rule> rules() {
    return List.of(
        Rule.of(HAS_INDICATORS, SharedMeasurementRules::hasIndicators),
        Rule.of(INDICATOR_DEFINED, SharedMeasurementRules::indicatorDefined),
        Rule.of(BASELINE_AND_TARGET, SharedMeasurementRules::baselineAndTarget),
        Rule.of(TARGET_DIRECTION, SharedMeasurementRules::targetDirection),
        Rule.of(DATA_PARTNERS, SharedMeasurementRules::dataPartners),
        Rule.of(HAS_OBSERVATIONS, SharedMeasurementRules::hasObservations),
        Rule.of(FRESH_DATA, SharedMeasurementRules::freshData),
        Rule.of(INDICATOR_USED, SharedMeasurementRules::indicatorUsed),
        Rule.of(RESULTS_PUBLISHED, SharedMeasurementRules::resultsPublished),
        Rule.of(POPULATION_DISAGGREGATED, SharedMeasurementRules::populationDisaggregated),
        Rule.of(ON_TRACK, c -> onTrack(c, false)),
        Rule.of(ON_TRACK_EARLY, c -> onTrack(c, true)),
        Rule.of(DISAGGREGATED_DATA, SharedMeasurementRules::disaggregatedData),
        Rule.of(POPULATION_NOT_WORSE, c -> populationNotWorse(c, false)),
        Rule.of(POPULATION_NOT_WORSE_EARLY, c -> populationNotWorse(c, true)),
        Rule.of(POPULATION_LEVEL, SharedMeasurementRules::populationLevel),
        Rule.of(DATA_USED_FOR_LEARNING, SharedMeasurementRules::dataUsedForLearning));
  }

  private static void hasIndicators(RuleContext context) {
    if (context.initiative().indicators().isEmpty()) {
      context.report("/indicators");
    }
  }

  private static void indicatorDefined(RuleContext context) {
    List<Indicator> indicators = context.initiative().indicators();
    Affected undefined = new Affected();
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      String prefix = "/indicators/" + i + "/";
      if (indicator.definition().isEmpty() || indicator.definition().get().isBlank()) {
        undefined.add(prefix + "definition", indicator.id());
      }
      if (indicator.unit().isEmpty()) {
        undefined.add(prefix + "unit", indicator.id());
      }
      if (indicator.dataSource().isEmpty() || indicator.dataSource().get().isBlank()) {
        undefined.add(prefix + "dataSource", indicator.id());
      }
      if (indicator.reportingFrequency().isEmpty()) {
        undefined.add(prefix + "reportingFrequency", indicator.id());
      }
    }
    undefined.report(context, "/indicators");
  }

  private static void baselineAndTarget(RuleContext context) {
    List<Indicator> indicators = context.initiative().indicators();
    Affected unanchored = new Affected();
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      if (indicator.baseline().isEmpty()) {
        unanchored.add("/indicators/" + i + "/baseline", indicator.id());
      }
      if (indicator.target().isEmpty()) {
        unanchored.add("/indicators/" + i + "/target", indicator.id());
      }
    }
    unanchored.report(context, "/indicators");
  }

  private static void targetDirection(RuleContext context) {
    List<Indicator> indicators = context.initiative().indicators();
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      if (indicator.baseline().isEmpty() || indicator.target().isEmpty()) {
        continue;
      }
      DatedValue baseline = indicator.baseline().get();
      DatedValue target = indicator.target().get();
      if (!indicator.desiredDirection().isImprovement(baseline.value(), target.value())) {
        context.report(
            "/indicators/" + i + "/target",
            indicator.id(),
            baseline.value(),
            target.value(),
            indicator.desiredDirection());
      }
    }
  }

  private static void dataPartners(RuleContext context) {
    List<Indicator> indicators = context.initiative().indicators();
    int populationMinimum = context.threshold(Threshold.MIN_POPULATION_DATA_PARTNERS);
    Affected unreported = new Affected();
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      Set<String> known = new HashSet<>();
      for (String id : indicator.dataPartnerIds()) {
        if (context.initiative().partner(id).isPresent()) {
          known.add(id);
        }
      }
      int count = known.size();
      int minimum =
          indicator.level() == IndicatorLevel.POPULATION ? Math.max(1, populationMinimum) : 1;
      if (count < minimum) {
        unreported.add("/indicators/" + i + "/dataPartnerIds", indicator.id());
      }
    }
    unreported.report(context, "/indicators");
  }

  private static void hasObservations(RuleContext context) {
    List<Indicator> indicators = context.initiative().indicators();
    ObservationIndex index = context.observationIndex();
    Affected unobserved = new Affected();
    for (int i = 0; i < indicators.size(); i++) {
      if (index.positionsOf(indicators.get(i).id()).length == 0) {
        unobserved.add("/indicators/" + i, indicators.get(i).id());
      }
    }
    unobserved.report(context, "/indicators");
  }

  private static void freshData(RuleContext context) {
    Initiative initiative = context.initiative();
    Period grace = context.threshold(Threshold.FRESHNESS_GRACE);
    List<Indicator> indicators = initiative.indicators();
    List<Observation> observations = initiative.observations();
    ObservationIndex index = context.observationIndex();
    Affected stale = new Affected();
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      int[] positions = index.positionsOf(indicator.id());
      if (indicator.reportingFrequency().isEmpty() || positions.length == 0) {
        continue;
      }
      // Data for periods ending after the validation date are not yet data as of that date.
      LocalDate latest = null;
      for (int p : positions) {
        LocalDate end = observations.get(p).period().end();
        if (!end.isAfter(context.asOf()) && (latest == null || end.isAfter(latest))) {
          latest = end;
        }
      }
      if (latest == null) {
        continue;
      }
      LocalDate due =
          Dates.plus(
              Dates.plus(
                  indicator.reportingFrequency().get().nextAfter(latest),
                  indicator.publicationLag().orElse(Period.ZERO)),
              grace);
      if (due.isBefore(context.asOf())) {
        stale.add("/indicators/" + i, indicator.id());
      }
    }
    stale.report(context, "/indicators");
  }

  /**
   * Whether the initiative is in its early years on the validation date: it states a launch date, and
   * the validation date is no later than {@link Threshold#EARLY_YEARS} after it (MR-007 uses the same
   * bound).
   */
  static boolean inEarlyYears(RuleContext context) {
    Optional<LocalDate> launch = context.initiative().launchDate();
    return launch.isPresent()
        && !Dates.plus(launch.get(), context.threshold(Threshold.EARLY_YEARS))
            .isBefore(context.asOf());
  }

  /** SM-011 (past the early years) and SM-012 (in them): off track or missed. */
  private static void onTrack(RuleContext context, boolean early) {
    if (inEarlyYears(context) != early) {
      return;
    }
    List<Indicator> indicators = context.initiative().indicators();
    List<IndicatorResult> results = context.results().indicators();
    Affected behind = new Affected();
    for (int i = 0; i < indicators.size() && i < results.size(); i++) {
      TargetStatus status = results.get(i).targetStatus();
      if (status == TargetStatus.OFF_TRACK || status == TargetStatus.MISSED) {
        behind.add("/indicators/" + i, indicators.get(i).id());
      }
    }
    reportSoftened(context, behind, early);
  }

  /** SM-014 (past the early years) and SM-015 (in them): a population indicator worse than baseline. */
  private static void populationNotWorse(RuleContext context, boolean early) {
    if (inEarlyYears(context) != early) {
      return;
    }
    List<Indicator> indicators = context.initiative().indicators();
    List<IndicatorResult> results = context.results().indicators();
    Affected worse = new Affected();
    for (int i = 0; i < indicators.size() && i < results.size(); i++) {
      if (indicators.get(i).level() == IndicatorLevel.POPULATION
          && results.get(i).sinceBaseline().orElse(null) == Movement.WORSE) {
        worse.add("/indicators/" + i, indicators.get(i).id());
      }
    }
    reportSoftened(context, worse, early);
  }

  private static void reportSoftened(RuleContext context, Affected affected, boolean early) {
    if (early) {
      affected.report(context, "/indicators", context.initiative().launchDate().get());
    } else {
      affected.report(context, "/indicators");
    }
  }

  private static void disaggregatedData(RuleContext context) {
    List<Indicator> indicators = context.initiative().indicators();
    List<IndicatorResult> results = context.results().indicators();
    ObservationIndex index = context.observationIndex();
    Affected missing = new Affected();
    for (int i = 0; i < indicators.size() && i < results.size(); i++) {
      Indicator indicator = indicators.get(i);
      if (index.positionsOf(indicator.id()).length == 0) {
        continue; // SM-006
      }
      for (DisaggregationDimension gap : results.get(i).dataGaps()) {
        int k = indicator.disaggregations().headSet(gap).size();
        missing.add("/indicators/" + i + "/disaggregations/" + k, indicator.id());
      }
    }
    missing.report(context, "/indicators");
  }

  private static void indicatorUsed(RuleContext context) {
    Initiative initiative = context.initiative();
    Set<String> used = new HashSet<>();
    for (Goal goal : initiative.commonAgenda().goals()) {
      used.addAll(goal.indicatorIds());
    }
    for (Activity activity : initiative.activities()) {
      used.addAll(activity.indicatorIds());
    }
    for (WorkingGroup group : initiative.workingGroups()) {
      used.addAll(group.indicatorIds());
    }
    List<Indicator> indicators = initiative.indicators();
    Affected unused = new Affected();
    for (int i = 0; i < indicators.size(); i++) {
      if (!used.contains(indicators.get(i).id())) {
        unused.add("/indicators/" + i, indicators.get(i).id());
      }
    }
    unused.report(context, "/indicators");
  }

  private static void resultsPublished(RuleContext context) {
    for (Channel channel : context.initiative().channels()) {
      if (channel.publishesResults()) {
        return;
      }
    }
    context.report("/channels");
  }

  private static void populationDisaggregated(RuleContext context) {
    List<Indicator> indicators = context.initiative().indicators();
    Affected aggregate = new Affected();
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      if (indicator.level() == IndicatorLevel.POPULATION
          && indicator.disaggregations().isEmpty()
          && indicator.measuredGroup().isEmpty()) {
        aggregate.add("/indicators/" + i + "/disaggregations", indicator.id());
      }
    }
    aggregate.report(context, "/indicators");
  }

  private static void populationLevel(RuleContext context) {
    List<Indicator> indicators = context.initiative().indicators();
    if (indicators.isEmpty()) {
      return;
    }
    for (Indicator indicator : indicators) {
      if (indicator.level() == IndicatorLevel.POPULATION) {
        return;
      }
    }
    context.report("/indicators");
  }

  private static void dataUsedForLearning(RuleContext context) {
    Initiative initiative = context.initiative();
    if (initiative.indicators().isEmpty()) {
      return;
    }
    for (MeetingSeries series : initiative.meetingSeries()) {
      if (series.reviewsResults()) {
        return;
      }
    }
    context.report("/meetingSeries");
  }
}
