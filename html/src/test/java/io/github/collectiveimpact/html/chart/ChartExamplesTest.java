package io.github.collectiveimpact.html.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartExamplesTest {
  @Test
  void ticksAreRoundNumbers() {
    assertEquals(List.of(0.0, 20.0, 40.0, 60.0, 80.0, 100.0), Ticks.values(0, 100, 5));
    assertEquals(List.of(40.0, 45.0, 50.0, 55.0, 60.0, 65.0), Ticks.values(40, 65, 5));
    assertEquals(List.of(0.2, 0.4), Ticks.values(0.13, 0.47, 2));
    assertEquals(List.of(-10.0, -5.0, 0.0, 5.0), Ticks.values(-12, 7, 4));
  }

  @Test
  void theNiceExtentWidensToWholeSteps() {
    double[] extent = Ticks.niceExtent(42, 65, 5);
    assertEquals(40, extent[0]);
    assertEquals(65, extent[1]);
    double[] one = Ticks.niceExtent(7, 7, 5);
    assertEquals(true, one[0] <= 7 && one[1] > 7);
  }

  @Test
  void yearTicksThinOutOverLongRanges() {
    assertEquals(
        List.of(LocalDate.of(2018, 1, 1), LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 1)),
        Ticks.years(LocalDate.of(2017, 6, 30), LocalDate.of(2020, 6, 30), 8));
    assertEquals(
        List.of(LocalDate.of(2000, 1, 1), LocalDate.of(2010, 1, 1), LocalDate.of(2020, 1, 1)),
        Ticks.years(LocalDate.of(1995, 3, 1), LocalDate.of(2024, 1, 1), 4));
  }

  @Test
  void aScaleOfOneValueIsWidened() {
    LinearScale scale = new LinearScale(5, 5, 0, 100);
    assertEquals(50, scale.map(5), 1e-9);
    assertThrows(IllegalArgumentException.class, () -> new LinearScale(2, 1, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new LinearScale(0, Double.NaN, 0, 1));
  }

  @Test
  void svgNumbersAreShortAndLocaleFree() {
    assertEquals("12.5", Svg.num(12.46));
    assertEquals("3", Svg.num(3.04));
    assertEquals("-0.5", Svg.num(-0.5));
    assertThrows(IllegalArgumentException.class, () -> Svg.num(Double.POSITIVE_INFINITY));
  }

  @Test
  void barsAreAsLongAsTheirLevels() {
    BarChart chart =
        BarChart.of(
            "t",
            "d",
            List.of(
                new BarChart.Row("a", 4, "4", "level-4"), new BarChart.Row("b", 2, "2", "level-2")),
            4,
            Integer::toString);
    assertEquals(2 * chart.bars().get(1).barWidth(), chart.bars().get(0).barWidth(), 1e-9);
    assertEquals(5, chart.ticks().size());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            BarChart.of(
                "t", "d", List.of(new BarChart.Row("a", 5, "5", "x")), 4, Integer::toString));
  }
}
