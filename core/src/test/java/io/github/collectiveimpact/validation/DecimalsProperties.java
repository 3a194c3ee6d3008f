package io.github.collectiveimpact.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The text of doubles in messages and finding arguments: the shortest that reads back, on every JDK. */
class DecimalsProperties {
  @Example
  void valuesAreWrittenAsPlainDecimalsWithoutTrailingZeros() {
    assertEquals("45.25", Decimals.plain(45.25));
    assertEquals("70", Decimals.plain(70.0));
    assertEquals("0.1", Decimals.plain(0.1));
    assertEquals("0.00001", Decimals.plain(1.0E-5));
    assertEquals("0.30000000000000004", Decimals.plain(0.1 + 0.2));
    assertEquals("-1.5", Decimals.plain(-1.5));
    assertEquals("0", Decimals.plain(0.0));
    assertEquals("0", Decimals.plain(-0.0));
    assertEquals(
        new BigDecimal("1.7976931348623157E308").toPlainString(), Decimals.plain(Double.MAX_VALUE));
    assertEquals(new BigDecimal("5E-324").toPlainString(), Decimals.plain(Double.MIN_VALUE));
  }

  /** Values whose Double.toString before JDK 19 has more digits than needed (JDK-4511638). */
  @Example
  @SuppressWarnings("FloatingPointLiteralPrecision") // each literal stands for its nearest double
  void valuesThatJdk17WritesWithTooManyDigitsAreWrittenShortest() {
    assertEquals("100000000000000000000000", Decimals.plain(1.0E23)); // 9.999999999999999E22
    assertEquals("200000000000000000000000", Decimals.plain(2.0E23)); // 1.9999999999999998E23
    assertEquals("8410000000000000000000", Decimals.plain(8.41E21)); // 8.409999999999999E21
    assertEquals("282879384806159000", Decimals.plain(2.82879384806159E17)); // ...159008E17
    assertEquals("0.00000000000005684341886080802", Decimals.plain(5.684341886080802E-14));
  }

  @Example
  void aPowerOfTwoIsWrittenShortestToo() {
    // 2^-1017: the nearest decimal of 16 digits (...044E-307) lies below the value and reads back
    // as the
    // double below it; the one above (...045E-307) reads back. JDK 17 writes
    // 7.1202363472230444E-307.
    assertEquals(
        new BigDecimal("7.120236347223045E-307").toPlainString(),
        Decimals.plain(Math.scalb(1.0, -1017)));
    for (int exponent = -1022; exponent <= 1023; exponent++) {
      double power = Math.scalb(1.0, exponent);
      assertEquals(power, Double.parseDouble(Decimals.plain(power)));
      assertTrue(
          digits(Decimals.plain(power)) <= digits(BigDecimal.valueOf(power).toPlainString()));
    }
  }

  @Property(tries = 2000)
  void everyFiniteDoubleReadsBack(@ForAll double value) {
    if (Double.isFinite(value)) {
      assertEquals(value, Double.parseDouble(Decimals.plain(value)), 0.0);
    }
  }

  @Property(tries = 2000)
  void noTextOfTheJdkIsShorter(@ForAll double value) {
    if (Double.isFinite(value)) {
      String jdk = BigDecimal.valueOf(value).toPlainString();
      assertTrue(digits(Decimals.plain(value)) <= digits(jdk), Decimals.plain(value) + " " + jdk);
    }
  }

  /** The number of significant digits of a plain decimal. */
  private static int digits(String plain) {
    return new BigDecimal(plain).stripTrailingZeros().precision();
  }
}
