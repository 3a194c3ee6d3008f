package io.github.collectiveimpact.html.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The geometry of a line chart of one indicator over time: the series of observations, its baseline,
 * interim and final targets, and the straight path from the baseline (or the first observation) to the
 * next target, against which an indicator is on track or off track. Everything is computed here, in SVG
 * coordinates of a fixed view box; a template only writes it out.
 *
 * @param title the chart's accessible name
 * @param description the chart's text alternative: what it shows, in a sentence or two
 * @param width the view box's width
 * @param height the view box's height
 * @param left the plot area's left edge
 * @param top the plot area's top edge
 * @param right the plot area's right edge
 * @param bottom the plot area's bottom edge
 * @param xTicks the time axis's ticks (years)
 * @param yTicks the value axis's ticks
 * @param seriesPath the series as SVG path data, empty without observations
 * @param targetPath the path to the next target as SVG path data, empty without one
 * @param markers the marked points, baseline and targets first, then the observations
 */
public record LineChart(
    String title,
    String description,
    int width,
    int height,
    double left,
    double top,
    double right,
    double bottom,
    List<Tick> xTicks,
    List<Tick> yTicks,
    String seriesPath,
    String targetPath,
    List<Marker> markers) {

  /** The view box's width. */
  public static final int WIDTH = 640;

  /** The view box's height. */
  public static final int HEIGHT = 260;

  private static final double LEFT = 64;
  private static final double RIGHT = WIDTH - 20;
  private static final double TOP = 16;
  private static final double BOTTOM = HEIGHT - 36;

  /**
   * Checks the parts and copies the lists.
   *
   * @param title the title
   * @param description the description
   * @param width the width
   * @param height the height
   * @param left the left edge
   * @param top the top edge
   * @param right the right edge
   * @param bottom the bottom edge
   * @param xTicks the x ticks
   * @param yTicks the y ticks
   * @param seriesPath the series path
   * @param targetPath the target path
   * @param markers the markers
   */
  public LineChart {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    xTicks = List.copyOf(xTicks);
    yTicks = List.copyOf(yTicks);
    Objects.requireNonNull(seriesPath, "seriesPath");
    Objects.requireNonNull(targetPath, "targetPath");
    markers = List.copyOf(markers);
  }

  /** How a chart's numbers, dates and markers are put in words. */
  public interface Labels {
    /**
     * A value as an axis label.
     *
     * @param value a value
     * @return its label
     */
    String value(double value);

    /**
     * A year tick's label.
     *
     * @param year the first day of the year
     * @return its label
     */
    String year(LocalDate year);

    /**
     * A marker's tooltip.
     *
     * @param shape what the marker is
     * @param point where it is
     * @return its text
     */
    String marker(Marker.Shape shape, DatedPoint point);
  }

  /**
   * The chart of a series with its baseline and targets. Its time axis spans every date given, its value
   * axis every value given, widened to round ticks.
   *
   * @param title the accessible name
   * @param description the text alternative
   * @param series the observations, in date order
   * @param baseline the baseline
   * @param interimTargets the interim targets
   * @param finalTarget the final target
   * @param nextTarget the target the path runs to (interim or final)
   * @param labels the words of the axes and markers
   * @return the chart
   * @throws IllegalArgumentException if there is no point at all
   */
  public static LineChart of(
      String title,
      String description,
      List<DatedPoint> series,
      Optional<DatedPoint> baseline,
      List<DatedPoint> interimTargets,
      Optional<DatedPoint> finalTarget,
      Optional<DatedPoint> nextTarget,
      Labels labels) {
    List<DatedPoint> all = new ArrayList<>(series);
    baseline.ifPresent(all::add);
    all.addAll(interimTargets);
    finalTarget.ifPresent(all::add);
    nextTarget.ifPresent(all::add);
    if (all.isEmpty()) {
      throw new IllegalArgumentException("a chart needs at least one point");
    }
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    LocalDate first = all.get(0).date();
    LocalDate last = first;
    for (DatedPoint p : all) {
      min = Math.min(min, p.value());
      max = Math.max(max, p.value());
      first = p.date().isBefore(first) ? p.date() : first;
      last = p.date().isAfter(last) ? p.date() : last;
    }
    double step = Ticks.step(min, max, 5);
    double[] extent = Ticks.niceExtent(min, max, 5);
    LinearScale y = new LinearScale(extent[0], extent[1], BOTTOM, TOP);
    LinearScale x = timeScale(first, last);

    List<Tick> yTicks = new ArrayList<>();
    for (double v : Ticks.multiples(y.domainMin(), y.domainMax(), step)) {
      yTicks.add(new Tick(y.map(v), labels.value(v)));
    }
    List<Tick> xTicks = new ArrayList<>();
    LocalDate from = LocalDate.ofEpochDay((long) Math.ceil(x.domainMin()));
    LocalDate to = LocalDate.ofEpochDay((long) Math.floor(x.domainMax()));
    for (LocalDate year : Ticks.years(from, to, 8)) {
      xTicks.add(new Tick(x.map((double) year.toEpochDay()), labels.year(year)));
    }

    List<Marker> markers = new ArrayList<>();
    baseline.ifPresent(b -> markers.add(marker(x, y, b, Marker.Shape.SQUARE, labels)));
    for (DatedPoint t : interimTargets) {
      markers.add(marker(x, y, t, Marker.Shape.OPEN_DIAMOND, labels));
    }
    finalTarget.ifPresent(t -> markers.add(marker(x, y, t, Marker.Shape.DIAMOND, labels)));
    StringBuilder seriesPath = new StringBuilder();
    for (int i = 0; i < series.size(); i++) {
      DatedPoint p = series.get(i);
      Marker.Shape shape = i == series.size() - 1 ? Marker.Shape.RING : Marker.Shape.CIRCLE;
      Marker m = marker(x, y, p, shape, labels);
      markers.add(m);
      seriesPath.append(i == 0 ? "M" : " L").append(m.cx()).append(' ').append(m.cy());
    }

    String targetPath = "";
    Optional<DatedPoint> start = baseline.isPresent() ? baseline : series.stream().findFirst();
    if (start.isPresent() && nextTarget.isPresent()) {
      DatedPoint a = start.get();
      DatedPoint b = nextTarget.get();
      targetPath =
          "M"
              + Svg.num(x.map((double) a.date().toEpochDay()))
              + " "
              + Svg.num(y.map(a.value()))
              + " L"
              + Svg.num(x.map((double) b.date().toEpochDay()))
              + " "
              + Svg.num(y.map(b.value()));
    }
    return new LineChart(
        title,
        description,
        WIDTH,
        HEIGHT,
        LEFT,
        TOP,
        RIGHT,
        BOTTOM,
        xTicks,
        yTicks,
        seriesPath.toString(),
        targetPath,
        markers);
  }

  /** The time scale, by epoch day, with a month of margin either side so markers are not cut. */
  private static LinearScale timeScale(LocalDate first, LocalDate last) {
    double from = (double) first.minusMonths(3).toEpochDay();
    double to = (double) last.plusMonths(3).toEpochDay();
    return new LinearScale(from, to, LEFT + 8, RIGHT - 8);
  }

  private static Marker marker(
      LinearScale x, LinearScale y, DatedPoint p, Marker.Shape shape, Labels labels) {
    return new Marker(
        x.map((double) p.date().toEpochDay()), y.map(p.value()), shape, labels.marker(shape, p));
  }

  /**
   * The plot area's left edge as SVG text.
   *
   * @return the coordinate
   */
  public String x0() {
    return Svg.num(left);
  }

  /**
   * The plot area's right edge as SVG text.
   *
   * @return the coordinate
   */
  public String x1() {
    return Svg.num(right);
  }

  /**
   * The plot area's top edge as SVG text.
   *
   * @return the coordinate
   */
  public String y0() {
    return Svg.num(top);
  }

  /**
   * The plot area's bottom edge as SVG text.
   *
   * @return the coordinate
   */
  public String y1() {
    return Svg.num(bottom);
  }

  /**
   * The view box as SVG text.
   *
   * @return for example {@code "0 0 640 260"}
   */
  public String viewBox() {
    return "0 0 " + width + " " + height;
  }
}
