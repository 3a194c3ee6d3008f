package io.github.collectiveimpact.html.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class TicksProperties {

  @Property
  void ticksLieWithinTheRangeAndIncrease(
      @ForAll @DoubleRange(min = -1e9, max = 1e9) double a,
      @ForAll @DoubleRange(min = -1e9, max = 1e9) double b,
      @ForAll @IntRange(min = 1, max = 12) int count) {
    double min = Math.min(a, b);
    double max = Math.max(a, b);
    List<Double> ticks = Ticks.values(min, max, count);
    for (int i = 0; i < ticks.size(); i++) {
      assertTrue(
          ticks.get(i) >= min && ticks.get(i) <= max, ticks + " in [" + min + ", " + max + "]");
      if (i > 0) {
        assertTrue(ticks.get(i) > ticks.get(i - 1), ticks.toString());
      }
    }
  }

  @Property
  void theNiceExtentHoldsTheRangeAndHasTicksAtBothEnds(
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double a,
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double b,
      @ForAll @IntRange(min = 1, max = 10) int count) {
    double min = Math.min(a, b);
    double max = Math.max(a, b);
    double[] extent = Ticks.niceExtent(min, max, count);
    assertTrue(extent[0] <= min && extent[1] >= max && extent[0] < extent[1]);
    List<Double> ticks = Ticks.multiples(extent[0], extent[1], Ticks.step(min, max, count));
    assertTrue(ticks.size() >= 2, ticks.toString());
    assertEquals(extent[0], ticks.get(0), 1e-9 * Math.max(1, Math.abs(extent[0])));
    assertEquals(extent[1], ticks.get(ticks.size() - 1), 1e-9 * Math.max(1, Math.abs(extent[1])));
    // A nice range of about count intervals has at most about twice as many ticks (steps 1, 2, 5).
    assertTrue(ticks.size() <= 2 * count + 3, count + ": " + ticks);
  }

  @Property
  void theStepIsOneTwoOrFiveTimesAPowerOfTen(
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double a,
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double b,
      @ForAll @IntRange(min = 1, max = 10) int count) {
    double step = Ticks.step(Math.min(a, b), Math.max(a, b), count);
    double mantissa = step / Math.pow(10, Math.floor(Math.log10(step)));
    assertTrue(
        List.of(1.0, 2.0, 5.0, 10.0).stream().anyMatch(m -> Math.abs(m - mantissa) < 1e-6),
        step + " has mantissa " + mantissa);
  }

  @Property
  void ticksAreDeterministic(
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double a,
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double b,
      @ForAll @IntRange(min = 1, max = 10) int count) {
    double min = Math.min(a, b);
    double max = Math.max(a, b);
    assertEquals(Ticks.values(min, max, count), Ticks.values(min, max, count));
  }

  @Property
  void yearTicksAreFirstDaysOfYearsWithinTheRange(
      @ForAll @IntRange(min = -20000, max = 40000) int fromDay,
      @ForAll @IntRange(min = 0, max = 20000) int days,
      @ForAll @IntRange(min = 1, max = 12) int count) {
    LocalDate from = LocalDate.ofEpochDay(fromDay);
    LocalDate to = from.plusDays(days);
    List<LocalDate> ticks = Ticks.years(from, to, count);
    assertTrue(ticks.size() <= count + 1, ticks.toString());
    for (int i = 0; i < ticks.size(); i++) {
      LocalDate t = ticks.get(i);
      assertEquals(1, t.getDayOfYear());
      assertTrue(!t.isBefore(from) && !t.isAfter(to), t + " in " + from + ".." + to);
      if (i > 0) {
        assertTrue(t.isAfter(ticks.get(i - 1)));
      }
    }
    assertEquals(ticks, Ticks.years(from, to, count));
  }

  @Property
  void aScaleMapsItsDomainOntoItsRangeMonotonically(
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double a,
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double b,
      @ForAll @DoubleRange(min = 0, max = 1) double t,
      @ForAll @DoubleRange(min = 0, max = 1) double u) {
    Assume.that(a != b);
    LinearScale scale = new LinearScale(Math.min(a, b), Math.max(a, b), 300, 20);
    double v = scale.domainMin() + t * (scale.domainMax() - scale.domainMin());
    double w = scale.domainMin() + u * (scale.domainMax() - scale.domainMin());
    double y = scale.map(v);
    assertTrue(y >= 20 - 1e-6 && y <= 300 + 1e-6, v + " maps to " + y);
    if (v < w) {
      assertTrue(scale.map(v) >= scale.map(w), "a reversed range decreases");
    }
    assertEquals(300, scale.map(scale.domainMin()), 1e-6);
    assertEquals(20, scale.map(scale.domainMax()), 1e-6);
  }

  @Property
  void everyPointOfALineChartLiesInItsPlotArea(
      @ForAll("series") List<Double> values,
      @ForAll @DoubleRange(min = -1000, max = 1000) double baseline,
      @ForAll @DoubleRange(min = -1000, max = 1000) double target) {
    List<DatedPoint> series = new java.util.ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      series.add(new DatedPoint(LocalDate.of(2015 + i, 6, 30), values.get(i)));
    }
    LineChart chart =
        LineChart.of(
            "t",
            "d",
            series,
            java.util.Optional.of(new DatedPoint(LocalDate.of(2014, 6, 30), baseline)),
            List.of(new DatedPoint(LocalDate.of(2020, 6, 30), (baseline + target) / 2)),
            java.util.Optional.of(new DatedPoint(LocalDate.of(2030, 6, 30), target)),
            java.util.Optional.of(
                new DatedPoint(LocalDate.of(2020, 6, 30), (baseline + target) / 2)),
            new LineChart.Labels() {
              @Override
              public String value(double value) {
                return Double.toString(value);
              }

              @Override
              public String year(LocalDate year) {
                return Integer.toString(year.getYear());
              }

              @Override
              public String marker(Marker.Shape shape, DatedPoint point) {
                return shape.name();
              }
            });
    assertEquals(values.size() + 3, chart.markers().size());
    for (Marker m : chart.markers()) {
      assertTrue(m.x() >= chart.left() && m.x() <= chart.right(), "x " + m.x());
      assertTrue(m.y() >= chart.top() - 1e-6 && m.y() <= chart.bottom() + 1e-6, "y " + m.y());
    }
    for (Tick t : chart.yTicks()) {
      assertTrue(t.position() >= chart.top() - 1e-6 && t.position() <= chart.bottom() + 1e-6);
    }
    for (Tick t : chart.xTicks()) {
      assertTrue(t.position() >= chart.left() && t.position() <= chart.right());
    }
    assertTrue(chart.yTicks().size() >= 2 && chart.xTicks().size() >= 2);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<List<Double>> series() {
    return net.jqwik.api.Arbitraries.doubles()
        .between(-1000, 1000)
        .list()
        .ofMinSize(0)
        .ofMaxSize(15);
  }
}
