package io.github.collectiveimpact.json.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.json.format.CsvProblem;
import io.github.collectiveimpact.json.format.ObservationsFormatException;
import io.github.collectiveimpact.model.Disaggregation;
import io.github.collectiveimpact.model.DisaggregationDimension;
import io.github.collectiveimpact.model.Observation;
import io.github.collectiveimpact.model.ReportingPeriod;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Writing then reading gives the same observations, whatever their text; and whatever is done to a good
 * file, reading it gives observations or an {@link ObservationsFormatException}, never anything else.
 */
public class CsvProperties {
  /**
   * The binding under test.
   *
   * @param options the reader's options
   * @return the Jackson 2 binding's; another binding's subclass gives its own
   */
  protected Csv csv(Csv.Options options) {
    return Csv.jackson2(options);
  }

  private final Csv commas = csv(Csv.Options.DEFAULTS);
  private final Csv semicolons = csv(Csv.Options.DEFAULTS.separator(';').byteOrderMark(true));

  /** Text with what CSV must quote (separators, quotes, line breaks), spaces, and Japanese. */
  private static Arbitrary<String> text() {
    return Arbitraries.oneOf(
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withChars(" ,;\"\n\r\t#'=-")
            .ofMinLength(1)
            .ofMaxLength(30),
        Arbitraries.strings()
            .withCharRange('\u3041', '\u3096')
            .withCharRange('\u4e00', '\u4e2f')
            .withChars(" ,\"\n")
            .ofMinLength(1)
            .ofMaxLength(30),
        Arbitraries.of("卒業率", "北区, 南区", "\"引用\"", "line one\r\nline two", " lead", "trail "));
  }

  private static Arbitrary<String> id() {
    return text().filter(s -> !s.isBlank());
  }

  private static Arbitrary<LocalDate> date() {
    return Arbitraries.longs()
        .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  private static Arbitrary<Double> value() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().filter(Double::isFinite),
        Arbitraries.integers().between(-1000, 1000).map(Integer::doubleValue),
        Arbitraries.of(
            0.0,
            -0.0,
            Double.MIN_VALUE,
            Double.MAX_VALUE,
            -Double.MAX_VALUE,
            Double.parseDouble("1e23"),
            0.1));
  }

  private static Arbitrary<Disaggregation> disaggregation() {
    Arbitrary<DisaggregationDimension> dimension =
        Arbitraries.oneOf(
            Arbitraries.of(DisaggregationDimension.INCOME, DisaggregationDimension.RACE_ETHNICITY),
            Arbitraries.strings()
                .withCharRange('a', 'z')
                .ofMinLength(1)
                .ofMaxLength(8)
                .list()
                .ofMinSize(1)
                .ofMaxSize(3)
                .map(parts -> DisaggregationDimension.of(String.join("_", parts))));
    return Combinators.combine(dimension, id()).as(Disaggregation::of);
  }

  @Provide
  public Arbitrary<List<Observation>> observations() {
    Arbitrary<Tuple.Tuple3<String, LocalDate, Integer>> where =
        Combinators.combine(id(), date(), Arbitraries.integers().between(0, 400)).as(Tuple::of);
    Arbitrary<Tuple.Tuple4<Optional<String>, Optional<Disaggregation>, Optional<String>, Boolean>>
        what =
            Combinators.combine(
                    id().optional(),
                    disaggregation().optional(),
                    text().optional(),
                    Arbitraries.of(true, false))
                .as(Tuple::of);
    return Combinators.combine(where, value(), what)
        .as(
            (w, value, o) -> {
              Observation.Builder b =
                  Observation.builder()
                      .indicatorId(w.get1())
                      .period(ReportingPeriod.of(w.get2(), w.get2().plusDays(w.get3())))
                      .value(value)
                      .seriesBreak(o.get4());
              o.get1().ifPresent(b::partnerId);
              o.get2().ifPresent(b::disaggregation);
              o.get3().ifPresent(b::note);
              return b.build();
            })
        .list()
        .ofMaxSize(8);
  }

  @Property(tries = 300)
  public void writingThenReadingGivesTheSameObservations(
      @ForAll("observations") List<Observation> observations) throws IOException {
    for (Csv csv : List.of(commas, semicolons)) {
      String text = csv.write(observations);
      assertEquals(observations, csv.read(new StringReader(text)), text);
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      assertEquals(observations, csv.read(new ByteArrayInputStream(bytes)), text);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // fuzzing

  private static final String GOOD =
      "\uFEFFindicatorId,periodStart,periodEnd,value,partnerId,dimension,group,note,seriesBreak\n"
          + "grad-rate,2023-07-01,2024-06-30,12.5,district,income,low income,\"a, \"\"b\"\"\nc\",false\n"
          + "k-ready,2024-01-01,2024-12-31,3,,,,,true\n"
          + "卒業率,2024-01-01,2024-12-31,-1e3,北区,geography,北区,速報値,\n";

  /** Characters that matter to CSV, to dates, to numbers and to the model. */
  private static final String ALPHABET = ",;\"\n\r \t\uFEFF0123456789.-+eE:/_aZ北\u0000";

  @Provide
  public Arbitrary<String> mutated() {
    Arbitrary<Tuple.Tuple3<Integer, Integer, Character>> edit =
        Combinators.combine(
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, GOOD.length()),
                Arbitraries.of(ALPHABET.chars().mapToObj(c -> (char) c).toArray(Character[]::new)))
            .as(Tuple::of);
    return edit.list()
        .ofMinSize(1)
        .ofMaxSize(12)
        .map(
            edits -> {
              StringBuilder s = new StringBuilder(GOOD);
              for (Tuple.Tuple3<Integer, Integer, Character> e : edits) {
                int at = Math.min(e.get2(), s.length());
                switch (e.get1()) {
                  case 0:
                    s.insert(at, e.get3().charValue());
                    break;
                  case 1:
                    if (at < s.length()) {
                      s.deleteCharAt(at);
                    }
                    break;
                  default:
                    if (at < s.length()) {
                      s.setCharAt(at, e.get3());
                    }
                }
              }
              return s.toString();
            });
  }

  @Property(tries = 1000)
  public void aMutatedFileGivesObservationsOrTheTypedException(
      @ForAll("mutated") String text, @ForAll boolean lenient) {
    Csv csv = csv(Csv.Options.DEFAULTS.lenient(lenient).maxFieldLength(40));
    try {
      List<Observation> read = csv.read(new StringReader(text));
      assertTrue(read.size() <= 3, text);
    } catch (ObservationsFormatException e) {
      assertFalse(e.problems().isEmpty(), text);
      for (CsvProblem p : e.problems()) {
        assertTrue(p.line() >= 1, p.toString());
        assertFalse(p.message().isBlank(), p.toString());
        assertFalse(p.toString().contains("Exception"), p.toString());
      }
    } catch (IOException | RuntimeException e) {
      throw new AssertionError("unexpected " + e + " for " + text, e);
    }
  }

  @Property(tries = 300)
  public void mutatedBytesGiveObservationsOrTheTypedException(
      @ForAll("mutated") String text, @ForAll @IntRange(min = 0, max = 255) int junk) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    bytes[junk % bytes.length] = (byte) junk;
    try {
      commas.read(new ByteArrayInputStream(bytes));
    } catch (ObservationsFormatException e) {
      assertFalse(e.problems().isEmpty());
    } catch (IOException | RuntimeException e) {
      throw new AssertionError("unexpected " + e + " for " + text, e);
    }
  }
}
