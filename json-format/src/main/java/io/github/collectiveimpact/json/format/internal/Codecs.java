package io.github.collectiveimpact.json.format.internal;

import io.github.collectiveimpact.model.Cadence;
import io.github.collectiveimpact.model.DisaggregationDimension;
import io.github.collectiveimpact.model.InvalidModelException;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The codecs of the format's values. */
public final class Codecs {
  private Codecs() {}

  /** A text that is not blank: not empty and not only white space as {@link String#isBlank()} sees it. */
  public static final Codec<String> TEXT =
      new Codec<>("expected.text", "string") {
        @Override
        public String read(DocumentReader r) throws IOException {
          if (r.current() != Token.STRING) {
            r.typeProblem(this);
            return null;
          }
          String text = r.input().text();
          if (text.isBlank()) {
            r.problemHere("problem.blank");
            return null;
          }
          return r.share(text);
        }

        @Override
        public void write(JsonOutput out, String value) throws IOException {
          out.string(value);
        }
      };

  /** Any string, blank ones included. */
  public static final Codec<String> STRING =
      new Codec<>("expected.string", "string") {
        @Override
        public String read(DocumentReader r) throws IOException {
          if (r.current() != Token.STRING) {
            r.typeProblem(this);
            return null;
          }
          return r.input().text();
        }

        @Override
        public void write(JsonOutput out, String value) throws IOException {
          out.string(value);
        }
      };

  /** A boolean. */
  public static final Codec<Boolean> BOOLEAN =
      new Codec<>("expected.boolean", "boolean") {
        @Override
        public Boolean read(DocumentReader r) throws IOException {
          if (r.current() == Token.TRUE) {
            return Boolean.TRUE;
          }
          if (r.current() == Token.FALSE) {
            return Boolean.FALSE;
          }
          r.typeProblem(this);
          return null;
        }

        @Override
        public void write(JsonOutput out, Boolean value) throws IOException {
          out.bool(value);
        }
      };

  /** A finite number, any sign. */
  public static final Codec<Double> NUMBER = new NumberCodec(false);

  /** A finite number that is not negative (and not {@code -0}). */
  public static final Codec<Double> NON_NEGATIVE_NUMBER = new NumberCodec(true);

  /** An integer from 0 to {@link Integer#MAX_VALUE}. */
  public static final Codec<Integer> NON_NEGATIVE_INTEGER =
      new Codec<>("expected.integer", "integer") {
        @Override
        public Integer read(DocumentReader r) throws IOException {
          Double value = NON_NEGATIVE_NUMBER.read(r);
          if (value == null) {
            return null;
          }
          if (value != Math.rint(value) || value > Integer.MAX_VALUE) {
            r.problemHere("problem.integer", r.input().text());
            return null;
          }
          return value.intValue();
        }

        @Override
        public void write(JsonOutput out, Integer value) throws IOException {
          out.number(value.longValue());
        }
      };

  /** A calendar date, {@code 2020-06-30}: RFC 3339's full-date, years 0000 to 9999. */
  public static final Codec<LocalDate> DATE =
      new Codec<>("expected.date", "string") {
        @Override
        public LocalDate read(DocumentReader r) throws IOException {
          if (r.current() != Token.STRING) {
            r.typeProblem(this);
            return null;
          }
          JsonInput in = r.input();
          LocalDate date = parseDate(in.textCharacters(), in.textOffset(), in.textLength());
          if (date == null) {
            r.problemHere("problem.date", in.text());
            return null;
          }
          return r.share(date);
        }

        @Override
        public void write(JsonOutput out, LocalDate value) throws IOException {
          int year = value.getYear();
          if (year < 0 || year > 9999) {
            throw new IllegalArgumentException(
                "the format writes dates of the years 0000 to 9999, not " + value);
          }
          out.string(value.toString());
        }
      };

