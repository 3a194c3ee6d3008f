package io.github.collectiveimpact.html.chart;

/**
 * A linear map from a domain of data values to a range of SVG coordinates. The range may be reversed (an
 * SVG y axis grows downwards). A domain of one value is widened to one unit either side, so that every
 * value still maps to a finite coordinate.
 *
 * @param domainMin the smallest data value shown
 * @param domainMax the largest data value shown
 * @param rangeStart the coordinate of {@code domainMin}
 * @param rangeEnd the coordinate of {@code domainMax}
 */
public record LinearScale(double domainMin, double domainMax, double rangeStart, double rangeEnd) {

  /**
   * Checks that every bound is finite and the domain is not reversed, and widens a domain of one value.
   *
   * @param domainMin the smallest value
   * @param domainMax the largest value
   * @param rangeStart the coordinate of the smallest value
   * @param rangeEnd the coordinate of the largest value
   * @throws IllegalArgumentException if a bound is not finite or {@code domainMin > domainMax}
   */
  public LinearScale {
    if (!Double.isFinite(domainMin)
        || !Double.isFinite(domainMax)
        || !Double.isFinite(rangeStart)
        || !Double.isFinite(rangeEnd)) {
      throw new IllegalArgumentException("a scale's bounds must be finite");
    }
    if (domainMin > domainMax) {
      throw new IllegalArgumentException(
          "a scale's domain must not be reversed: " + domainMin + " > " + domainMax);
    }
    if (domainMin == domainMax) {
      domainMin -= 1;
      domainMax += 1;
    }
  }

  /**
   * The coordinate of a value; values outside the domain map outside the range, proportionally.
   *
   * @param value a data value
   * @return its coordinate
   */
  public double map(double value) {
    double t = (value - domainMin) / (domainMax - domainMin);
    return rangeStart + t * (rangeEnd - rangeStart);
  }

  /**
   * Whether a value lies within the domain.
   *
   * @param value a data value
   * @return {@code true} if {@code domainMin <= value <= domainMax}
   */
  public boolean contains(double value) {
    return value >= domainMin && value <= domainMax;
  }
}
