package io.github.collectiveimpact.validation;

import static io.github.collectiveimpact.validation.Category.SHARED_MEASUREMENT;
import static io.github.collectiveimpact.validation.Severity.ERROR;
import static io.github.collectiveimpact.validation.Severity.INFO;
import static io.github.collectiveimpact.validation.Severity.WARNING;

import io.github.collectiveimpact.model.Activity;
import io.github.collectiveimpact.model.Channel;
import io.github.collectiveimpact.model.DatedValue;
import io.github.collectiveimpact.model.Goal;
import io.github.collectiveimpact.model.Indicator;
import io.github.collectiveimpact.model.IndicatorLevel;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.Observation;
import io.github.collectiveimpact.model.WorkingGroup;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
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
          "indicatorId",
          "attribute");

  static final RuleDescriptor BASELINE_AND_TARGET =
      RuleDescriptor.of(
          "SM-003",
          SHARED_MEASUREMENT,
          WARNING,
          "Each indicator has a baseline and a target",
          "Progress is judged against where the community started and where it aims to be; Results-Based"
              + " Accountability turns the curve from a baseline.",
          Sources.RBA,
          "indicatorId",
          "attribute");

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
          "Each indicator has a data partner; a population indicator at least"
              + " minPopulationDataPartners (default 2)",
          "Measurement is shared when data are collected across participating organisations; a"
              + " population-level result fed by one organisation is that organisation's measure. Only"
              + " partners of the initiative count (ST-003 reports unknown ids).",
          Sources.KANIA_KRAMER_2011,
          "indicatorId",
          "dataPartners",
          "minimum");

  static final RuleDescriptor HAS_OBSERVATIONS =
      RuleDescriptor.of(
          "SM-006",
          SHARED_MEASUREMENT,
          WARNING,
          "Each indicator has at least one observation",
          "An indicator that no one reports on does not keep efforts aligned or partners accountable.",
          Sources.KANIA_KRAMER_2011,
          "indicatorId");

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
              + " publicationLag) are not stale for it.",
          Sources.PRINCIPLES_OF_PRACTICE,
          "indicatorId",
          "latestPeriodEnd",
          "reportingFrequency");

  static final RuleDescriptor INDICATOR_USED =
      RuleDescriptor.of(
          "SM-008",
          SHARED_MEASUREMENT,
          INFO,
          "Every indicator measures a goal, an activity or the focus of a working group",
          "A shared indicator that no goal, activity or working group refers to is outside the agenda;"
              + " the list of indicators should stay short.",
          Sources.KANIA_KRAMER_2011,
          "indicatorId");

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
          "indicatorId");

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
        Rule.of(POPULATION_DISAGGREGATED, SharedMeasurementRules::populationDisaggregated));
  }

  private static void hasIndicators(RuleContext context) {
    if (context.initiative().indicators().isEmpty()) {
      context.report("/indicators");
    }
  }

  private static void indicatorDefined(RuleContext context) {
    List<Indicator> indicators = context.initiative().indicators();
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      String prefix = "/indicators/" + i + "/";
      if (indicator.definition().isEmpty() || indicator.definition().get().isBlank()) {
        context.report(prefix + "definition", indicator.id(), "definition");
      }
      if (indicator.unit().isEmpty()) {
        context.report(prefix + "unit", indicator.id(), "unit");
      }
      if (indicator.dataSource().isEmpty() || indicator.dataSource().get().isBlank()) {
        context.report(prefix + "dataSource", indicator.id(), "dataSource");
      }
      if (indicator.reportingFrequency().isEmpty()) {
        context.report(prefix + "reportingFrequency", indicator.id(), "reportingFrequency");
      }
    }
  }

  private static void baselineAndTarget(RuleContext context) {
    List<Indicator> indicators = context.initiative().indicators();
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      if (indicator.baseline().isEmpty()) {
        context.report("/indicators/" + i + "/baseline", indicator.id(), "baseline");
      }
      if (indicator.target().isEmpty()) {
        context.report("/indicators/" + i + "/target", indicator.id(), "target");
      }
    }
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
        context.report("/indicators/" + i + "/dataPartnerIds", indicator.id(), count, minimum);
      }
    }
  }

  private static void hasObservations(RuleContext context) {
    List<Indicator> indicators = context.initiative().indicators();
    ObservationIndex index = ObservationIndex.of(context);
    for (int i = 0; i < indicators.size(); i++) {
      if (index.positionsOf(indicators.get(i).id()).length == 0) {
        context.report("/indicators/" + i, indicators.get(i).id());
      }
    }
  }

  private static void freshData(RuleContext context) {
    Initiative initiative = context.initiative();
    Period grace = context.threshold(Threshold.FRESHNESS_GRACE);
    List<Indicator> indicators = initiative.indicators();
    List<Observation> observations = initiative.observations();
    ObservationIndex index = ObservationIndex.of(context);
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
        context.report(
            "/indicators/" + i, indicator.id(), latest, indicator.reportingFrequency().get());
      }
    }
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
    for (int i = 0; i < indicators.size(); i++) {
      if (!used.contains(indicators.get(i).id())) {
        context.report("/indicators/" + i, indicators.get(i).id());
      }
    }
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
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      if (indicator.level() == IndicatorLevel.POPULATION
          && indicator.disaggregations().isEmpty()
          && indicator.measuredGroup().isEmpty()) {
        context.report("/indicators/" + i + "/disaggregations", indicator.id());
      }
    }
  }
}
