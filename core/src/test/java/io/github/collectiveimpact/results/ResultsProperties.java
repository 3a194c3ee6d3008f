package io.github.collectiveimpact.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.fixtures.Initiatives;
import io.github.collectiveimpact.model.Aggregation;
import io.github.collectiveimpact.model.Direction;
import io.github.collectiveimpact.model.Indicator;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.MeasuredGroup;
import io.github.collectiveimpact.model.Observation;
import io.github.collectiveimpact.model.ReportingPeriod;
import io.github.collectiveimpact.model.Unit;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the results over the shared arbitraries, enriched with the results' own attributes. */
class ResultsProperties {
  private static final LocalDate AS_OF = Initiatives.AS_OF;

  @Provide
  Arbitrary<Initiative> initiatives() {
    return Initiatives.any().flatMap(i -> Arbitraries.longs().map(seed -> enrich(i, seed)));
  }

  /**
   * The initiative with tolerances, lags, aggregations, reference groups, measured groups, series breaks
   * and a second partner's observations set at random.
   */
  static Initiative enrich(Initiative initiative, long seed) {
    Random random = new Random(seed);
    List<Indicator> indicators = new ArrayList<>();
    for (Indicator indicator : initiative.indicators()) {
      Indicator.Builder b = Indicator.builder().from(indicator);
      if (random.nextInt(3) == 0) {
        b.tolerance(random.nextInt(5) / 2.0);
      }
      if (random.nextInt(3) == 0) {
        b.publicationLag(Period.ofMonths(random.nextInt(18)));
      }
      if (random.nextInt(4) == 0) {
        b.aggregation(random.nextBoolean() ? Aggregation.SUM : Aggregation.NONE);
      }
      if (!indicator.disaggregations().isEmpty() && random.nextBoolean()) {
        b.putReferenceGroups(indicator.disaggregations().first(), "group " + random.nextInt(3));
      }
      if (random.nextInt(5) == 0 && !indicator.disaggregations().isEmpty()) {
        MeasuredGroup.Builder g =
            MeasuredGroup.builder().dimension(indicator.disaggregations().first()).group("group 0");
        if (random.nextBoolean()) {
          g.parity(random.nextInt(50) * 1.0);
        }
        b.measuredGroup(g.build());
      }
      indicators.add(b.build());
    }
    List<Observation> observations = new ArrayList<>();
    for (Observation o : initiative.observations()) {
      Observation changed = o.withSeriesBreak(random.nextInt(10) == 0);
      observations.add(changed);
      if (random.nextInt(4) == 0) {
        observations.add(changed.withPartnerId("p-other").withSeriesBreak(false));
      }
    }
    return initiative.withIndicators(indicators).withObservations(observations);
  }

  @Property(tries = 200)
  void resultsNeverThrowAndAreDeterministic(@ForAll("initiatives") Initiative initiative) {
    Results results = Results.of(initiative, AS_OF);
    assertEquals(initiative.indicators().size(), results.indicators().size());
    assertEquals(results, Results.of(initiative, AS_OF));
  }

  @Property(tries = 200)
  void resultsDoNotDependOnTheOrderOfObservations(
      @ForAll("initiatives") Initiative initiative, @ForAll long seed) {
    List<Observation> shuffled = new ArrayList<>(initiative.observations());
    Collections.shuffle(shuffled, new Random(seed));
    assertEquals(
        Results.of(initiative, AS_OF), Results.of(initiative.withObservations(shuffled), AS_OF));
  }

  @Property(tries = 200)
  void observationsAfterTheDateChangeNothing(@ForAll("initiatives") Initiative initiative) {
    List<Observation> more = new ArrayList<>(initiative.observations());
    for (Observation o : initiative.observations()) {
      more.add(
          o.withPeriod(ReportingPeriod.of(AS_OF.plusDays(1), AS_OF.plusDays(40)))
              .withValue(o.value() / 2));
    }
    assertEquals(
        Results.of(initiative, AS_OF), Results.of(initiative.withObservations(more), AS_OF));
  }

  @Property(tries = 300)
  void raisingTheLatestValueOfAnIncreaseIndicatorNeverMakesItWorse(
      @ForAll("initiatives") Initiative initiative) {
    Results before = Results.of(initiative, AS_OF);
    for (int i = 0; i < initiative.indicators().size(); i++) {
      Indicator indicator = initiative.indicators().get(i);
      IndicatorResult was = before.indicators().get(i);
      if (indicator.desiredDirection() != Direction.INCREASE
          || was.latest().isEmpty()
          || initiative.indicator(indicator.id()).get() != indicator) {
        continue;
      }
      Unit unit = indicator.unit().orElse(Unit.SCORE);
      LocalDate end = was.latest().get().periodEnd();
      List<Observation> raised = new ArrayList<>();
      boolean changed = false;
      for (Observation o : initiative.observations()) {
        if (o.indicatorId().equals(indicator.id())
            && o.disaggregation().isEmpty()
            && o.period().end().equals(end)
            && unit.accepts(o.value() + 1)) {
          raised.add(o.withValue(o.value() + 1));
          changed = true;
        } else {
          raised.add(o);
        }
      }
      if (!changed) {
        continue;
      }
      IndicatorResult now =
          Results.of(initiative.withObservations(raised), AS_OF).indicators().get(i);
      if (was.sinceBaseline().isPresent()) {
        assertTrue(
            rank(now.sinceBaseline().get()) >= rank(was.sinceBaseline().get()),
            was.sinceBaseline() + " -> " + now.sinceBaseline());
      }
      assertTrue(rank(now.trend()) >= rank(was.trend()), was.trend() + " -> " + now.trend());
      assertTrue(
          rank(now.targetStatus()) >= rank(was.targetStatus()),
          was.targetStatus() + " -> " + now.targetStatus());
    }
  }

  private static int rank(Movement m) {
    return m == Movement.WORSE ? 0 : m == Movement.UNCHANGED ? 1 : 2;
  }

  private static int rank(Trend t) {
    switch (t) {
      case WORSENING:
        return 0;
      case FLAT:
        return 1;
      case IMPROVING:
        return 2;
      default:
        return 1;
    }
  }

  private static int rank(TargetStatus s) {
    switch (s) {
      case MISSED:
      case OFF_TRACK:
        return 0;
      case ON_TRACK:
        return 1;
      case ACHIEVED:
        return 2;
      default:
        return 1;
    }
  }
}
