package io.github.collectiveimpact.json;

import static io.github.collectiveimpact.json.ReportFormat.ARGUMENTS;
import static io.github.collectiveimpact.json.ReportFormat.AS_OF;
import static io.github.collectiveimpact.json.ReportFormat.CATEGORIES;
import static io.github.collectiveimpact.json.ReportFormat.CATEGORY;
import static io.github.collectiveimpact.json.ReportFormat.CONDITION;
import static io.github.collectiveimpact.json.ReportFormat.COUNTS_BY_CATEGORY;
import static io.github.collectiveimpact.json.ReportFormat.COUNTS_BY_SEVERITY;
import static io.github.collectiveimpact.json.ReportFormat.FAILED_RULE_IDS;
import static io.github.collectiveimpact.json.ReportFormat.FINDINGS;
import static io.github.collectiveimpact.json.ReportFormat.INITIATIVE_ID;
import static io.github.collectiveimpact.json.ReportFormat.INITIATIVE_NAME;
import static io.github.collectiveimpact.json.ReportFormat.MESSAGE;
import static io.github.collectiveimpact.json.ReportFormat.PASSED_RULE_IDS;
import static io.github.collectiveimpact.json.ReportFormat.PATH;
import static io.github.collectiveimpact.json.ReportFormat.PATHS;
import static io.github.collectiveimpact.json.ReportFormat.RULE_ID;
import static io.github.collectiveimpact.json.ReportFormat.SCHEMA_VERSION;
import static io.github.collectiveimpact.json.ReportFormat.SEVERITY;
import static io.github.collectiveimpact.json.ReportFormat.SOURCE;
import static io.github.collectiveimpact.json.ReportFormat.SUMMARY;
import static io.github.collectiveimpact.json.ReportFormat.VALID;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.collectiveimpact.json.ValueCodecs.EnumDeserializer;
import io.github.collectiveimpact.json.ValueCodecs.IsoDateDeserializer;
import io.github.collectiveimpact.model.Condition;
import io.github.collectiveimpact.validation.Category;
import io.github.collectiveimpact.validation.CategorySummary;
import io.github.collectiveimpact.validation.Finding;
import io.github.collectiveimpact.validation.Severity;
import io.github.collectiveimpact.validation.ValidationReport;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@link ValidationReport} written by {@link ReportSerializer}.
 *
 * <p>Besides the types, it checks what {@link ValidationReport#of} would refuse (two summaries of one
 * category, a rule both passed and failed, a finding whose rule is not among its category's failed rules)
 * and that the derived properties ({@code valid}, the counts, a finding's {@code condition}), which a
 * producer may leave out, agree with the findings when they are present; each problem is reported at its
 * own JSON Pointer.
 */
final class ReportDeserializer extends StdDeserializer<ValidationReport> {
  private static final long serialVersionUID = 1L;

  private static final Known REPORT =
      new Known(SCHEMA_VERSION, INITIATIVE_ID, INITIATIVE_NAME, AS_OF, VALID, SUMMARY, FINDINGS);
  private static final Known SUMMARY_OBJECT =
      new Known(COUNTS_BY_SEVERITY, COUNTS_BY_CATEGORY, CATEGORIES);
  private static final Known CATEGORY_OBJECT =
      new Known(CATEGORY, PASSED_RULE_IDS, FAILED_RULE_IDS);
  private static final Known FINDING_OBJECT =
      new Known(RULE_ID, CATEGORY, CONDITION, SEVERITY, PATH, PATHS, MESSAGE, ARGUMENTS, SOURCE);

  private static final EnumDeserializer<Category> CATEGORY_VALUES =
      new EnumDeserializer<>(Category.class);
  private static final EnumDeserializer<Severity> SEVERITY_VALUES =
      new EnumDeserializer<>(Severity.class);
  private static final EnumDeserializer<Condition> CONDITION_VALUES =
      new EnumDeserializer<>(Condition.class);
  private static final IsoDateDeserializer DATES = new IsoDateDeserializer();

  ReportDeserializer() {
    super(ValidationReport.class);
  }

  @Override
  public Collection<Object> getKnownPropertyNames() {
    return REPORT.getKnownPropertyNames();
  }

  @Override
  public ValidationReport deserialize(JsonParser p, DeserializationContext ctxt)
      throws IOException {
    Draft d = new Draft();
    readObject(
        p,
        ctxt,
        REPORT,
        name -> {
          switch (name) {
            case SCHEMA_VERSION:
              SchemaVersion.read(p, ctxt, ValidationReport.class);
              return true;
            case INITIATIVE_ID:
              d.initiativeId = string(p, ctxt);
              return true;
            case INITIATIVE_NAME:
              d.initiativeName = string(p, ctxt);
              return true;
            case AS_OF:
              d.asOf = DATES.deserialize(p, ctxt);
              return true;
            case VALID:
              d.validAt = p.currentTokenLocation();
              d.valid = bool(p, ctxt);
              return true;
            case SUMMARY:
              readSummary(p, ctxt, d);
              return true;
            case FINDINGS:
              readArray(p, ctxt, i -> d.findings.add(readFinding(p, ctxt)));
              return true;
            default:
              return false;
          }
        },
        SCHEMA_VERSION,
        INITIATIVE_ID,
        INITIATIVE_NAME,
        AS_OF,
        SUMMARY,
        FINDINGS);
    return d.build();
  }

  private static void readSummary(JsonParser p, DeserializationContext ctxt, Draft d)
      throws IOException {
    readObject(
        p,
        ctxt,
        SUMMARY_OBJECT,
        name -> {
          switch (name) {
            case COUNTS_BY_SEVERITY:
              d.bySeverity = readCounts(p, ctxt, Severity.class);
              return true;
            case COUNTS_BY_CATEGORY:
              d.byCategory = readCounts(p, ctxt, Category.class);
              return true;
            case CATEGORIES:
              readArray(p, ctxt, i -> d.summaries.add(readCategory(p, ctxt)));
              return true;
            default:
              return false;
          }
        },
        CATEGORIES);
  }

  private static SummaryDraft readCategory(JsonParser p, DeserializationContext ctxt)
      throws IOException {
    SummaryDraft s = new SummaryDraft();
    readObject(
        p,
        ctxt,
        CATEGORY_OBJECT,
        name -> {
          switch (name) {
            case CATEGORY:
              s.categoryAt = p.currentTokenLocation();
              s.category = CATEGORY_VALUES.deserialize(p, ctxt);
              return true;
            case PASSED_RULE_IDS:
              s.passed = strings(p, ctxt, null);
              return true;
            case FAILED_RULE_IDS:
              s.failedAt = new ArrayList<>();
              s.failed = strings(p, ctxt, s.failedAt);
              return true;
            default:
              return false;
          }
        },
        CATEGORY,
        PASSED_RULE_IDS,
        FAILED_RULE_IDS);
    return s;
  }

  private static FindingDraft readFinding(JsonParser p, DeserializationContext ctxt)
      throws IOException {
    FindingDraft f = new FindingDraft();
    readObject(
        p,
        ctxt,
        FINDING_OBJECT,
        name -> {
          switch (name) {
            case RULE_ID:
              f.ruleIdAt = p.currentTokenLocation();
              f.ruleId = string(p, ctxt);
              return true;
            case CATEGORY:
              f.category = CATEGORY_VALUES.deserialize(p, ctxt);
              return true;
            case CONDITION:
              f.conditionAt = p.currentTokenLocation();
              f.condition = CONDITION_VALUES.deserialize(p, ctxt);
              return true;
            case SEVERITY:
              f.severity = SEVERITY_VALUES.deserialize(p, ctxt);
              return true;
            case PATH:
              f.pathAt = p.currentTokenLocation();
              f.path = string(p, ctxt);
              return true;
            case PATHS:
              f.pathsAt = p.currentTokenLocation();
              f.paths = strings(p, ctxt, null);
              return true;
            case MESSAGE:
              f.message = string(p, ctxt);
              return true;
            case ARGUMENTS:
              f.arguments = strings(p, ctxt, null);
              return true;
            case SOURCE:
              f.source = string(p, ctxt);
              return true;
            default:
              return false;
          }
        },
        RULE_ID,
        CATEGORY,
        SEVERITY,
        PATH,
        MESSAGE,
        ARGUMENTS,
        SOURCE);
    return f;
  }

  /** Counts keyed by the JSON names of an enum's constants. */
  private static <E extends Enum<E>> Counts<E> readCounts(
      JsonParser p, DeserializationContext ctxt, Class<E> type) throws IOException {
    Map<String, E> byName = new LinkedHashMap<>();
    for (E constant : type.getEnumConstants()) {
      byName.put(ValueCodecs.jsonName(constant), constant);
    }
    Counts<E> counts = new Counts<>(type, p.currentTokenLocation());
    Known known = new Known(byName.keySet().toArray(new String[0]));
    readObject(
        p,
        ctxt,
        known,
        name -> {
          E constant = byName.get(name);
          if (constant == null) {
            return false;
          }
          counts.locations.put(constant, p.currentTokenLocation());
          if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            ctxt.reportInputMismatch(
                Integer.class,
                "expected a whole number but found %s",
                ValueCodecs.describe(p.currentToken()));
          }
          counts.values.put(constant, p.getIntValue());
          return true;
        });
    return counts;
  }

  private static String string(JsonParser p, DeserializationContext ctxt) throws IOException {
    return ValueCodecs.readString(p, ctxt, String.class, "a string");
  }

  private static boolean bool(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      ctxt.reportInputMismatch(
          Boolean.class, "expected true or false but found %s", ValueCodecs.describe(t));
    }
    return t == JsonToken.VALUE_TRUE;
  }

  /** An array of strings; records each element's location if asked. */
  private static List<String> strings(
      JsonParser p, DeserializationContext ctxt, List<JsonLocation> locations) throws IOException {
    List<String> values = new ArrayList<>();
    readArray(
        p,
        ctxt,
        i -> {
          if (locations != null) {
            locations.add(p.currentTokenLocation());
          }
          values.add(string(p, ctxt));
        });
    return values;
  }

  /** Reads the fields of an object; an exception from a field gets the field's name on its path. */
  private static void readObject(
      JsonParser p, DeserializationContext ctxt, Known known, Fields fields, String... required)
      throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      ctxt.reportInputMismatch(
          Object.class, "expected an object but found %s", ValueCodecs.describe(p.currentToken()));
    }
    JsonLocation start = p.currentTokenLocation();
    Set<String> seen = new HashSet<>();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      boolean read;
      try {
        read = fields.read(name);
      } catch (JsonMappingException e) {
        throw JsonMappingException.wrapWithPath(e, ValidationReport.class, name);
      }
      if (read) {
        seen.add(name);
      } else {
        ctxt.handleUnknownProperty(p, known, ValidationReport.class, name);
      }
    }
    for (String name : required) {
      if (!seen.contains(name)) {
        throw problem("missing required property \"" + name + "\"", start, name);
      }
    }
  }

  /** Reads the elements of an array; an exception from an element gets its index on its path. */
  private static void readArray(JsonParser p, DeserializationContext ctxt, Elements elements)
      throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      ctxt.reportInputMismatch(
          List.class, "expected an array but found %s", ValueCodecs.describe(p.currentToken()));
    }
    int index = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      try {
        elements.read(index);
      } catch (JsonMappingException e) {
        throw JsonMappingException.wrapWithPath(e, ValidationReport.class, index);
      }
      index++;
    }
  }

  /** A problem found at a location, with its JSON Pointer relative to the report given by segments. */
  static LocatedProblem problem(String message, JsonLocation location, Object... path) {
    LocatedProblem error = new LocatedProblem(null, message, location);
    for (int i = path.length - 1; i >= 0; i--) {
      if (path[i] instanceof Integer) {
        error.prependPath(ValidationReport.class, ((Integer) path[i]).intValue());
      } else {
        error.prependPath(ValidationReport.class, (String) path[i]);
      }
    }
    return error;
  }

  /** Reads one field's value; returns false for an unknown name. */
  private interface Fields {
    boolean read(String name) throws IOException;
  }

  /** Reads the array element at the parser's current token. */
  private interface Elements {
    void read(int index) throws IOException;
  }

  /** Names the known properties of an object for the error on an unknown one. */
  private static final class Known extends JsonDeserializer<Object> {
    private final List<Object> names;

    Known(String... names) {
      this.names = List.of((Object[]) names);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      throw new UnsupportedOperationException("only names the known properties");
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
      return names;
    }
  }

  /** Counts read from the summary, with the location of each. */
  private static final class Counts<E extends Enum<E>> {
    final JsonLocation start;
    final Map<E, Integer> values;
    final Map<E, JsonLocation> locations;

    Counts(Class<E> type, JsonLocation start) {
      this.start = start;
      this.values = new EnumMap<>(type);
      this.locations = new EnumMap<>(type);
    }

    /** Checks the counts against those of the report; names the first that differs or is missing. */
    void check(Map<E, Integer> actual, String property, String noun) throws LocatedProblem {
      for (Map.Entry<E, Integer> count : actual.entrySet()) {
        String key = ValueCodecs.jsonName(count.getKey());
        Integer stated = values.get(count.getKey());
        if (stated == null) {
          throw problem(
              "missing the count of " + noun + " \"" + key + "\"", start, SUMMARY, property);
        }
        if (!stated.equals(count.getValue())) {
          throw problem(
              "the count "
                  + stated
                  + " does not match the "
                  + count.getValue()
                  + " findings of "
                  + noun
                  + " \""
                  + key
                  + "\"",
              locations.get(count.getKey()),
              SUMMARY,
              property,
              key);
        }
      }
    }
  }

  /** A category summary as read. */
  private static final class SummaryDraft {
    Category category;
    JsonLocation categoryAt;
    List<String> passed;
    List<String> failed;
    private Set<String> failedSet;

    /** The failed rule ids as a set, made once, so that checking every finding stays linear. */
    Set<String> failedSet() {
      if (failedSet == null) {
        failedSet = new HashSet<>(failed);
      }
      return failedSet;
    }

    List<JsonLocation> failedAt;
  }

  /** A finding as read. */
  private static final class FindingDraft {
    String ruleId;
    JsonLocation ruleIdAt;
    Category category;
    Condition condition;
    JsonLocation conditionAt;
    Severity severity;
    String path;
    JsonLocation pathAt;
    List<String> paths = List.of();
    JsonLocation pathsAt;
    String message;
    List<String> arguments;
    String source;
  }

  /** The report as read, before its consistency is checked. */
  private static final class Draft {
    String initiativeId;
    String initiativeName;
    LocalDate asOf;
    Boolean valid;
    JsonLocation validAt;
    Counts<Severity> bySeverity;
    Counts<Category> byCategory;
    final List<SummaryDraft> summaries = new ArrayList<>();
    final List<FindingDraft> findings = new ArrayList<>();

    ValidationReport build() throws LocatedProblem {
      Map<Category, SummaryDraft> byCategoryOf = new LinkedHashMap<>();
      List<CategorySummary> parts = new ArrayList<>();
      for (int i = 0; i < summaries.size(); i++) {
        SummaryDraft s = summaries.get(i);
        if (byCategoryOf.put(s.category, s) != null) {
          throw problem(
              "a second summary of category \"" + ValueCodecs.jsonName(s.category) + "\"",
              s.categoryAt,
              SUMMARY,
              CATEGORIES,
              i,
              CATEGORY);
        }
        Set<String> passed = new HashSet<>(s.passed);
        for (int j = 0; j < s.failed.size(); j++) {
          if (passed.contains(s.failed.get(j))) {
            throw problem(
                "rule \"" + s.failed.get(j) + "\" is both passed and failed",
                s.failedAt.get(j),
                SUMMARY,
                CATEGORIES,
                i,
                FAILED_RULE_IDS,
                j);
          }
        }
        parts.add(new CategorySummary(s.category, s.passed, s.failed));
      }
      List<Finding> built = new ArrayList<>();
      for (int i = 0; i < findings.size(); i++) {
        FindingDraft f = findings.get(i);
        SummaryDraft s = byCategoryOf.get(f.category);
        if (s == null || !s.failedSet().contains(f.ruleId)) {
          throw problem(
              "rule \""
                  + f.ruleId
                  + "\" is not among the failed rules of category \""
                  + ValueCodecs.jsonName(f.category)
                  + "\" in the summary",
              f.ruleIdAt,
              FINDINGS,
              i,
              RULE_ID);
        }
        if (f.condition != null && f.category.condition().orElse(null) != f.condition) {
          throw problem(
              "condition \""
                  + ValueCodecs.jsonName(f.condition)
                  + "\" does not match category \""
                  + ValueCodecs.jsonName(f.category)
                  + "\"",
              f.conditionAt,
              FINDINGS,
              i,
              CONDITION);
        }
        if (!f.path.isEmpty() && !f.path.startsWith("/")) {
          throw problem(
              ValueCodecs.quote(f.path) + " is not a JSON Pointer", f.pathAt, FINDINGS, i, PATH);
        }
        for (String element : f.paths) {
          if (!element.isEmpty() && !element.startsWith("/")) {
            throw problem(
                ValueCodecs.quote(element) + " is not a JSON Pointer",
                f.pathsAt,
                FINDINGS,
                i,
                PATHS);
          }
        }
        built.add(
            new Finding(
                f.ruleId,
                f.category,
                f.severity,
                f.path,
                f.paths,
                f.message,
                f.arguments,
                f.source));
      }
      ValidationReport report =
          ValidationReport.of(initiativeId, initiativeName, asOf, parts, built);
      if (valid != null && valid != report.isValid()) {
        throw problem(
            "\"valid\" is "
                + valid
                + " but the findings "
                + (report.isValid() ? "have no" : "have an")
                + " error",
            validAt,
            VALID);
      }
      if (bySeverity != null) {
        bySeverity.check(report.countsBySeverity(), COUNTS_BY_SEVERITY, "severity");
      }
      if (byCategory != null) {
        byCategory.check(report.countsByCategory(), COUNTS_BY_CATEGORY, "category");
      }
      return report;
    }
  }
}
