package io.github.collectiveimpact.html.chart;

/**
 * One tick of an axis.
 *
 * @param position its coordinate along the axis
 * @param label its label
 */
public record Tick(double position, String label) {
  /**
   * The coordinate as SVG text.
   *
   * @return the position
   */
  public String at() {
    return Svg.num(position);
  }
}
