package io.github.collectiveimpact.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.model.Aggregation;
import io.github.collectiveimpact.model.DatedValue;
import io.github.collectiveimpact.model.Direction;
import io.github.collectiveimpact.model.Disaggregation;
import io.github.collectiveimpact.model.DisaggregationDimension;
import io.github.collectiveimpact.model.Indicator;
import io.github.collectiveimpact.model.IndicatorLevel;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.MeasuredGroup;
import io.github.collectiveimpact.model.Observation;
import io.github.collectiveimpact.model.ReportingPeriod;
import io.github.collectiveimpact.model.Unit;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Results of initiatives modelled from the literature. Every expected value is worked out by hand from the
 * test's own data, in the comment beside it.
 */
class ResultsExamplesTest {
  private static final DisaggregationDimension RACE = DisaggregationDimension.RACE_ETHNICITY;

  private static Indicator.Builder indicator(String id, Unit unit, Direction direction) {
    return Indicator.builder()
        .id(id)
        .name(id)
        .unit(unit)
        .desiredDirection(direction)
        .level(IndicatorLevel.POPULATION);
  }

  private static Observation obs(String id, ReportingPeriod period, double value) {
    return Observation.builder().indicatorId(id).period(period).value(value).build();
  }

  private static Observation byPartner(
      String id, ReportingPeriod period, double value, String partner) {
    return Observation.builder()
        .indicatorId(id)
        .period(period)
        .value(value)
        .partnerId(partner)
        .build();
  }

  private static Observation ofGroup(
      String id, ReportingPeriod period, double value, String group) {
    return Observation.builder()
        .indicatorId(id)
        .period(period)
        .value(value)
        .disaggregation(Disaggregation.of(RACE, group))
        .build();
  }

  private static IndicatorResult result(
      Indicator indicator, List<Observation> obs, LocalDate asOf) {
    Initiative initiative =
        Initiative.builder()
            .id("i")
            .name("i")
            .addIndicators(indicator)
            .addAllObservations(obs)
            .build();
    return Results.of(initiative, asOf).indicators().get(0);
  }

  /**
   * The Road Map Project: a baseline in 2010, interim targets for 2014 and 2017, a final target for 2020,
   * school-year data ending June 30.
   */
  private static Indicator roadMap() {
    return indicator("on-track", Unit.PERCENT, Direction.INCREASE)
        .baseline(DatedValue.of(50, LocalDate.of(2010, 6, 30)))
        .addInterimTargets(DatedValue.of(60, LocalDate.of(2014, 6, 30)))
        .addInterimTargets(DatedValue.of(70, LocalDate.of(2017, 6, 30)))
        .target(DatedValue.of(80, LocalDate.of(2020, 6, 30)))
        .publicationLag(Period.ofYears(1))
        .build();
  }

  private static List<Observation> roadMapData(int lastStartYear) {
    double[] values = {52, 54, 55, 57, 60, 63, 66, 69, 72, 75};
    List<Observation> obs = new ArrayList<>();
    for (int y = 2010; y <= lastStartYear; y++) {
      obs.add(obs("on-track", ReportingPeriod.ofSchoolYear(y), values[y - 2010]));
    }
    return obs;
  }

  @Test
  void theRoadMapProjectIsBehindItsStraightLineToThe2017InterimTarget() {
    // Data for 2010-11 .. 2013-14 (52, 54, 55, 57); the latest ends 2014-06-30, which reaches the
    // 2014
    // interim target's date, so the next target is the 2017 one (70 on 2017-06-30).
    IndicatorResult r = result(roadMap(), roadMapData(2013), LocalDate.of(2014, 12, 31));
    assertEquals(Optional.of(new Point(57, LocalDate.of(2014, 6, 30))), r.latest());
    assertEquals(LocalDate.of(2017, 6, 30), r.nextTarget().get().date());
    // Line from (2010-06-30, 50) to (2017-06-30, 70) at 2014-06-30: 1461 of 2557 days = 0.5714;
    // 50 + 20 * 0.5714 = 61.43. 57 falls short by 4.43, more than the tolerance (1% of 50 = 0.5).
    assertEquals(TargetStatus.OFF_TRACK, r.targetStatus());
    // 57 - 50 = +7, relative 7 / 50 = 0.14: better.
    assertEquals(Movement.BETTER, r.sinceBaseline().get());
    assertEquals(7, r.changeSinceBaseline().get().absolute(), 1e-9);
    assertEquals(0.14, r.changeSinceBaseline().get().relative().get(), 1e-9);
    // Three steps up in a row: 52 -> 54 -> 55 -> 57.
    assertEquals(3, r.consecutivePeriodsImproving());
    // Four points: a trend, but provisional. Slopes per year (about one year apart): 2, 1.5, 1.67,
    // 1, 1.5, 2;
    // median (1.5 + 1.67) / 2 = 1.58, above the tolerance 0.5: improving.
    assertEquals(Trend.IMPROVING, r.trend());
    assertEquals(4, r.trendPoints());
    assertTrue(r.provisional());
    assertEquals(1.58, r.slopePerYear().get(), 0.01);
    // The horizon to 2017-06-30 (3 years) is no longer than the history (2011-06-30 to 2014-06-30,
    // 3
    // years)... by one day less: 1096 days of horizon against 1096 days of history: projected.
    assertTrue(r.projectedAtTarget().isPresent());
  }

