package io.github.collectiveimpact.html.chart;

/**
 * A marked point of a chart, drawn by its shape so that kinds differ by more than colour.
 *
 * @param x its horizontal coordinate
 * @param y its vertical coordinate
 * @param shape how it is drawn
 * @param label what it shows, for its tooltip and the data table
 */
public record Marker(double x, double y, Shape shape, String label) {
  /** How a marker is drawn. */
  public enum Shape {
    /** An observation: a small filled circle. */
    CIRCLE,
    /** The latest observation: a larger circle with a ring. */
    RING,
    /** The baseline: a square. */
    SQUARE,
    /** An interim target: an open diamond. */
    OPEN_DIAMOND,
    /** The final target: a filled diamond. */
    DIAMOND
  }

  /**
   * The x coordinate as SVG text.
   *
   * @return the coordinate
   */
  public String cx() {
    return Svg.num(x);
  }

  /**
   * The y coordinate as SVG text.
   *
   * @return the coordinate
   */
  public String cy() {
    return Svg.num(y);
  }

  /**
   * The outline of a square or diamond marker, centred on the point, as SVG path data.
   *
   * @return the path data
   */
  public String outline() {
    double r = 6;
    if (shape == Shape.SQUARE) {
      r = 5;
      return "M"
          + Svg.num(x - r)
          + " "
          + Svg.num(y - r)
          + "h"
          + Svg.num(2 * r)
          + "v"
          + Svg.num(2 * r)
          + "h"
          + Svg.num(-2 * r)
          + "Z";
    }
    return "M"
        + Svg.num(x)
        + " "
        + Svg.num(y - r)
        + "L"
        + Svg.num(x + r)
        + " "
        + Svg.num(y)
        + "L"
        + Svg.num(x)
        + " "
        + Svg.num(y + r)
        + "L"
        + Svg.num(x - r)
        + " "
        + Svg.num(y)
        + "Z";
  }

  /**
   * Whether the marker is a circle (drawn as an SVG circle rather than a path).
   *
   * @return {@code true} for {@link Shape#CIRCLE} and {@link Shape#RING}
   */
  public boolean round() {
    return shape == Shape.CIRCLE || shape == Shape.RING;
  }
}
