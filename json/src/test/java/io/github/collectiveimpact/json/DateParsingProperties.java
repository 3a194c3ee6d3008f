package io.github.collectiveimpact.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast path for plain dates reads exactly what the ISO parser reads, and leaves the rest to it. */
class DateParsingProperties {
  @Provide
  Arbitrary<String> tenCharacters() {
    Arbitrary<String> digits = Arbitraries.strings().withCharRange('0', '9').ofLength(1);
    Arbitrary<String> any = Arbitraries.strings().withChars("0123456789-+/ x").ofLength(1);
    Arbitrary<String> plausible =
        Arbitraries.integers()
            .between(0, 9999)
            .flatMap(
                y ->
                    Arbitraries.integers()
                        .between(0, 13)
                        .flatMap(
                            m ->
                                Arbitraries.integers()
                                    .between(0, 32)
                                    .map(d -> String.format("%04d-%02d-%02d", y, m, d))));
    Arbitrary<String> noise = any.list().ofSize(10).map(l -> String.join("", l));
    Arbitrary<String> digitsOnly = digits.list().ofSize(10).map(l -> String.join("", l));
    return Arbitraries.oneOf(plausible, plausible, noise, digitsOnly);
  }

  @Property(tries = 3000)
  void agreesWithTheIsoParser(@ForAll("tenCharacters") String text) {
    char[] buffer = ("ab" + text + "cd").toCharArray();
    LocalDate fast = ValueCodecs.parseBasic(buffer, 2);
    LocalDate iso;
    try {
      iso = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      iso = null;
    }
    if (fast != null) {
      assertEquals(iso, fast, text);
    } else if (text.length() == 10
        && text.charAt(4) == '-'
        && text.charAt(7) == '-'
        && text.matches("[0-9-]+")) {
      assertNull(iso, text);
    }
  }
}