  @Test
  void theRoadMapProjectIsAwaitingThe2014DataWithinThePublicationLag() {
    // Data up to 2012-13 only (ends 2013-06-30): the 2014 target (2014-06-30) is the next one, its
    // date
    // has passed by 2014-12-31, and its data are due by 2015-06-30 (lag P1Y): awaiting data.
    IndicatorResult r = result(roadMap(), roadMapData(2012), LocalDate.of(2014, 12, 31));
    assertEquals(LocalDate.of(2014, 6, 30), r.nextTarget().get().date());
    assertEquals(TargetStatus.AWAITING_DATA, r.targetStatus());
  }

  @Test
  void aTargetWhoseDatePassedWithNoDataReachingItHasInsufficientData() {
    // As of 2016-01-01 the 2014 data were due by 2015-06-30 and never came.
    IndicatorResult r = result(roadMap(), roadMapData(2012), LocalDate.of(2016, 1, 1));
    assertEquals(TargetStatus.INSUFFICIENT_DATA, r.targetStatus());
  }

  @Test
  void theRoadMapProjectMissedItsFinalTarget() {
    // Data up to 2019-20 (ends 2020-06-30): 75, short of the final 80 whose date the data reach.
    IndicatorResult r = result(roadMap(), roadMapData(2019), LocalDate.of(2021, 1, 1));
    assertEquals(80, r.nextTarget().get().value());
    assertEquals(TargetStatus.MISSED, r.targetStatus());
    // Ten points, the window's ten: 52 .. 75, steps of 2, 1, 2, 3, 3, 3, 3, 3, 3: all nine improve.
    assertEquals(9, r.consecutivePeriodsImproving());
    assertEquals(10, r.trendPoints());
    assertFalse(r.provisional());
  }

