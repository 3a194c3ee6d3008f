package io.github.collectiveimpact.json.jackson3.internal;

import io.github.collectiveimpact.json.format.internal.JsonOutput;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.NumberOutput;

/**
 * A Jackson 3 generator, for the format's writer; Jackson 3 throws only unchecked exceptions. Not API: the
 * package is not exported.
 */
public final class Jackson3Output implements JsonOutput {
  private final JsonGenerator generator;

  /**
   * Wraps a generator.
   *
   * @param generator the generator
   */
  public Jackson3Output(JsonGenerator generator) {
    this.generator = generator;
  }

  @Override
  public void startObject() {
    generator.writeStartObject();
  }

  @Override
  public void endObject() {
    generator.writeEndObject();
  }

  @Override
  public void startArray() {
    generator.writeStartArray();
  }

  @Override
  public void endArray() {
    generator.writeEndArray();
  }

  @Override
  public void name(String name) {
    generator.writeName(name);
  }

  @Override
  public void string(String value) {
    generator.writeString(value);
  }

  @Override
  public void number(double value) {
    generator.writeNumber(text(value));
  }

  /**
   * A double as the Jackson 2 binding writes it (Schubfach, as {@code Double.toString} since JDK 19): the
   * shortest digits that read back as the value, at least two of them. Jackson 3's writer gives the same
   * shortest digits but may stop at one, which differs for the smallest subnormals: {@code 5.0E-324}
   * where Jackson 2 writes {@code 4.9E-324}, the closest two digits.
   *
   * @param value a finite double
   * @return its text
   */
  public static String text(double value) {
    String shortest = NumberOutput.toString(value, true);
    if (value == 0 || !oneDigit(shortest)) {
      return shortest;
    }
    BigDecimal two = new BigDecimal(value).round(new MathContext(2, RoundingMode.HALF_EVEN));
    BigDecimal digits = two.stripTrailingZeros();
    if (digits.precision() < 2 || digits.doubleValue() != value) {
      return shortest;
    }
    String unscaled = digits.unscaledValue().abs().toString();
    int exponent = digits.precision() - digits.scale() - 1;
    // One significant digit is possible only where a double has next to no precision, far below
    // 1e-3,
    // so the form is always the scientific one.
    return (value < 0 ? "-" : "") + unscaled.charAt(0) + "." + unscaled.charAt(1) + "E" + exponent;
  }

  /** Whether a number's text has one significant digit: {@code 5.0E-324}, {@code 2.0}, {@code 0.003}. */
  private static boolean oneDigit(String text) {
    int e = text.indexOf('E');
    String digits = (e < 0 ? text : text.substring(0, e)).replace("-", "").replace(".", "");
    int first = 0;
    while (first < digits.length() && digits.charAt(first) == '0') {
      first++;
    }
    int last = digits.length() - 1;
    while (last >= first && digits.charAt(last) == '0') {
      last--;
    }
    return last - first + 1 == 1;
  }

  @Override
  public void number(long value) {
    generator.writeNumber(value);
  }

  @Override
  public void bool(boolean value) {
    generator.writeBoolean(value);
  }
}
