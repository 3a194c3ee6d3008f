package io.github.collectiveimpact.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import io.github.collectiveimpact.model.Cadence;
import io.github.collectiveimpact.model.DisaggregationDimension;
import io.github.collectiveimpact.model.InvalidModelException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The serializers and deserializers of the values that are JSON strings: dates, cadences, disaggregation
 * dimensions and enum constants. Each deserializer accepts only a JSON string in the one form its
 * serializer writes (an enum constant only in lower-case snake case, a date only as {@code yyyy-mm-dd}) and
 * reports anything else with a message that says what was expected.
 */
final class ValueCodecs {
  private ValueCodecs() {}

  /** A description of a token for error messages, e.g. "an array". */
  static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      case END_OBJECT:
        return "the end of an object";
      case END_ARRAY:
        return "the end of an array";
      case FIELD_NAME:
        return "a property name";
      default:
        return "an unexpected token";
    }
  }

  /** Reads the current token as a string, or reports what was expected instead. */
  static String readString(
      JsonParser p, DeserializationContext ctxt, Class<?> type, String expected)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return ctxt.reportInputMismatch(
          type, "expected %s but found %s", expected, describe(p.currentToken()));
    }
    return p.getText();
  }

  /** A problem with a string value that has the right type but not an acceptable form. */
  static InvalidFormatException invalid(JsonParser p, String value, Class<?> type, String problem) {
    return InvalidFormatException.from(p, quote(value) + " " + problem, value, type);
  }

  /** Quotes a value for a message, shortening long values. */
  static String quote(String value) {
    String shown = value.length() > 80 ? value.substring(0, 77) + "..." : value;
    return "\"" + shown + "\"";
  }

  /** Writes a date as an ISO-8601 string ({@code 2020-06-30}), whatever the mapper's date settings. */
  static final class IsoDateSerializer extends StdScalarSerializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    IsoDateSerializer() {
      super(LocalDate.class);
    }

    @Override
    public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(value.toString());
    }
  }

  /** Reads a date from an ISO-8601 string ({@code 2020-06-30}); nothing else. */
  static final class IsoDateDeserializer extends StdScalarDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    IsoDateDeserializer() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING && p.getTextLength() == 10) {
        LocalDate date = parseBasic(p.getTextCharacters(), p.getTextOffset());
        if (date != null) {
          return date;
        }
      }
      String text =
          readString(p, ctxt, LocalDate.class, "a date as a string such as \"2020-06-30\"");
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        InvalidFormatException error =
            invalid(
                p, text, LocalDate.class, "is not a valid ISO-8601 date such as \"2020-06-30\"");
        error.initCause(e);
        throw error;
      }
    }
  }

  /**
   * The date of ten characters {@code yyyy-mm-dd} read straight from the parser's buffer, without the
   * general ISO parser (which dominates the time of reading a document of many observations); {@code null}
   * for anything else, including an impossible date, which {@link LocalDate#parse} then reports.
   */
  static LocalDate parseBasic(char[] text, int offset) {
    if (text[offset + 4] != '-' || text[offset + 7] != '-') {
      return null;
    }
    int year = digits(text, offset, 4);
    int month = digits(text, offset + 5, 2);
    int day = digits(text, offset + 8, 2);
    if (year < 0
        || month < 1
        || month > 12
        || day < 1
        || (day > 28 && day > YearMonth.of(year, month).lengthOfMonth())) {
      return null;
    }
    return LocalDate.of(year, month, day);
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

  /**
   * Reads an array of dates for a builder method that takes {@code Iterable<? extends LocalDate>}, which
   * Jackson does not treat as a container whose elements a {@code contentUsing} deserializer could read.
   */
  static final class IsoDateListDeserializer extends StdDeserializer<List<LocalDate>> {
    private static final long serialVersionUID = 1L;
    private static final IsoDateDeserializer DATE = new IsoDateDeserializer();

    IsoDateListDeserializer() {
      super(List.class);
    }

    @Override
    public List<LocalDate> deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        return ctxt.reportInputMismatch(
            List.class, "expected an array of dates but found %s", describe(p.currentToken()));
      }
      List<LocalDate> dates = new ArrayList<>();
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        try {
          if (t == JsonToken.VALUE_NULL) {
            throw InvalidNullException.from(ctxt, null, ctxt.constructType(LocalDate.class));
          }
          dates.add(DATE.deserialize(p, ctxt));
        } catch (JsonMappingException e) {
          throw JsonMappingException.wrapWithPath(e, dates, dates.size());
        }
      }
      return dates;
    }
  }

  /** Writes a cadence as its ISO-8601 period, e.g. {@code P3M}. */
  static final class CadenceSerializer extends StdScalarSerializer<Cadence> {
    private static final long serialVersionUID = 1L;

    CadenceSerializer() {
      super(Cadence.class);
    }

    @Override
    public void serialize(Cadence value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(value.toString());
    }
  }

  /** Reads a cadence from an ISO-8601 period string with {@link Cadence#parse(String)}. */
  static final class CadenceDeserializer extends StdScalarDeserializer<Cadence> {
    private static final long serialVersionUID = 1L;

    CadenceDeserializer() {
      super(Cadence.class);
    }

    @Override
    public Cadence deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text =
          readString(p, ctxt, Cadence.class, "an ISO-8601 period as a string such as \"P3M\"");
      try {
        return Cadence.parse(text);
      } catch (InvalidModelException e) {
        InvalidFormatException error =
            invalid(p, text, Cadence.class, "is not a positive ISO-8601 period such as \"P3M\"");
        error.initCause(e);
        throw error;
      }
    }
  }

  /** The ISO-8601 periods the format accepts: upper case, years, months, weeks and days, no signs. */
  private static final java.util.regex.Pattern PERIOD =
      java.util.regex.Pattern.compile("P(?=[0-9])([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?");

  /** Writes a period as ISO-8601 text, e.g. {@code P1Y}. */
  static final class PeriodSerializer extends StdScalarSerializer<java.time.Period> {
    private static final long serialVersionUID = 1L;

    PeriodSerializer() {
      super(java.time.Period.class);
    }

    @Override
    public void serialize(java.time.Period value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(value.toString());
    }
  }

  /** Reads a period from ISO-8601 text such as {@code P1Y} or {@code P6M}, with no negative part. */
  static final class PeriodDeserializer extends StdScalarDeserializer<java.time.Period> {
    private static final long serialVersionUID = 1L;

    PeriodDeserializer() {
      super(java.time.Period.class);
    }

    @Override
    public java.time.Period deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      String text =
          readString(
              p, ctxt, java.time.Period.class, "an ISO-8601 period as a string such as \"P1Y\"");
      if (PERIOD.matcher(text).matches()) {
        try {
          return java.time.Period.parse(text);
        } catch (java.time.DateTimeException e) {
          // too large: reported below
        }
      }
      throw invalid(
          p, text, java.time.Period.class, "is not an ISO-8601 period such as \"P1Y\" or \"P0D\"");
    }
  }

  /** Writes a disaggregation dimension as a property name: its key. */
  static final class DimensionKeySerializer extends StdScalarSerializer<DisaggregationDimension> {
    private static final long serialVersionUID = 1L;

    DimensionKeySerializer() {
      super(DisaggregationDimension.class);
    }

    @Override
    public void serialize(
        DisaggregationDimension value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeFieldName(value.key());
    }
  }

  /** Reads a disaggregation dimension from a property name: its key. */
  static final class DimensionKeyDeserializer
      extends com.fasterxml.jackson.databind.KeyDeserializer {
    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      try {
        return DisaggregationDimension.of(key);
      } catch (InvalidModelException e) {
        return ctxt.handleWeirdKey(
            DisaggregationDimension.class, key, "is not a dimension key in lower-case snake case");
      }
    }
  }

  /** Writes a disaggregation dimension as its key, e.g. {@code race_ethnicity}. */
  static final class DimensionSerializer extends StdScalarSerializer<DisaggregationDimension> {
    private static final long serialVersionUID = 1L;

    DimensionSerializer() {
      super(DisaggregationDimension.class);
    }

    @Override
    public void serialize(
        DisaggregationDimension value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(value.key());
    }
  }

  /** Reads a disaggregation dimension from its key with {@link DisaggregationDimension#of(String)}. */
  static final class DimensionDeserializer extends StdScalarDeserializer<DisaggregationDimension> {
    private static final long serialVersionUID = 1L;

    DimensionDeserializer() {
      super(DisaggregationDimension.class);
    }

    @Override
    public DisaggregationDimension deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      String text =
          readString(
              p,
              ctxt,
              DisaggregationDimension.class,
              "a dimension key as a string such as \"race_ethnicity\"");
      try {
        return DisaggregationDimension.of(text);
      } catch (InvalidModelException e) {
        InvalidFormatException error =
            invalid(
                p,
                text,
                DisaggregationDimension.class,
                "is not a dimension key in lower-case snake case such as \"race_ethnicity\"");
        error.initCause(e);
        throw error;
      }
    }
  }

  /** The JSON name of an enum constant: its name in lower case, e.g. {@code k12_education}. */
  static String jsonName(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Writes an enum constant as its name in lower-case snake case.
   *
   * @param <E> the enum type
   */
  static final class EnumSerializer<E extends Enum<E>> extends StdScalarSerializer<E> {
    private static final long serialVersionUID = 1L;

    EnumSerializer(Class<E> type) {
      super(type);
    }

    @Override
    public void serialize(E value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(jsonName(value));
    }
  }

  /**
   * Reads an enum constant from its name in lower-case snake case, and from nothing else.
   *
   * @param <E> the enum type
   */
  static final class EnumDeserializer<E extends Enum<E>> extends StdScalarDeserializer<E> {
    private static final long serialVersionUID = 1L;

    private final Class<E> type;
    private final Map<String, E> byName = new HashMap<>();
    private final String expected;

    EnumDeserializer(Class<E> type) {
      super(type);
      this.type = type;
      StringJoiner names = new StringJoiner(", ");
      for (E constant : type.getEnumConstants()) {
        byName.put(jsonName(constant), constant);
        names.add(jsonName(constant));
      }
      this.expected = "one of " + names;
    }

    @Override
    public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text = readString(p, ctxt, type, "a string, " + expected);
      E constant = byName.get(text);
      if (constant == null) {
        throw invalid(p, text, type, "is not " + expected);
      }
      return constant;
    }
  }
}