  @Test
  void anIndicatorThatTurnedItsCurve() {
    // A point-in-time homeless count (lower is better) rose to 125, then fell: 120, 125, 118, 110,
    // 100 at
    // the end of 2018 .. 2022; baseline 120 at the end of 2018.
    Indicator count =
        indicator("homeless", Unit.COUNT, Direction.DECREASE)
            .baseline(DatedValue.of(120, LocalDate.of(2018, 12, 31)))
            .build();
    double[] values = {120, 125, 118, 110, 100};
    List<Observation> obs = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      obs.add(obs("homeless", ReportingPeriod.ofYear(2018 + i), values[i]));
    }
    IndicatorResult r = result(count, obs, LocalDate.of(2023, 6, 30));
    // Pairwise slopes (x in years 0..4): +5, -1, -3.33, -5, -7, -7.5, -8.33, -8, -9, -10; the
    // median of ten
    // is (-7.5 + -7) / 2 = -7.25 per year: down, the desired way.
    assertEquals(-7.25, r.slopePerYear().get(), 0.02);
    assertEquals(Trend.IMPROVING, r.trend());
    assertEquals(5, r.trendPoints());
    assertFalse(r.provisional());
    // 125 -> 118 -> 110 -> 100: three steps down in a row.
    assertEquals(3, r.consecutivePeriodsImproving());
    // 100 - 120 = -20, relative -20 / 120 = -0.1667: better.
    assertEquals(Movement.BETTER, r.sinceBaseline().get());
    assertEquals(-20.0 / 120, r.changeSinceBaseline().get().relative().get(), 1e-9);
    assertEquals(TargetStatus.NO_TARGET, r.targetStatus());
  }

  @Test
  void aGapClosingForOneGroupAndWideningForAnother() {
    // A graduation rate (higher is better) with White students as the reference group.
    Indicator grad =
        indicator("grad", Unit.PERCENT, Direction.INCREASE)
            .addDisaggregations(RACE, DisaggregationDimension.INCOME)
            .putReferenceGroups(RACE, "White")
            .build();
    ReportingPeriod before = ReportingPeriod.ofSchoolYear(2015);
    ReportingPeriod after = ReportingPeriod.ofSchoolYear(2019);
    List<Observation> obs =
        List.of(
            obs("grad", before, 75),
            obs("grad", after, 76),
            ofGroup("grad", before, 80, "White"),
            ofGroup("grad", after, 82, "White"),
            ofGroup("grad", before, 65, "Black"),
            ofGroup("grad", after, 72, "Black"),
            ofGroup("grad", before, 70, "Hispanic"),
            ofGroup("grad", after, 68, "Hispanic"));
    IndicatorResult r = result(grad, obs, LocalDate.of(2021, 1, 1));
    EquityGap gap = r.gaps().get(0);
    assertEquals(RACE, gap.dimension());
    assertEquals("White", gap.reference());
    // Black: 82 - 72 = 10 (from 80 - 65 = 15: narrowing); Hispanic: 82 - 68 = 14 (from 80 - 70 =
    // 10:
    // widening). Tolerance 1% of 80 = 0.8.
    GroupGap black = gap.groups().get(0);
    GroupGap hispanic = gap.groups().get(1);
    assertEquals("Black", black.group());
    assertEquals(10, black.gap().get(), 1e-9);
    assertEquals(GapChange.NARROWING, black.change());
    assertEquals("Hispanic", hispanic.group());
    assertEquals(14, hispanic.gap().get(), 1e-9);
    assertEquals(14.0 / 82, hispanic.relativeGap().get(), 1e-9);
    assertEquals(GapChange.WIDENING, hispanic.change());
    // The dimension widens when any group's gap widens; the largest shortfall is Hispanic students'
    // 14.
    assertEquals(GapChange.WIDENING, gap.change());
    assertEquals(Optional.of("Hispanic"), gap.largestGap());
    assertFalse(gap.referenceWorsened());
    assertTrue(r.hasWideningGap());
    // Income is declared but has no observation: a data gap.
    assertEquals(List.of(DisaggregationDimension.INCOME), r.dataGaps());
  }

  @Test
  void aGapThatNarrowsOnlyBecauseTheReferenceGotWorseIsFlagged() {
    // Against the population value: 80 -> 74 (worse); Black students 70 -> 70: gap 10 -> 4,
    // narrowing, yet
    // the group did not improve.
    Indicator grad =
        indicator("grad", Unit.PERCENT, Direction.INCREASE).addDisaggregations(RACE).build();
    ReportingPeriod before = ReportingPeriod.ofSchoolYear(2015);
    ReportingPeriod after = ReportingPeriod.ofSchoolYear(2019);
    List<Observation> obs =
        List.of(
            obs("grad", before, 80),
            obs("grad", after, 74),
            ofGroup("grad", before, 70, "Black"),
            ofGroup("grad", after, 70, "Black"));
    EquityGap gap = result(grad, obs, LocalDate.of(2021, 1, 1)).gaps().get(0);
    assertEquals(EquityGap.POPULATION, gap.reference());
    assertEquals(GapChange.NARROWING, gap.change());
    assertTrue(gap.referenceWorsened());
  }

  @Test
  void partnerReportedCountsAreSummed() {
    // Two shelters report the families they housed: 40 + 60 = 100, 50 + 70 = 120, 55 + 80 = 135.
    Indicator housed = indicator("housed", Unit.COUNT, Direction.INCREASE).build();
    List<Observation> obs = new ArrayList<>();
    double[][] values = {{40, 60}, {50, 70}, {55, 80}};
    for (int i = 0; i < values.length; i++) {
      obs.add(byPartner("housed", ReportingPeriod.ofYear(2021 + i), values[i][0], "a"));
      obs.add(byPartner("housed", ReportingPeriod.ofYear(2021 + i), values[i][1], "b"));
    }
    IndicatorResult r = result(housed, obs, LocalDate.of(2024, 6, 30));
    assertEquals(135, r.latest().get().value());
    // Slopes per year: (120 - 100) / 1 = 20, (135 - 100) / 2 = 17.5, (135 - 120) / 1 = 15: median
    // 17.5.
    assertEquals(17.5, r.slopePerYear().get(), 0.05);
    assertEquals(Trend.IMPROVING, r.trend());
    assertTrue(r.comparable());
    assertTrue(r.partnerSeries().isEmpty());

    // In 2024 only shelter a reports (60): the sum is not comparable with the earlier ones.
    obs.add(byPartner("housed", ReportingPeriod.ofYear(2024), 60, "a"));
    IndicatorResult partial = result(housed, obs, LocalDate.of(2025, 6, 30));
    assertEquals(60, partial.latest().get().value());
    assertFalse(partial.comparable());
    assertEquals(Trend.INSUFFICIENT_DATA, partial.trend());
    assertEquals(0, partial.consecutivePeriodsImproving());

    // Declared as not to be summed: no initiative value, each shelter's series on its own.
    IndicatorResult none =
        result(
            indicator("housed", Unit.COUNT, Direction.INCREASE)
                .aggregation(Aggregation.NONE)
                .build(),
            obs.subList(0, 6),
            LocalDate.of(2024, 6, 30));
    assertTrue(none.latest().isEmpty());
    assertEquals(2, none.partnerSeries().size());
    assertEquals("a", none.partnerSeries().get(0).partnerId());
    assertEquals(55, none.partnerSeries().get(0).latest().get().value());
    // Shelter b: 60, 70, 80: slopes 10, 10, 10: improving.
    assertEquals(Trend.IMPROVING, none.partnerSeries().get(1).trend());
  }

  @Test
  void percentagesAreNeverSummedAcrossPartners() {
    Indicator rate = indicator("rate", Unit.PERCENT, Direction.INCREASE).build();
    List<Observation> obs =
        List.of(
            byPartner("rate", ReportingPeriod.ofYear(2022), 40, "a"),
            byPartner("rate", ReportingPeriod.ofYear(2022), 60, "b"));
    IndicatorResult r = result(rate, obs, LocalDate.of(2023, 6, 30));
    assertTrue(r.latest().isEmpty());
    assertEquals(2, r.partnerSeries().size());
  }

  @Test
  void aSeriesWithABreakTrendsFromTheBreakOn() {
    // A proficiency rate: 40, 42, 44 on the old test, then a new test from 2018: 30, 31, 32.
    Indicator proficient =
        indicator("proficient", Unit.PERCENT, Direction.INCREASE)
            .baseline(DatedValue.of(40, LocalDate.of(2015, 12, 31)))
            .build();
    double[] values = {40, 42, 44, 30, 31, 32};
    List<Observation> obs = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      obs.add(
          Observation.builder()
              .indicatorId("proficient")
              .period(ReportingPeriod.ofYear(2015 + i))
              .value(values[i])
              .seriesBreak(i == 3)
              .build());
    }
    IndicatorResult r = result(proficient, obs, LocalDate.of(2021, 6, 30));
    // Only 30, 31, 32 count: slopes 1, 1, 1 per year, above the tolerance 0.4 (1% of 40):
    // improving, from
    // three points, provisional.
    assertEquals(3, r.trendPoints());
    assertEquals(1, r.slopePerYear().get(), 0.01);
    assertEquals(Trend.IMPROVING, r.trend());
    assertTrue(r.provisional());
    assertEquals(2, r.consecutivePeriodsImproving());
    // The change since the baseline is still the initiative's own figures: 32 - 40 = -8: worse.
    assertEquals(Movement.WORSE, r.sinceBaseline().get());
  }

  @Test
  void anIndicatorOfOneGroupsShareHasItsGapToParity() {
    // The share of people experiencing homelessness who are Black (lower is better), against
    // parity: their
    // 12% share of the county's residents. 20% in 2019, 38% in 2023.
    Indicator share =
        indicator("share", Unit.PERCENT, Direction.DECREASE)
            .measuredGroup(
                MeasuredGroup.builder().dimension(RACE).group("Black").parity(12.0).build())
            .build();
    List<Observation> obs =
        List.of(
            obs("share", ReportingPeriod.ofYear(2019), 20),
            obs("share", ReportingPeriod.ofYear(2023), 38));
    EquityGap gap = result(share, obs, LocalDate.of(2024, 6, 30)).gaps().get(0);
    assertEquals(EquityGap.PARITY, gap.reference());
    // 38 - 12 = 26 above parity, from 20 - 12 = 8: widening (tolerance 1% of 12 = 0.12).
    assertEquals(26, gap.groups().get(0).gap().get(), 1e-9);
    assertEquals(GapChange.WIDENING, gap.change());
    assertEquals(Optional.of("Black"), gap.largestGap());
  }

  @Test
  void observationsAfterTheDateAreIgnored() {
    IndicatorResult early = result(roadMap(), roadMapData(2019), LocalDate.of(2014, 12, 31));
    IndicatorResult same = result(roadMap(), roadMapData(2013), LocalDate.of(2014, 12, 31));
    assertEquals(same, early);
  }

  @Test
  void theSummaryCountsTheIndicators() {
    Initiative initiative =
        Initiative.builder()
            .id("i")
            .name("i")
            .addIndicators(roadMap())
            .addIndicators(indicator("empty", Unit.COUNT, Direction.INCREASE).build())
            .addAllObservations(roadMapData(2013))
            .build();
    ResultsSummary s = Results.of(initiative, LocalDate.of(2014, 12, 31)).summary();
    // The road map indicator: latest 2014-06-30, annual by default plus a lag of a year: current;
    // better;
    // improving; off track. The empty one: nothing.
    assertEquals(new ResultsSummary(2, 1, 1, 1, 0, 0), s);
    assertEquals(0.5, s.share(s.current()));
  }
}
