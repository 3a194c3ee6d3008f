package io.github.collectiveimpact.validation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Plain decimal text of a double that is the same on every JDK. {@link Double#toString(double)}, and so
 * {@link BigDecimal#valueOf(double)}, gives more digits than needed for some values before JDK 19
 * (JDK-4511638: {@code 1.0E23} is {@code 9.999999999999999E22} on JDK 17); this works from the double's
 * exact binary value instead.
 */
final class Decimals {
  /** Enough significant digits for every double to read back as itself. */
  private static final int MAX_DIGITS = 17;

  private Decimals() {}

  /**
   * The decimal with the fewest significant digits that reads back as the value, the nearest of them to
   * it, as plain text without trailing zeros: {@code 45.25}, {@code 70}, {@code 0.00001}, {@code
   * 100000000000000000000000} for {@code 1.0E23}.
   *
   * @param value a finite double
   * @return the text
   */
  static String plain(double value) {
    BigDecimal exact = new BigDecimal(value);
    for (int digits = 1; digits < MAX_DIGITS; digits++) {
      BigDecimal nearest = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
      if (nearest.doubleValue() == value) {
        return nearest.stripTrailingZeros().toPlainString();
      }
      // At a power of two the doubles below are closer together than those above: the nearest
      // decimal of this length can miss while the one on the other side of the value reads back.
      RoundingMode away = nearest.compareTo(exact) < 0 ? RoundingMode.CEILING : RoundingMode.FLOOR;
      BigDecimal other = exact.round(new MathContext(digits, away));
      if (other.doubleValue() == value) {
        return other.stripTrailingZeros().toPlainString();
      }
    }
    return exact
        .round(new MathContext(MAX_DIGITS, RoundingMode.HALF_EVEN))
        .stripTrailingZeros()
        .toPlainString();
  }
}
