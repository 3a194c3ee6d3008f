package io.github.collectiveimpact.validation;

import static io.github.collectiveimpact.validation.RuleExamples.AS_OF;
import static io.github.collectiveimpact.validation.RuleExamples.append;
import static io.github.collectiveimpact.validation.RuleExamples.assertOnly;
import static io.github.collectiveimpact.validation.RuleExamples.assertPasses;
import static io.github.collectiveimpact.validation.RuleExamples.at;
import static io.github.collectiveimpact.validation.RuleExamples.mapAll;
import static io.github.collectiveimpact.validation.RuleExamples.removeIf;
import static io.github.collectiveimpact.validation.RuleExamples.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.collectiveimpact.model.Cadence;
import io.github.collectiveimpact.model.DatedValue;
import io.github.collectiveimpact.model.Direction;
import io.github.collectiveimpact.model.Disaggregation;
import io.github.collectiveimpact.model.DisaggregationDimension;
import io.github.collectiveimpact.model.Goal;
import io.github.collectiveimpact.model.Indicator;
import io.github.collectiveimpact.model.IndicatorLevel;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.MeasuredGroup;
import io.github.collectiveimpact.model.Observation;
import io.github.collectiveimpact.model.ReportingPeriod;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A triggering and a passing example for each shared measurement rule (SM-001..SM-015, SM-020, SM-021). */
@ExtendWith(RuleExamples.class)
class SharedMeasurementRulesTest {
  private final Initiative base = RuleExamples.base();
  private final Indicator first = base.indicators().get(0);

  private Initiative withFirstIndicator(UnaryOperator<Indicator> change) {
    return base.withIndicators(replace(base.indicators(), 0, change));
  }

  /**
   * Adds a copy of the first indicator under the id {@code ind-extra}, changed as given, with copies of the
   * first indicator's observations (only the whole-population ones unless {@code groups}).
   */
  private Initiative withExtraIndicator(UnaryOperator<Indicator> change, boolean groups) {
    Indicator extra = change.apply(first.withId("ind-extra"));
    List<Observation> observations = new ArrayList<>(base.observations());
    for (Observation o : base.observationsOf(first.id())) {
      if (groups || o.disaggregation().isEmpty()) {
        observations.add(o.withIndicatorId("ind-extra"));
      }
    }
    return base.withIndicators(append(base.indicators(), extra)).withObservations(observations);
  }

  @Test
  void theCompleteExampleBreaksNoRule() {
    assertPasses(base);
  }

  /**
   * An initiative without indicators (nor observations, nor references to indicators). A goal cannot be
   * measurable without an indicator, so CA-010 fires as well, and with no goal focused on equity and no
   * population data so does CA-016; they are disabled for the example and their findings checked on
   * their own.
   */
  @Test
  @Triggers("SM-001")
  void anInitiativeWithoutIndicatorsIsReported() {
    Initiative broken =
        base.withIndicators(List.of())
            .withObservations(List.of())
            .withCommonAgenda(
                base.commonAgenda()
                    .withGoals(
                        mapAll(
                            base.commonAgenda().goals(),
                            g -> g.withIndicatorIds(List.of()).withEquityFocus(Optional.empty()))))
            .withActivities(mapAll(base.activities(), a -> a.withIndicatorIds(List.of())))
            .withWorkingGroups(mapAll(base.workingGroups(), w -> w.withIndicatorIds(List.of())));
    assertOnly(
        Validator.builder().asOf(AS_OF).disable("CA-010", "CA-016").build(),
        broken,
        "SM-001",
        at("/indicators"));
    List<String> others =
        RuleExamples.VALIDATOR.validate(broken).findings().stream()
            .filter(f -> !f.ruleId().equals("SM-001"))
            .map(f -> f.ruleId() + " " + f.path())
            .collect(Collectors.toList());
    assertEquals(List.of("CA-010 /commonAgenda/goals", "CA-016 /commonAgenda/goals"), others);
  }

