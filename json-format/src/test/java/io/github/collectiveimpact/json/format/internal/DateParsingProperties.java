package io.github.collectiveimpact.json.format.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The date codec's parser, which reads from the parser's buffer without making a string, reads exactly
 * the dates of the form yyyy-mm-dd that the ISO parser reads, and nothing else.
 */
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
    LocalDate fast = Codecs.parseDate(buffer, 2, text.length());
    LocalDate iso;
    try {
      iso = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      iso = null;
    }
    if (text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
      assertEquals(iso, fast, text);
    } else {
      assertNull(fast, text);
    }
  }
}
