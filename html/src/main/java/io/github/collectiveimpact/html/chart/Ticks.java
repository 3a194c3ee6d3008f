package io.github.collectiveimpact.html.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The ticks of an axis: round values ("nice" steps of 1, 2 or 5 times a power of ten) within a range, and
 * the range widened to whole steps, so that an axis reads 0, 20, 40 rather than 3.7, 21.4, 39.1. Pure
 * functions of their arguments.
 */
public final class Ticks {
  private static final double[] STEPS = {1, 2, 5, 10};

  private Ticks() {}

  /**
   * The nice step for a range cut into about {@code count} intervals.
   *
   * @param min the range's lower end
   * @param max the range's upper end, at least {@code min}
   * @param count the number of intervals wanted, at least 1
   * @return a positive step of 1, 2 or 5 times a power of ten
   * @throws IllegalArgumentException if the range is not finite or reversed, or the count below 1
   */
  public static double step(double min, double max, int count) {
    check(min, max, count);
    double span = max - min;
    // A span too small to cut (or none) is read as one value: its step is from the value's
    // magnitude.
    if (span < 1e-9 * Math.max(1, Math.max(Math.abs(min), Math.abs(max)))) {
      span = Math.max(Math.abs(min), 1);
    }
    double raw = span / count;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double s : STEPS) {
      if (s * magnitude >= raw * (1 - 1e-9)) {
        return s * magnitude;
      }
    }
    return 10 * magnitude;
  }

  /**
   * The range widened to whole nice steps: {@code [floor(min / step) * step, ceil(max / step) * step]}.
   *
   * @param min the range's lower end
   * @param max the range's upper end, at least {@code min}
   * @param count the number of intervals wanted, at least 1
   * @return two values, the widened lower and upper ends
   */
  public static double[] niceExtent(double min, double max, int count) {
    double step = step(min, max, count);
    double lo = Math.floor(min / step + 1e-9) * step;
    double hi = Math.ceil(max / step - 1e-9) * step;
    // The rounding allowance above may round a value just past a step back inside it: widen again.
    if (lo > min) {
      lo -= step;
    }
    if (hi < max) {
      hi += step;
    }
    if (lo == hi) {
      hi = lo + step;
    }
    return new double[] {lo, hi};
  }

  /**
   * The multiples of the nice step that lie within {@code [min, max]}, in increasing order.
   *
   * @param min the range's lower end
   * @param max the range's upper end, at least {@code min}
   * @param count the number of intervals wanted, at least 1
   * @return the ticks, each within the range, strictly increasing
   */
  public static List<Double> values(double min, double max, int count) {
    return multiples(min, max, step(min, max, count));
  }

  /**
   * The multiples of a step that lie within {@code [min, max]}, in increasing order: with {@link
   * #niceExtent} and the same step, both ends of the extent are ticks.
   *
   * @param min the range's lower end
   * @param max the range's upper end, at least {@code min}
   * @param step a positive step
   * @return the ticks, each within the range, strictly increasing
   * @throws IllegalArgumentException if the range is not finite or reversed, or the step not positive
   */
  public static List<Double> multiples(double min, double max, double step) {
    check(min, max, 1);
    if (!(step > 0) || !Double.isFinite(step)) {
      throw new IllegalArgumentException("a step must be positive: " + step);
    }
    List<Double> ticks = new ArrayList<>();
    long first = (long) Math.ceil(min / step - 1e-9);
    long last = (long) Math.floor(max / step + 1e-9);
    for (long k = first; k <= last; k++) {
      // k * step rather than repeated additions, so that errors do not accumulate; clamped, since
      // k * step may fall a rounding error outside the range.
      double v = Math.min(max, Math.max(min, k * step));
      if (ticks.isEmpty() || v > ticks.get(ticks.size() - 1)) {
        ticks.add(v == 0 ? 0.0 : v);
      }
    }
    return List.copyOf(ticks);
  }

  /**
   * Year ticks: the first days of years within {@code [from, to]}, every 1, 2, 5, 10... years so that
   * there are at most {@code count + 1} of them.
   *
   * @param from the first day of the range
   * @param to the last day, not before {@code from}
   * @param count the most intervals wanted, at least 1
   * @return the ticks, in increasing order
   * @throws IllegalArgumentException if {@code to} is before {@code from} or the count below 1
   */
  public static List<LocalDate> years(LocalDate from, LocalDate to, int count) {
    if (to.isBefore(from) || count < 1) {
      throw new IllegalArgumentException("years from " + from + " to " + to + ", count " + count);
    }
    int firstYear = from.getDayOfYear() == 1 ? from.getYear() : from.getYear() + 1;
    int lastYear = to.getYear();
    int span = Math.max(1, lastYear - firstYear);
    int step = 1;
    for (int magnitude = 1; ; magnitude *= 10) {
      int found = 0;
      for (double s : new double[] {1, 2, 5}) {
        if (span / (s * magnitude) <= count) {
          found = (int) (s * magnitude);
          break;
        }
      }
      if (found > 0) {
        step = found;
        break;
      }
    }
    List<LocalDate> ticks = new ArrayList<>();
    int start = Math.floorDiv(firstYear + step - 1, step) * step;
    for (int y = start; y <= lastYear; y += step) {
      ticks.add(LocalDate.of(y, 1, 1));
    }
    return List.copyOf(ticks);
  }

  private static void check(double min, double max, int count) {
    if (!Double.isFinite(min) || !Double.isFinite(max) || min > max || count < 1) {
      throw new IllegalArgumentException("ticks of [" + min + ", " + max + "], count " + count);
    }
  }
}
