package io.github.collectiveimpact.html.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The geometry of a horizontal bar chart of levels: one bar per row, from 0 to a maximum, each labelled
 * with its value in words, so that the bars never speak by length or colour alone.
 *
 * @param title the chart's accessible name
 * @param description the chart's text alternative
 * @param width the view box's width
 * @param height the view box's height
 * @param left the bars' left edge (the labels are to its left)
 * @param right the bars' right edge at the maximum
 * @param ticks the value axis's ticks (0 to the maximum)
 * @param bars the bars, top to bottom
 */
public record BarChart(
    String title,
    String description,
    int width,
    int height,
    double left,
    double right,
    List<Tick> ticks,
    List<Bar> bars) {

  private static final int WIDTH = 760;
  private static final double LEFT = 230;
  private static final double RIGHT = WIDTH - 16;
  private static final double ROW = 30;
  private static final double TOP = 8;
  private static final double AXIS = 26;

  /**
   * Checks the parts and copies the lists.
   *
   * @param title the title
   * @param description the description
   * @param width the width
   * @param height the height
   * @param left the left edge
   * @param right the right edge
   * @param ticks the ticks
   * @param bars the bars
   */
  public BarChart {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    ticks = List.copyOf(ticks);
    bars = List.copyOf(bars);
  }

  /**
   * One row of the chart.
   *
   * @param label the row's label (a condition)
   * @param value the value, 0 for none (no bar is drawn)
   * @param valueLabel the value in words, drawn beside the bar
   * @param styleClass the CSS class of the bar (its colour and pattern)
   * @param y the row's top
   * @param barWidth the bar's width
   */
  public record Bar(
      String label, int value, String valueLabel, String styleClass, double y, double barWidth) {
    /**
     * The row's top as SVG text.
     *
     * @return the coordinate
     */
    public String top() {
      return Svg.num(y + 5);
    }

    /**
     * The baseline of the row's text as SVG text.
     *
     * @return the coordinate
     */
    public String text() {
      return Svg.num(y + ROW / 2 + 5);
    }

    /**
     * The bar's width as SVG text.
     *
     * @return the width
     */
    public String w() {
      return Svg.num(barWidth);
    }

    /**
     * The bar's height as SVG text.
     *
     * @return the height
     */
    public String h() {
      return Svg.num(ROW - 10);
    }

    /**
     * Where the value's words start: right of the bar.
     *
     * @return the coordinate
     */
    public String valueX() {
      return Svg.num(LEFT + barWidth + 6);
    }
  }

  /**
   * One row's data.
   *
   * @param label the row's label
   * @param value the value, from 0 to the maximum
   * @param valueLabel the value in words
   * @param styleClass the bar's CSS class
   */
  public record Row(String label, int value, String valueLabel, String styleClass) {}

  /**
   * A chart of rows on a scale from 0 to {@code max}.
   *
   * @param title the accessible name
   * @param description the text alternative
   * @param rows the rows
   * @param max the scale's maximum, at least 1
   * @param tickLabel the label of each whole tick value
   * @return the chart
   * @throws IllegalArgumentException if a value is outside 0 to {@code max}
   */
  public static BarChart of(
      String title,
      String description,
      List<Row> rows,
      int max,
      java.util.function.IntFunction<String> tickLabel) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1: " + max);
    }
    // Room right of the longest bar for its words.
    LinearScale x = new LinearScale(0, max, LEFT, RIGHT - 250);
    List<Bar> bars = new ArrayList<>();
    double y = TOP;
    for (Row row : rows) {
      if (row.value() < 0 || row.value() > max) {
        throw new IllegalArgumentException("value " + row.value() + " outside 0.." + max);
      }
      bars.add(
          new Bar(
              row.label(),
              row.value(),
              row.valueLabel(),
              row.styleClass(),
              y,
              x.map(row.value()) - LEFT));
      y += ROW;
    }
    List<Tick> ticks = new ArrayList<>();
    for (int v = 0; v <= max; v++) {
      ticks.add(new Tick(x.map(v), tickLabel.apply(v)));
    }
    int height = (int) Math.ceil(y + AXIS);
    return new BarChart(title, description, WIDTH, height, LEFT, RIGHT, ticks, bars);
  }

  /**
   * The bars' left edge as SVG text.
   *
   * @return the coordinate
   */
  public String x0() {
    return Svg.num(left);
  }

  /**
   * The top of the axis labels, below the last row, as SVG text.
   *
   * @return the coordinate
   */
  public String axisY() {
    return Svg.num(height - AXIS + 18);
  }

  /**
   * The bottom of the grid lines as SVG text.
   *
   * @return the coordinate
   */
  public String gridBottom() {
    return Svg.num(height - AXIS);
  }

  /**
   * Where the labels end, left of the bars, as SVG text.
   *
   * @return the coordinate
   */
  public String labelX() {
    return Svg.num(left - 10);
  }

  /**
   * The view box as SVG text.
   *
   * @return for example {@code "0 0 760 180"}
   */
  public String viewBox() {
    return "0 0 " + width + " " + height;
  }
}