  @Test
  @Triggers("SM-002")
  void eachMissingPartOfADefinitionIsReported() {
    Indicator bare =
        Indicator.builder()
            .from(first)
            .definition(Optional.empty())
            .unit(Optional.empty())
            .dataSource(Optional.empty())
            .reportingFrequency(Optional.empty())
            .build();
    assertOnly(
        withFirstIndicator(i -> bare),
        "SM-002",
        at("/indicators", "1", first.id())
            .about(
                "/indicators/0/definition",
                "/indicators/0/unit",
                "/indicators/0/dataSource",
                "/indicators/0/reportingFrequency"));
  }

  @Test
  @Triggers("SM-002")
  void aBlankDefinitionOrSourceCountsAsNone() {
    assertOnly(
        withFirstIndicator(i -> i.withDefinition(" ").withDataSource("\t")),
        "SM-002",
        at("/indicators", "1", first.id())
            .about("/indicators/0/definition", "/indicators/0/dataSource"));
  }

  @Test
  @Triggers("SM-003")
  void anIndicatorWithoutABaselineIsReported() {
    assertOnly(
        withFirstIndicator(i -> i.withBaseline(Optional.empty())),
        "SM-003",
        at("/indicators", "1", first.id()).about("/indicators/0/baseline"));
  }

  @Test
  @Triggers("SM-003")
  void anIndicatorWithoutATargetIsReported() {
    // An indicator whose goals all have another indicator with a target, so that they stay
    // measurable.
    int k = -1;
    for (int i = 0; i < base.indicators().size() && k < 0; i++) {
      String id = base.indicators().get(i).id();
      boolean safe =
          base.commonAgenda().goals().stream()
              .filter(g -> g.indicatorIds().contains(id))
              .allMatch(
                  g ->
                      g.indicatorIds().stream()
                          .anyMatch(
                              o ->
                                  !o.equals(id)
                                      && base.indicator(o).orElseThrow().target().isPresent()));
      if (safe) {
        k = i;
      }
    }
    int index = k;
    Indicator indicator = base.indicators().get(index);
    assertOnly(
        base.withIndicators(replace(base.indicators(), index, i -> i.withTarget(Optional.empty()))),
        "SM-003",
        at("/indicators", "1", indicator.id()).about("/indicators/" + index + "/target"));
  }

  private Initiative withValues(Direction direction, double baseline, double target) {
    return withFirstIndicator(
        i ->
            i.withDesiredDirection(direction)
                .withBaseline(DatedValue.of(baseline, i.baseline().orElseThrow().date()))
                .withTarget(DatedValue.of(target, i.target().orElseThrow().date())));
  }

  @Test
  @Triggers("SM-004")
  void aTargetEqualToTheBaselineIsNoImprovement() {
    assertOnly(
        withValues(Direction.INCREASE, 40, 40),
        "SM-004",
        at("/indicators/0/target", first.id(), "40", "40", "increase"));
  }

  @Test
  @Triggers("SM-004")
  void aTargetAgainstTheDesiredDirectionIsReported() {
    ValidationReport report =
        assertOnly(
            withValues(Direction.DECREASE, 40, 41),
            "SM-004",
            at("/indicators/0/target", first.id(), "40", "41", "decrease"));
    assertEquals(
        "The target 41 of indicator \"" + first.id() + "\" does not decrease from its baseline 40",
        report.findings().get(0).message());
  }

  @Test
  void aTargetOneStepInTheDesiredDirectionPasses() {
    assertPasses(withValues(Direction.INCREASE, 40, 41));
    assertPasses(withValues(Direction.DECREASE, 40, 39));
  }

  /** The first indicator as a population indicator (disaggregated, so that SM-010 is met). */
  private Initiative withPopulationIndicator(String... dataPartnerIds) {
    return withFirstIndicator(
        i ->
            Indicator.builder()
                .from(i)
                .level(IndicatorLevel.POPULATION)
                .addDisaggregations(DisaggregationDimension.RACE_ETHNICITY)
                .dataPartnerIds(List.of(dataPartnerIds))
                .build());
  }

