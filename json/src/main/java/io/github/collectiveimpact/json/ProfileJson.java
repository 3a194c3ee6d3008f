package io.github.collectiveimpact.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.github.collectiveimpact.json.format.InitiativeFormatException;
import io.github.collectiveimpact.validation.BuiltInRules;
import io.github.collectiveimpact.validation.Profile;
import io.github.collectiveimpact.validation.RuleDescriptor;
import io.github.collectiveimpact.validation.Severity;
import io.github.collectiveimpact.validation.Threshold;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads a network's profile document: the requirements a network states for its member initiatives, as
 * JSON, read into a {@link Profile} to apply with {@code Validator.builder().profile(profile)}.
 *
 * <h2>The profile document</h2>
 *
 * <pre>{@code
 * {
 *   "schemaVersion": "1.0",
 *   "name": "Eastside Promise network",
 *   "description": "What members of the network report.",
 *   "requiredIndicatorCodes": {
 *     "ruleId": "NET-001",
 *     "catalogue": "promise_neighborhoods_gpra",
 *     "codes": ["PN-01", "PN-02"],
 *     "source": "The network's membership agreement"
 *   },
 *   "thresholds": { "minSectors": 4, "freshnessGrace": "P6M" },
 *   "severities": { "CA-014": "warning", "NET-001": "error" },
 *   "disabledRules": ["BB-005"]
 * }
 * }</pre>
 *
 * <p>{@code schemaVersion} ({@code "1.x"}) and {@code name} are required; everything else is optional.
 * {@code requiredIndicatorCodes} adds a rule that every member carries an indicator with each of the codes
 * of an external catalogue ({@link Profile.Builder#requireIndicatorCodes}); its {@code ruleId} defaults
 * to {@value #DEFAULT_RULE_ID} and its {@code source} to the profile's name. {@code thresholds} are keyed
 * by {@link Threshold#name()}: a count is a whole number, a share a number from 0 to 1, a period an
 * ISO-8601 period ({@code "P3M"}). {@code severities} and {@code disabledRules} name built-in rules or the
 * profile's own, with severities in lower case ({@code error}, {@code warning}, {@code info}). The JSON
 * Schema of the document is {@link #schema()}.
 *
 * <p>Reading is strict: an unknown or duplicate property, a value of the wrong type or {@code null}, an
 * unknown rule id, an unknown threshold, a value out of a threshold's range, a bad severity, a missing
 * required property, malformed JSON or content after the document, each gives an {@link
 * InitiativeFormatException} with the JSON Pointer, line and column of the offending value, and a problem
 * in the reader's language (English or Japanese). An instance is immutable and thread-safe.
 */
public final class ProfileJson {
  /** The version of the profile document this library writes in its examples, {@value}. */
  public static final String SCHEMA_VERSION = "1.0";

  /** The class-path location of the JSON Schema (draft 2020-12) of the profile document, {@value}. */
  public static final String SCHEMA_RESOURCE =
      "/io/github/collectiveimpact/json/profile.schema.json";

  /** The rule id of {@code requiredIndicatorCodes} when the document names none, {@value}. */
  public static final String DEFAULT_RULE_ID = "NET-001";

  private static final String BUNDLE = "io.github.collectiveimpact.json.ProfileMessages";
  private static final Pattern SCHEMA_VERSION_PATTERN = Pattern.compile("1\\.(0|[1-9][0-9]{0,8})");
  private static final Pattern PERIOD =
      Pattern.compile("P(?=[0-9])([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?");
  private static final long MAX_DOCUMENT_SIZE = 16L * 1024 * 1024;
  private static final List<String> TOP =
      List.of(
          "schemaVersion",
          "name",
          "description",
          "requiredIndicatorCodes",
          "thresholds",
          "severities",
          "disabledRules");
  private static final List<String> REQUIRED_CODES =
      List.of("ruleId", "catalogue", "codes", "source");

  private final Locale locale;
  private final JsonFactory factory;

  private ProfileJson(Locale locale) {
    this.locale =
        Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? Locale.JAPANESE : Locale.ROOT;
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(16)
                    .maxDocumentLength(MAX_DOCUMENT_SIZE)
                    .build())
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
  }

  /**
   * A reader whose problems are in English.
   *
   * @return the reader
   */
  public static ProfileJson create() {
    return new ProfileJson(Locale.ROOT);
  }

  /**
   * A reader whose problems are in the language of a locale: Japanese for any locale whose language is
   * Japanese, else English.
   *
   * @param locale the locale
   * @return the reader
   */
  public static ProfileJson of(Locale locale) {
    return new ProfileJson(Objects.requireNonNull(locale, "locale"));
  }

  /**
   * The language of this reader's problems: {@link Locale#JAPANESE} or {@link Locale#ROOT} (English).
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Reads a profile document from a file, as UTF-8.
   *
   * @param file the file
   * @return the profile
   * @throws InitiativeFormatException if the document is not a valid profile document
   * @throws IOException if the file cannot be read
   */
  public Profile read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in);
    }
  }

  /**
   * Reads a profile document.
   *
   * @param json the document
   * @return the profile
   * @throws InitiativeFormatException if the document is not a valid profile document
   */
  public Profile read(String json) throws InitiativeFormatException {
    Objects.requireNonNull(json, "json");
    try {
      return read(new StringReader(json));
    } catch (InitiativeFormatException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a profile document from a reader, which it does not close.
   *
   * @param json the document
   * @return the profile
   * @throws InitiativeFormatException if the document is not a valid profile document
   * @throws IOException if the reader fails
   */
  public Profile read(Reader json) throws IOException {
    Objects.requireNonNull(json, "json");
    Reading reading = new Reading();
    try (JsonParser parser = factory.createParser(json)) {
      reading.parser = parser;
      return reading.document();
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new InitiativeFormatException(
          reading.pointer,
          at == null ? -1 : at.getLineNr(),
          at == null ? -1 : at.getColumnNr(),
          text("malformed", e.getOriginalMessage()),
          e);
    } catch (CharacterCodingException e) {
      throw new InitiativeFormatException("", -1, -1, text("encoding"), e);
    }
  }

  /**
   * The JSON Schema (draft 2020-12) of the profile document, as shipped at {@link #SCHEMA_RESOURCE}. It
   * lists the properties, types, threshold names and severities; the reader checks besides that rule ids
   * name rules that exist and that threshold values are in range.
   *
   * @return the schema's text
   */
  public static String schema() {
    try (InputStream in = ProfileJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String text(String key, Object... arguments) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** A rule id named by the document, where it was named. */
  private static final class Named {
    final String id;
    final String pointer;
    final JsonLocation location;
    final Severity severity;

    Named(String id, String pointer, JsonLocation location, Severity severity) {
      this.id = id;
      this.pointer = pointer;
      this.location = location;
      this.severity = severity;
    }
  }

  /** The state of one reading: the parser and the pointer of the value being read. */
  private final class Reading {
    JsonParser parser;
    String pointer = "";
    private final List<Named> severities = new ArrayList<>();
    private final List<Named> disabled = new ArrayList<>();
    private final Map<Threshold<?>, Object> thresholds = new LinkedHashMap<>();
    private final Map<Threshold<?>, Named> thresholdPlaces = new LinkedHashMap<>();
    private String name;
    private String description = "";
    private String ruleId;
    private String catalogue;
    private List<String> codes;
    private String source;
    private JsonLocation ruleIdLocation;

    private InitiativeFormatException problem(
        String at, JsonLocation location, String key, Object... arguments) {
      return new InitiativeFormatException(
          at,
          location == null ? -1 : location.getLineNr(),
          location == null ? -1 : location.getColumnNr(),
          text(key, arguments),
          null);
    }

    private JsonLocation here() {
      return parser.currentTokenLocation();
    }

    private String found(JsonToken token) {
      if (token == null) {
        return text("token.end");
      }
      switch (token) {
        case START_OBJECT:
          return text("token.object");
        case START_ARRAY:
          return text("token.array");
        case VALUE_STRING:
          return text("token.string");
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return text("token.number");
        case VALUE_TRUE:
        case VALUE_FALSE:
          return text("token.boolean");
        case VALUE_NULL:
          return text("token.null");
        default:
          return token.asString() == null ? token.name() : token.asString();
      }
    }

    private void expect(JsonToken token, String what) throws InitiativeFormatException {
      if (parser.currentToken() != token) {
        throw problem(pointer, here(), "expected", text(what), found(parser.currentToken()));
      }
    }

    private String string() throws IOException {
      expect(JsonToken.VALUE_STRING, "token.string");
      return parser.getText();
    }

    private String nonBlank() throws IOException {
      String value = string();
      if (value.isBlank()) {
        throw problem(pointer, here(), "blank");
      }
      return value;
    }

    /**
     * Reads the fields of the object at the current token: for each, sets the pointer, moves to its value
     * and calls the handler; refuses duplicates and properties not in {@code allowed} (all if null).
     */
    private void fields(List<String> allowed, FieldHandler handler) throws IOException {
      expect(JsonToken.START_OBJECT, "token.object");
      String base = pointer;
      Set<String> seen = new HashSet<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonLocation nameLocation = here();
        pointer = base + "/" + escape(field);
        if (!seen.add(field)) {
          throw problem(pointer, nameLocation, "duplicate", field);
        }
        if (allowed != null && !allowed.contains(field)) {
          throw problem(
              pointer, nameLocation, "unknownProperty", field, String.join(", ", allowed));
        }
        parser.nextToken();
        handler.field(field, nameLocation);
        pointer = base;
      }
      pointer = base;
    }

    Profile document() throws IOException {
      if (parser.nextToken() == null) {
        throw problem("", null, "empty");
      }
      JsonLocation start = here();
      String[] version = {null};
      fields(
          TOP,
          (field, at) -> {
            switch (field) {
              case "schemaVersion":
                version[0] = string();
                if (!SCHEMA_VERSION_PATTERN.matcher(version[0]).matches()) {
                  throw problem(pointer, here(), "schemaVersion", version[0]);
                }
                break;
              case "name":
                name = nonBlank();
                break;
              case "description":
                description = string();
                break;
              case "requiredIndicatorCodes":
                requiredIndicatorCodes();
                break;
              case "thresholds":
                thresholds();
                break;
              case "severities":
                severities();
                break;
              default: // disabledRules
                disabledRules();
                break;
            }
          });
      if (parser.nextToken() != null) {
        throw problem("", here(), "trailing");
      }
      if (version[0] == null) {
        throw problem("/schemaVersion", start, "missing", "schemaVersion");
      }
      if (name == null) {
        throw problem("/name", start, "missing", "name");
      }
      return build();
    }

    private void requiredIndicatorCodes() throws IOException {
      JsonLocation start = here();
      String base = pointer;
      fields(
          REQUIRED_CODES,
          (field, at) -> {
            switch (field) {
              case "ruleId":
                ruleIdLocation = here();
                ruleId = string();
                checkRuleIdForm(ruleId, pointer, ruleIdLocation);
                break;
              case "catalogue":
                catalogue = nonBlank();
                break;
              case "source":
                source = nonBlank();
                break;
              default: // codes
                codes = new ArrayList<>();
                expect(JsonToken.START_ARRAY, "token.array");
                String array = pointer;
                JsonLocation arrayStart = here();
                int i = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                  pointer = array + "/" + i++;
                  codes.add(nonBlank());
                }
                pointer = array;
                if (codes.isEmpty()) {
                  throw problem(pointer, arrayStart, "noCodes");
                }
                break;
            }
          });
      if (catalogue == null) {
        throw problem(base + "/catalogue", start, "missing", "catalogue");
      }
      if (codes == null) {
        throw problem(base + "/codes", start, "missing", "codes");
      }
      if (ruleId == null) {
        ruleId = DEFAULT_RULE_ID;
      }
    }

    private void checkRuleIdForm(String id, String at, JsonLocation location)
        throws InitiativeFormatException {
      try {
        RuleDescriptor.of(
            id,
            io.github.collectiveimpact.validation.Category.STRUCTURE,
            Severity.INFO,
            "t",
            "r",
            "s");
      } catch (IllegalArgumentException e) {
        throw problem(at, location, "badRuleId", id);
      }
    }

    private void thresholds() throws IOException {
      List<String> names = new ArrayList<>();
      for (Threshold<?> t : Threshold.all()) {
        names.add(t.name());
      }
      fields(
          null,
          (field, at) -> {
            Threshold<?> threshold = null;
            for (Threshold<?> t : Threshold.all()) {
              if (t.name().equals(field)) {
                threshold = t;
              }
            }
            if (threshold == null) {
              throw problem(pointer, at, "unknownThreshold", field, String.join(", ", names));
            }
            JsonLocation valueAt = here();
            Object value = thresholdValue(threshold);
            try {
              put(Profile.builder("check"), threshold, value);
            } catch (IllegalArgumentException e) {
              throw problem(pointer, valueAt, "outOfRange", parser.getText(), field);
            }
            thresholds.put(threshold, value);
            thresholdPlaces.put(threshold, new Named(field, pointer, valueAt, null));
          });
    }

    private Object thresholdValue(Threshold<?> threshold) throws IOException {
      JsonToken token = parser.currentToken();
      if (threshold.type() == Integer.class) {
        if (token != JsonToken.VALUE_NUMBER_INT
            || parser.getNumberType() != JsonParser.NumberType.INT) {
          throw problem(pointer, here(), "expected", text("token.integer"), found(token));
        }
        return parser.getIntValue();
      }
      if (threshold.type() == Double.class) {
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
          throw problem(pointer, here(), "expected", text("token.number"), found(token));
        }
        return parser.getDoubleValue();
      }
      String text = string();
      if (!PERIOD.matcher(text).matches()) {
        throw problem(pointer, here(), "badPeriod", text);
      }
      try {
        return Period.parse(text);
      } catch (DateTimeParseException e) {
        throw problem(pointer, here(), "badPeriod", text);
      }
    }

    private void severities() throws IOException {
      fields(
          null,
          (field, at) -> {
            String value = string();
            Severity severity = null;
            for (Severity s : Severity.values()) {
              if (s.name().toLowerCase(Locale.ROOT).equals(value)) {
                severity = s;
              }
            }
            if (severity == null) {
              throw problem(pointer, here(), "badSeverity", value);
            }
            severities.add(new Named(field, pointer, at, severity));
          });
    }

    private void disabledRules() throws IOException {
      expect(JsonToken.START_ARRAY, "token.array");
      String array = pointer;
      Set<String> seen = new HashSet<>();
      int i = 0;
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        pointer = array + "/" + i++;
        JsonLocation at = here();
        String id = string();
        if (!seen.add(id)) {
          throw problem(pointer, at, "duplicateRule", id);
        }
        disabled.add(new Named(id, pointer, at, null));
      }
      pointer = array;
    }

    private Profile build() throws InitiativeFormatException {
      Set<String> known = new TreeSet<>();
      for (RuleDescriptor d : BuiltInRules.descriptors()) {
        known.add(d.id());
      }
      Profile.Builder builder = Profile.builder(name).description(description);
      if (codes != null) {
        if (known.contains(ruleId)) {
          throw problem("/requiredIndicatorCodes/ruleId", ruleIdLocation, "builtInRuleId", ruleId);
        }
        known.add(ruleId);
        builder.requireIndicatorCodes(ruleId, catalogue, codes, source != null ? source : name);
      }
      for (Map.Entry<Threshold<?>, Object> t : thresholds.entrySet()) {
        put(builder, t.getKey(), t.getValue());
      }
      for (Named n : severities) {
        if (!known.contains(n.id)) {
          throw problem(n.pointer, n.location, "unknownRule", n.id);
        }
        builder.severity(n.id, n.severity);
      }
      for (Named n : disabled) {
        if (!known.contains(n.id)) {
          throw problem(n.pointer, n.location, "unknownRule", n.id);
        }
        builder.disable(n.id);
      }
      return builder.build();
    }
  }

  private static <T> void put(Profile.Builder builder, Threshold<T> threshold, Object value) {
    builder.threshold(threshold, threshold.type().cast(value));
  }

  /** Reads the value of one property of an object. */
  @FunctionalInterface
  private interface FieldHandler {
    void field(String name, JsonLocation nameLocation) throws IOException;
  }
}
