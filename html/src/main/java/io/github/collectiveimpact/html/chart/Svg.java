package io.github.collectiveimpact.html.chart;

import java.util.Locale;

/** SVG coordinates as text: one decimal, a dot, whatever the default locale. */
public final class Svg {
  private Svg() {}

  /**
   * A coordinate as an SVG number.
   *
   * @param value a finite coordinate
   * @return for example {@code "12.5"}; {@code "0"} for zero
   */
  public static String num(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("an SVG coordinate must be finite: " + value);
    }
    double rounded = Math.round(value * 10) / 10.0;
    if (rounded == Math.rint(rounded)) {
      return Long.toString((long) rounded);
    }
    return String.format(Locale.ROOT, "%.1f", rounded);
  }
}