  @Test
  @Triggers("SM-005")
  void aPopulationIndicatorFromOnePublicSourceIsNormal() {
    String p0 = base.partners().get(0).id();
    assertPasses(withPopulationIndicator(p0));
    assertOnly(
        withPopulationIndicator(),
        "SM-005",
        at("/indicators", "1", first.id()).about("/indicators/0/dataPartnerIds"));
  }

  @Test
  @Triggers("SM-005")
  void theFewestPopulationDataPartnersIsAThreshold() {
    String p0 = base.partners().get(0).id();
    String p1 = base.partners().get(1).id();
    Validator pooled =
        Validator.builder()
            .asOf(AS_OF)
            .threshold(Threshold.MIN_POPULATION_DATA_PARTNERS, 2)
            .build();
    assertPasses(pooled, withPopulationIndicator(p0, p1));
    assertOnly(
        pooled,
        withPopulationIndicator(p0, p0),
        "SM-005",
        at("/indicators", "1", first.id()).about("/indicators/0/dataPartnerIds"));
    // At three, every population indicator with fewer distinct data partners is named.
    Initiative two = withPopulationIndicator(p0, p1);
    List<String> ids = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < two.indicators().size(); i++) {
      Indicator indicator = two.indicators().get(i);
      long partners = indicator.dataPartnerIds().stream().distinct().count();
      if (indicator.level() == IndicatorLevel.POPULATION && partners < 3) {
        ids.add(indicator.id());
        paths.add("/indicators/" + i + "/dataPartnerIds");
      }
    }
    assertEquals(first.id(), ids.get(0));
    assertOnly(
        Validator.builder()
            .asOf(AS_OF)
            .threshold(Threshold.MIN_POPULATION_DATA_PARTNERS, 3)
            .build(),
        two,
        "SM-005",
        at("/indicators", String.valueOf(ids.size()), String.join(", ", ids))
            .about(paths.toArray(new String[0])));
    // Even with the threshold at zero, every indicator needs one data partner.
    assertOnly(
        Validator.builder()
            .asOf(AS_OF)
            .threshold(Threshold.MIN_POPULATION_DATA_PARTNERS, 0)
            .build(),
        withPopulationIndicator(),
        "SM-005",
        at("/indicators", "1", first.id()).about("/indicators/0/dataPartnerIds"));
  }

  @Test
  @Triggers("SM-005")
  void anUnknownDataPartnerDoesNotCount() {
    // ST-003 reports the unknown id itself; here only SM-005's count is of interest.
    assertOnly(
        Validator.builder().asOf(AS_OF).disable("ST-003").build(),
        withPopulationIndicator("not-a-partner"),
        "SM-005",
        at("/indicators", "1", first.id()).about("/indicators/0/dataPartnerIds"));
  }

  @Test
  @Triggers("SM-005")
  void aPerformanceMeasureNeedsOneDataPartner() {
    Initiative performance = withFirstIndicator(i -> i.withLevel(IndicatorLevel.PERFORMANCE));
    Initiative reported =
        performance.withIndicators(
            replace(
                performance.indicators(),
                0,
                i -> i.withDataPartnerIds(base.partners().get(0).id())));
    // Another indicator of the complete example is population-level, so SM-020 stays quiet.
    assertEquals(
        true,
        reported.indicators().stream().anyMatch(i -> i.level() == IndicatorLevel.POPULATION)
            || reported.indicators().size() == 1);
    Validator noPopulationRule = Validator.builder().asOf(AS_OF).disable("SM-020").build();
    assertPasses(noPopulationRule, reported);
    assertOnly(
        noPopulationRule,
        performance.withIndicators(
            replace(performance.indicators(), 0, i -> i.withDataPartnerIds(List.of()))),
        "SM-005",
        at("/indicators", "1", first.id()).about("/indicators/0/dataPartnerIds"));
  }

  @Test
  @Triggers("SM-006")
  void anIndicatorWithoutObservationsIsReported() {
    assertOnly(
        base.withObservations(
            removeIf(base.observations(), o -> o.indicatorId().equals(first.id()))),
        "SM-006",
        at("/indicators", "1", first.id()).about("/indicators/0"));
  }

  /**
   * The first indicator reported weekly, with one week of data ending on the given day: the population
   * value and one value per group, so that every declared dimension has data.
   */
  private Initiative reportedWeeklyUntil(LocalDate end) {
    List<Observation> own = base.observationsOf(first.id());
    ReportingPeriod latestPeriod = own.get(0).period();
    List<Observation> observations =
        new ArrayList<>(removeIf(base.observations(), o -> o.indicatorId().equals(first.id())));
    for (Observation o : own) {
      if (o.period().equals(latestPeriod)) {
        observations.add(o.withPeriod(ReportingPeriod.of(end.minusDays(6), end)));
      }
    }
    return withFirstIndicator(i -> i.withReportingFrequency(Cadence.WEEKLY))
        .withObservations(observations);
  }

  // Weekly data with the default grace of three months: data ending on 2026-03-23 are due by
  // 2026-03-30 + 3 months = 2026-06-30, the validation date.
  private static final LocalDate LAST_FRESH_END = LocalDate.of(2026, 3, 23);

  @Test
  void anIndicatorOfOneGroupNeedNotBeDisaggregated() {
    Initiative oneGroup =
        withFirstIndicator(
            i ->
                Indicator.builder()
                    .from(i)
                    .level(IndicatorLevel.POPULATION)
                    .disaggregations(List.of())
                    .measuredGroup(
                        MeasuredGroup.of(DisaggregationDimension.RACE_ETHNICITY, "Black"))
                    .build());
    // The indicator's own figure is the group's: no observation is broken down further.
    assertPasses(
        oneGroup.withObservations(
            removeIf(
                oneGroup.observations(),
                o -> o.indicatorId().equals(first.id()) && o.disaggregation().isPresent())));
  }

  @Test
  @Triggers("SM-007")
  void dataOlderThanOneIntervalPlusTheGraceAreStale() {
    assertPasses(reportedWeeklyUntil(LAST_FRESH_END));
    assertOnly(
        reportedWeeklyUntil(LAST_FRESH_END.minusDays(1)),
        "SM-007",
        at("/indicators", "1", first.id()).about("/indicators/0"));
  }

  @Test
  @Triggers("SM-007")
  void freshDataBecomeStaleTheDayAfterTheyAreDue() {
    Initiative initiative = reportedWeeklyUntil(LAST_FRESH_END);
    assertPasses(initiative);
    assertOnly(
        Validator.builder().asOf(AS_OF.plusDays(1)).build(),
        initiative,
        "SM-007",
        at("/indicators", "1", first.id()).about("/indicators/0"));
  }

  @Test
  @Triggers("SM-007")
  void dataForPeriodsAfterTheValidationDateDoNotMakeAnIndicatorFresh() {
    // Weekly data until 2026-03-21 are stale as of 2026-06-30; a value for a period ending after
    // the
    // validation date is not data yet, so it changes nothing.
    Initiative stale = reportedWeeklyUntil(LAST_FRESH_END.minusDays(1));
    Initiative withLater =
        stale.withObservations(
            append(
                stale.observations(),
                stale
                    .observations()
                    .get(0)
                    .withPeriod(ReportingPeriod.of(AS_OF.plusDays(1), AS_OF.plusDays(7)))));
    assertOnly(withLater, "SM-007", at("/indicators", "1", first.id()).about("/indicators/0"));
  }

  @Test
  @Triggers("SM-007")
  void thePublicationLagIsAllowedOnTopOfTheFrequency() {
    Initiative stale = reportedWeeklyUntil(LAST_FRESH_END.minusDays(1));
    Initiative lagged =
        stale.withIndicators(
            replace(stale.indicators(), 0, i -> i.withPublicationLag(Period.ofDays(1))));
    assertOnly(stale, "SM-007", at("/indicators", "1", first.id()).about("/indicators/0"));
    assertPasses(lagged);
  }

  @Test
  @Triggers("SM-007")
  void theGraceIsAThreshold() {
    Validator noGrace =
        Validator.builder().asOf(AS_OF).threshold(Threshold.FRESHNESS_GRACE, Period.ZERO).build();
    assertPasses(noGrace, reportedWeeklyUntil(AS_OF.minusWeeks(1)));
    assertOnly(
        noGrace,
        reportedWeeklyUntil(AS_OF.minusWeeks(1).minusDays(1)),
        "SM-007",
        at("/indicators", "1", first.id()).about("/indicators/0"));
  }

  @Test
  @Triggers("SM-008")
  void anIndicatorNoGoalActivityOrGroupUsesIsReported() {
    assertOnly(
        withExtraIndicator(i -> i, true),
        "SM-008",
        at("/indicators", "1", "ind-extra").about("/indicators/" + base.indicators().size()));
  }

  @Test
  void anIndicatorOnlyAWorkingGroupUsesCountsAsUsed() {
    Initiative extra = withExtraIndicator(i -> i, true);
    assertPasses(
        extra.withWorkingGroups(
            replace(
                extra.workingGroups(),
                0,
                w -> w.withIndicatorIds(append(w.indicatorIds(), "ind-extra")))));
  }

  @Test
  @Triggers("SM-009")
  void resultsNoChannelPublishesAreReported() {
    assertOnly(
        base.withChannels(mapAll(base.channels(), c -> c.withPublishesResults(false))),
        "SM-009",
        at("/channels"));
  }

  @Test
  @Triggers("SM-010")
  void aPopulationIndicatorWithoutDisaggregationIsReported() {
    Initiative extra =
        withExtraIndicator(
            i ->
                Indicator.builder()
                    .from(i)
                    .level(IndicatorLevel.POPULATION)
                    .disaggregations(List.of())
                    .dataPartnerIds(
                        List.of(base.partners().get(0).id(), base.partners().get(1).id()))
                    .build(),
            false);
    List<Goal> goals =
        replace(
            extra.commonAgenda().goals(),
            0,
            g -> g.withIndicatorIds(append(g.indicatorIds(), "ind-extra")));
    Initiative broken = extra.withCommonAgenda(extra.commonAgenda().withGoals(goals));
    assertOnly(
        broken,
        "SM-010",
        at("/indicators", "1", "ind-extra")
            .about("/indicators/" + base.indicators().size() + "/disaggregations"));
    // Disaggregated, with data for the dimension (SM-013).
    List<Observation> observations = new ArrayList<>(broken.observations());
    for (Observation o : broken.observationsOf("ind-extra")) {
      observations.add(
          o.withDisaggregation(Disaggregation.of(DisaggregationDimension.INCOME, "low")));
    }
    assertPasses(
        broken
            .withIndicators(
                replace(
                    broken.indicators(),
                    base.indicators().size(),
                    i -> i.withDisaggregations(DisaggregationDimension.INCOME)))
            .withObservations(observations));
  }

  @Test
  @Triggers("SM-020")
  void outputCountsAloneAreNotPopulationResults() {
    Initiative outputs =
        base.withIndicators(
                mapAll(
                    base.indicators(),
                    i -> i.withLevel(IndicatorLevel.PERFORMANCE).withDisaggregations(List.of())))
            .withObservations(removeIf(base.observations(), o -> o.disaggregation().isPresent()))
            .withCommonAgenda(
                base.commonAgenda()
                    .withGoals(
                        mapAll(
                            base.commonAgenda().goals(),
                            g -> g.withEquityFocus(Optional.empty()))));
    // Without population data, equity cannot be a priority either (CA-016).
    ValidationReport report =
        assertOnly(
            Validator.builder().asOf(AS_OF).disable("CA-016").build(),
            outputs,
            "SM-020",
            at("/indicators"));
    assertEquals(Severity.WARNING, report.findings().get(0).severity());
  }

  @Test
  @Triggers("SM-021")
  void dataNoMeetingReviewsAreNotUsedForLearning() {
    Initiative unused =
        base.withMeetingSeries(mapAll(base.meetingSeries(), m -> m.withReviewsResults(false)));
    assertOnly(unused, "SM-021", at("/meetingSeries"));
  }

  // Results. The first indicator (population-level in the complete example) gets a baseline of 10
  // on
  // 2020-06-30 and a target of 30 on 2030-06-30, to increase, and one year of data, ending on the
  // validation date, of the given value for the population and for every group (no gap). The
  // straight
  // line to the target stands at 10 + 20 * 2191 / 3652 = 22.0 on 2026-06-30; the default tolerance
  // is
  // one per cent of the baseline, 0.1.
  private static final LocalDate BASELINE_DATE = LocalDate.of(2020, 6, 30);

  private Initiative withLatestValue(double value, LocalDate targetDate, LocalDate launch) {
    Initiative changed =
        withFirstIndicator(
                i ->
                    Indicator.builder()
                        .from(i)
                        .unit(io.github.collectiveimpact.model.Unit.PERCENT)
                        .desiredDirection(Direction.INCREASE)
                        .baseline(DatedValue.of(10, BASELINE_DATE))
                        .target(DatedValue.of(30, targetDate))
                        .interimTargets(List.of())
                        .tolerance(Optional.empty())
                        .build())
            .withLaunchDate(Optional.ofNullable(launch));
    List<Observation> observations =
        new ArrayList<>(removeIf(base.observations(), o -> o.indicatorId().equals(first.id())));
    ReportingPeriod year = ReportingPeriod.of(AS_OF.minusYears(1).plusDays(1), AS_OF);
    ReportingPeriod latestPeriod = base.observationsOf(first.id()).get(0).period();
    for (Observation o : base.observationsOf(first.id())) {
      if (o.period().equals(latestPeriod)) {
        // A value given without a partner is the initiative's value, whatever the unit.
        observations.add(o.withPeriod(year).withValue(value).withPartnerId(Optional.empty()));
      }
    }
    return changed.withObservations(observations);
  }

  private static final LocalDate TARGET_DATE = LocalDate.of(2030, 6, 30);

  /** Launched five years before the validation date: past the early years of three. */
  private static final LocalDate MATURE = AS_OF.minusYears(5);

  @Test
  @Triggers("SM-011")
  void anIndicatorBelowItsLineToTheTargetIsOffTrack() {
    // 15 is better than the baseline 10 but below the line's 22.0.
    assertOnly(
        withLatestValue(15, TARGET_DATE, MATURE),
        "SM-011",
        at("/indicators", "1", first.id()).about("/indicators/0"));
    // 22 is on the line, within the tolerance.
    assertPasses(withLatestValue(22, TARGET_DATE, MATURE));
  }

  @Test
  @Triggers("SM-011")
  void anIndicatorShortOfATargetWhoseDateItsDataReachMissedIt() {
    // The target's date, 2026-01-01, lies within the latest period, and 29 falls short of 30.
    assertOnly(
        withLatestValue(29, LocalDate.of(2026, 1, 1), MATURE),
        "SM-011",
        at("/indicators", "1", first.id()).about("/indicators/0"));
    assertPasses(withLatestValue(30, LocalDate.of(2026, 1, 1), MATURE));
  }

  @Test
  @Triggers("SM-011")
  void withoutALaunchDateAnOffTrackIndicatorIsAWarning() {
    assertOnly(
        withLatestValue(15, TARGET_DATE, null),
        "SM-011",
        at("/indicators", "1", first.id()).about("/indicators/0"));
  }

  @Test
  @Triggers({"SM-011", "SM-012"})
  void inTheEarlyYearsAnOffTrackIndicatorIsANote() {
    // Launched exactly three years before the validation date: still in the early years.
    LocalDate launch = AS_OF.minusYears(3);
    assertOnly(
        withLatestValue(15, TARGET_DATE, launch),
        "SM-012",
        at("/indicators", "1", first.id(), "2023-06-30").about("/indicators/0"));
    assertOnly(
        withLatestValue(15, TARGET_DATE, launch.minusDays(1)),
        "SM-011",
        at("/indicators", "1", first.id()).about("/indicators/0"));
    assertEquals(
        Severity.INFO,
        RuleExamples.VALIDATOR
            .validate(withLatestValue(15, TARGET_DATE, launch))
            .findings()
            .get(0)
            .severity());
  }

  @Test
  @Triggers("SM-012")
  void theEarlyYearsAreAThreshold() {
    Validator oneYear =
        Validator.builder().asOf(AS_OF).threshold(Threshold.EARLY_YEARS, Period.ofYears(6)).build();
    assertOnly(
        oneYear,
        withLatestValue(15, TARGET_DATE, MATURE),
        "SM-012",
        at("/indicators", "1", first.id(), MATURE.toString()).about("/indicators/0"));
  }

  @Test
  @Triggers("SM-013")
  void aDeclaredDimensionWithoutDataIsReported() {
    Initiative ungrouped =
        base.withObservations(
            removeIf(
                base.observations(),
                o -> o.indicatorId().equals(first.id()) && o.disaggregation().isPresent()));
    List<String> paths = new ArrayList<>();
    for (int k = 0; k < first.disaggregations().size(); k++) {
      paths.add("/indicators/0/disaggregations/" + k);
    }
    assertOnly(
        ungrouped,
        "SM-013",
        at("/indicators", "1", first.id()).about(paths.toArray(new String[0])));
  }

  @Test
  @Triggers("SM-013")
  void groupDataForPeriodsAfterTheValidationDateAreNoDataYet() {
    ReportingPeriod later = ReportingPeriod.of(AS_OF.plusDays(1), AS_OF.plusYears(1));
    Initiative future =
        base.withObservations(
            mapAll(
                base.observations(),
                o ->
                    o.indicatorId().equals(first.id()) && o.disaggregation().isPresent()
                        ? o.withPeriod(later)
                        : o));
    List<String> paths = new ArrayList<>();
    for (int k = 0; k < first.disaggregations().size(); k++) {
      paths.add("/indicators/0/disaggregations/" + k);
    }
    assertOnly(
        future, "SM-013", at("/indicators", "1", first.id()).about(paths.toArray(new String[0])));
  }

  @Test
  @Triggers("SM-006")
  void anIndicatorWithoutAnyObservationIsSm006sNotSm013s() {
    assertOnly(
        base.withObservations(
            removeIf(base.observations(), o -> o.indicatorId().equals(first.id()))),
        "SM-006",
        at("/indicators", "1", first.id()).about("/indicators/0"));
  }

  /** SM-011 also fires for a value worse than the baseline, which is below the line to the target. */
  private static final Validator WITHOUT_TARGET_RULES =
      Validator.builder().asOf(AS_OF).disable("SM-011", "SM-012").build();

  @Test
  @Triggers("SM-014")
  void aPopulationIndicatorWorseThanItsBaselineIsReported() {
    // 9 is below the baseline 10 by more than the tolerance 0.1; 9.95 is within it.
    assertOnly(
        WITHOUT_TARGET_RULES,
        withLatestValue(9, TARGET_DATE, MATURE),
        "SM-014",
        at("/indicators", "1", first.id()).about("/indicators/0"));
    assertPasses(WITHOUT_TARGET_RULES, withLatestValue(9.95, TARGET_DATE, MATURE));
  }

  @Test
  void aPerformanceIndicatorWorseThanItsBaselineIsNotAPopulationResult() {
    Initiative worse = withLatestValue(9, TARGET_DATE, MATURE);
    Initiative performance =
        worse.withIndicators(
            replace(
                worse.indicators(),
                0,
                i -> i.withLevel(IndicatorLevel.PERFORMANCE).withDisaggregations(List.of())));
    assertPasses(
        WITHOUT_TARGET_RULES,
        performance.withObservations(
            removeIf(
                performance.observations(),
                o -> o.indicatorId().equals(first.id()) && o.disaggregation().isPresent())));
  }

  @Test
  @Triggers("SM-015")
  void inTheEarlyYearsAPopulationIndicatorWorseThanItsBaselineIsANote() {
    LocalDate launch = AS_OF.minusYears(1);
    assertOnly(
        WITHOUT_TARGET_RULES,
        withLatestValue(9, TARGET_DATE, launch),
        "SM-015",
        at("/indicators", "1", first.id(), launch.toString()).about("/indicators/0"));
  }
}