  /**
   * Parses {@code yyyy-mm-dd} from characters without making a string.
   *
   * @return the date, or {@code null} if the text is not a real date of that form
   */
  static LocalDate parseDate(char[] text, int offset, int length) {
    if (length != 10 || text[offset + 4] != '-' || text[offset + 7] != '-') {
      return null;
    }
    int year = digits(text, offset, 4);
    int month = digits(text, offset + 5, 2);
    int day = digits(text, offset + 8, 2);
    if (year < 0 || month < 1 || day < 1) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int digits(char[] text, int offset, int count) {
    int value = 0;
    for (int i = offset; i < offset + count; i++) {
      char c = text[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** A cadence, a positive ISO-8601 period such as {@code P3M} or {@code P2W}, kept as written. */
  public static final Codec<Cadence> CADENCE =
      new Codec<>("expected.cadence", "string") {
        @Override
        public Cadence read(DocumentReader r) throws IOException {
          if (r.current() != Token.STRING) {
            r.typeProblem(this);
            return null;
          }
          String text = r.input().text();
          try {
            return Cadence.parse(text);
          } catch (InvalidModelException e) {
            r.problemHere(
                e.reason() == InvalidModelException.Reason.TOO_LONG
                    ? "problem.cadence.tooLong"
                    : "problem.cadence",
                text);
            return null;
          }
        }

        @Override
        public void write(JsonOutput out, Cadence value) throws IOException {
          out.string(value.toString());
        }
      };

  /** The ISO-8601 periods the format accepts for a lag: years, months and days, no signs. */
  private static final Pattern PERIOD = Pattern.compile("P(?=[0-9])([0-9]+Y)?([0-9]+M)?([0-9]+D)?");

  /**
   * A period with no negative part, {@code P1Y} or {@code P6M}: years, months and days, written as
   * {@link Period#toString()} writes them, so that it is written back as read.
   */
  public static final Codec<Period> PERIOD_CODEC =
      new Codec<>("expected.period", "string") {
        @Override
        public Period read(DocumentReader r) throws IOException {
          if (r.current() != Token.STRING) {
            r.typeProblem(this);
            return null;
          }
          String text = r.input().text();
          if (PERIOD.matcher(text).matches()) {
            try {
              Period period = Period.parse(text);
              if (period.toString().equals(text)) {
                return period;
              }
              r.problemHere("problem.period.form", text, period.toString());
              return null;
            } catch (DateTimeException e) {
              // too large: reported below
            }
          }
          r.problemHere("problem.period", text);
          return null;
        }

        @Override
        public void write(JsonOutput out, Period value) throws IOException {
          out.string(value.toString());
        }
      };

  /** A disaggregation dimension's key, {@code race_ethnicity}. */
  public static final Codec<DisaggregationDimension> DIMENSION =
      new Codec<>("expected.dimension", "string") {
        @Override
        public DisaggregationDimension read(DocumentReader r) throws IOException {
          if (r.current() != Token.STRING) {
            r.typeProblem(this);
            return null;
          }
          String text = r.input().text();
          try {
            return DisaggregationDimension.of(text);
          } catch (InvalidModelException e) {
            r.problemHere("problem.dimension", text);
            return null;
          }
        }

        @Override
        public void write(JsonOutput out, DisaggregationDimension value) throws IOException {
          out.string(value.key());
        }
      };

  /**
   * The JSON name of an enum constant: its name in lower case, e.g. {@code k12_education}.
   *
   * @param constant the constant
   * @return its name in the format
   */
  public static String jsonName(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /**
   * The codec of an enum, by its constants' names in lower case.
   *
   * @param type the enum
   * @param <E> the enum
   * @return the codec
   */
  public static <E extends Enum<E>> EnumCodec<E> enumOf(Class<E> type) {
    return new EnumCodec<>(type);
  }

  /**
   * An enum constant, by its name in lower case.
   *
   * @param <E> the enum
   */
  public static final class EnumCodec<E extends Enum<E>> extends Codec<E> {
    private final Map<String, E> byName = new HashMap<>();
    private final String names;
    private final Class<E> type;

    EnumCodec(Class<E> type) {
      super("expected.enum", "string");
      this.type = type;
      StringJoiner joined = new StringJoiner(", ");
      for (E constant : type.getEnumConstants()) {
        byName.put(jsonName(constant), constant);
        joined.add(jsonName(constant));
      }
      this.names = joined.toString();
    }

    /**
     * The enum.
     *
     * @return its class
     */
    public Class<E> type() {
      return type;
    }

    @Override
    public E read(DocumentReader r) throws IOException {
      if (r.current() != Token.STRING) {
        r.problemHere(
            r.current() == Token.NULL ? "problem.null" : "problem.enum.type",
            names,
            r.found(r.current()));
        r.skip();
        return null;
      }
      String text = r.input().text();
      E constant = byName.get(text);
      if (constant == null) {
        r.problemHere("problem.enum", text, names);
      }
      return constant;
    }

    @Override
    public void write(JsonOutput out, E value) throws IOException {
      out.string(jsonName(value));
    }
  }

  /** A finite number. */
  private static final class NumberCodec extends Codec<Double> {
    private final boolean nonNegative;

    NumberCodec(boolean nonNegative) {
      super("expected.number", "number");
      this.nonNegative = nonNegative;
    }

    @Override
    public Double read(DocumentReader r) throws IOException {
      Token token = r.current();
      if (token != Token.INTEGER && token != Token.DECIMAL) {
        r.typeProblem(this);
        return null;
      }
      JsonInput in = r.input();
      double value = in.doubleValue();
      if (Double.isInfinite(value)) {
        r.problemHere("problem.number.large", in.text());
        return null;
      }
      if (value == 0) {
        String text = in.text();
        if (underflows(text)) {
          r.problemHere("problem.number.small", text);
          return null;
        }
        if (nonNegative && text.charAt(0) == '-') {
          r.problemHere("problem.number.negativeZero", text);
          return null;
        }
      }
      if (nonNegative && value < 0) {
        r.problemHere("problem.number.negative", in.text());
        return null;
      }
      return value;
    }

    @Override
    public void write(JsonOutput out, Double value) throws IOException {
      out.number(value.doubleValue());
    }
  }

  /** Whether a number's text has a non-zero digit before its exponent, though it reads as zero. */
  static boolean underflows(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 'e' || c == 'E') {
        return false;
      }
      if (c >= '1' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /**
   * The codec of an array.
   *
   * @param element the elements' codec
   * @param unique whether elements must be unique
   * @param <V> the elements' type
   * @return the codec
   */
  public static <V> ListCodec<V> list(Codec<V> element, boolean unique) {
    return new ListCodec<>(element, unique);
  }

  /**
   * An array of values of one codec.
   *
   * @param <V> the elements' type
   */
  public static final class ListCodec<V> extends Codec<List<V>> {
    private final Codec<V> element;
    private final boolean unique;

    ListCodec(Codec<V> element, boolean unique) {
      super("expected.array", "array");
      this.element = element;
      this.unique = unique;
    }

    /**
     * The elements' codec.
     *
     * @return the codec
     */
    public Codec<V> element() {
      return element;
    }

    /**
     * Whether the elements must be unique.
     *
     * @return {@code true} if they must
     */
    public boolean unique() {
      return unique;
    }

    @Override
    public List<V> read(DocumentReader r) throws IOException {
      if (r.current() != Token.START_ARRAY) {
        r.typeProblem(this);
        return null;
      }
      List<V> values = new ArrayList<>();
      Map<V, Integer> seen = unique ? new HashMap<>() : null;
      boolean ok = true;
      int index = 0;
      while (r.next() != Token.END_ARRAY) {
        r.enter(index);
        if (r.current() == Token.NULL) {
          r.problemHere("problem.nullElement");
          ok = false;
        } else {
          V value = element.read(r);
          if (value == null) {
            ok = false;
          } else if (seen != null && seen.putIfAbsent(value, index) != null) {
            r.problemHere("problem.duplicateElement", seen.get(value));
            ok = false;
          } else if (ok) {
            values.add(value);
          }
        }
        r.leave();
        index++;
      }
      return ok ? values : null;
    }

    @Override
    public void write(JsonOutput out, List<V> value) throws IOException {
      writeAll(out, value);
    }

    void writeAll(JsonOutput out, Collection<V> values) throws IOException {
      out.startArray();
      for (V value : values) {
        element.write(out, value);
      }
      out.endArray();
    }
  }

  /**
   * An object whose property names are keys of one kind and whose values are texts.
   *
   * @param <K> the key type
   * @param <V> the value type
   */
  public static final class MapCodec<K, V> extends Codec<Map<K, V>> {
    private final Function<String, K> key;
    private final Function<K, String> keyName;
    private final Codec<V> value;
    private final String keyProblem;

    /**
     * Creates the codec.
     *
     * @param key reads a key, throwing {@link InvalidModelException} for a bad one
     * @param keyName writes a key
     * @param value the values' codec
     * @param keyProblem the message key for a bad key
     */
    public MapCodec(
        Function<String, K> key, Function<K, String> keyName, Codec<V> value, String keyProblem) {
      super("expected.object", "object");
      this.key = key;
      this.keyName = keyName;
      this.value = value;
      this.keyProblem = keyProblem;
    }

    /**
     * The values' codec.
     *
     * @return the codec
     */
    public Codec<V> value() {
      return value;
    }

    @Override
    public Map<K, V> read(DocumentReader r) throws IOException {
      if (r.current() != Token.START_OBJECT) {
        r.typeProblem(this);
        return null;
      }
      Map<K, V> values = new TreeMap<>();
      Set<String> names = new HashSet<>();
      boolean ok = true;
      while (r.next() == Token.NAME) {
        String name = r.input().name();
        int line = r.input().line();
        int column = r.input().column();
        r.next();
        r.enter(name);
        if (!names.add(name)) {
          r.problem(r.pointer(), line, column, "problem.duplicate", name, line);
          r.skip();
          ok = false;
          r.leave();
          continue;
        }
        K k = null;
        try {
          k = key.apply(name);
        } catch (InvalidModelException e) {
          r.problem(r.pointer(), line, column, keyProblem, name);
          ok = false;
        }
        if (r.current() == Token.NULL) {
          r.problemHere("problem.null");
          ok = false;
        } else {
          V v = value.read(r);
          if (v == null) {
            ok = false;
          } else if (k != null) {
            values.put(k, v);
          }
        }
        r.leave();
      }
      return ok ? values : null;
    }

    @Override
    public void write(JsonOutput out, Map<K, V> map) throws IOException {
      out.startObject();
      for (Map.Entry<K, V> entry : map.entrySet()) {
        out.name(keyName.apply(entry.getKey()));
        value.write(out, entry.getValue());
      }
      out.endObject();
    }
  }
}
