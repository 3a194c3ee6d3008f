package io.github.collectiveimpact.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import io.github.collectiveimpact.assessment.AssessedCondition;
import io.github.collectiveimpact.assessment.Confidence;
import io.github.collectiveimpact.assessment.Gateway;
import io.github.collectiveimpact.assessment.Lens;
import io.github.collectiveimpact.assessment.Phase;
import io.github.collectiveimpact.assessment.Rating;
import io.github.collectiveimpact.json.ValueCodecs.IsoDateDeserializer;
import io.github.collectiveimpact.model.Condition;
import io.github.collectiveimpact.model.DisaggregationDimension;
import io.github.collectiveimpact.results.GapChange;
import io.github.collectiveimpact.results.Movement;
import io.github.collectiveimpact.results.TargetStatus;
import io.github.collectiveimpact.results.Trend;
import io.github.collectiveimpact.validation.Category;
import io.github.collectiveimpact.validation.Severity;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.List;

/**
 * The validation report document as it is read: plain classes that Jackson binds field by field, one per
 * object of the format, with the types, unknown properties and nulls checked by Jackson as for the
 * initiative. {@link ReportReading} checks that the required properties are there, turns the document into
 * a {@link io.github.collectiveimpact.validation.ValidationReport} and checks what the parts must agree
 * on. Every object records where it starts ({@link Starts}), and values that a consistency problem may be
 * about are {@link Located}, so that a problem is reported where the value or its object is.
 */
final class ReportDocument {
  private ReportDocument() {}

  /** The report object, the document's root. */
  @Dto
  static final class Report extends Part {
    @JsonProperty("schemaVersion")
    @JsonDeserialize(using = Version.class)
    String schemaVersion;

    @JsonProperty("initiativeId")
    @OwnNulls
    @JsonDeserialize(using = Text.class)
    String initiativeId;

    @JsonProperty("initiativeName")
    @OwnNulls
    @JsonDeserialize(using = Text.class)
    String initiativeName;

    @JsonProperty("asOf")
    @JsonDeserialize(using = IsoDateDeserializer.class)
    LocalDate asOf;

    @JsonProperty("valid")
    Located<Boolean> valid;

    @JsonProperty("summary")
    SummaryDocument summary;

    @JsonProperty("findings")
    List<FindingDocument> findings;

    @JsonProperty("results")
    ResultsDocument results;

    @JsonProperty("assessment")
    AssessmentDocument assessment;
  }

  /** The assessment section. */
  @Dto
  static final class AssessmentDocument extends Part {
    @JsonProperty("lenses")
    List<LensDocument> lenses;

    @JsonProperty("stage")
    StageDocument stage;
  }

  /** The conditions of one lens. */
  @Dto
  static final class LensDocument extends Part {
    @JsonProperty("lens")
    Lens lens;

    @JsonProperty("conditions")
    List<ConditionDocument> conditions;
  }

  /** One condition, rated. */
  @Dto
  static final class ConditionDocument extends Part {
    @JsonProperty("condition")
    AssessedCondition condition;

    @JsonProperty("level")
    Integer level;

    @JsonProperty("rating")
    Rating rating;

    @JsonProperty("label")
    String label;

    @JsonProperty("confidence")
    Confidence confidence;

    @JsonProperty("evidence")
    List<EvidenceDocument> evidence;

    @JsonProperty("nextSteps")
    List<NextStepDocument> nextSteps;
  }

  /** A criterion met, where. */
  @Dto
  static final class EvidenceDocument extends Part {
    @JsonProperty("path")
    String path;

    @JsonProperty("message")
    String message;
  }

  /** What would raise a condition. */
  @Dto
  static final class NextStepDocument extends Part {
    @JsonProperty("action")
    String action;

    @JsonProperty("reason")
    String reason;

    @JsonProperty("source")
    String source;
  }

  /** The stage estimate. */
  @Dto
  static final class StageDocument extends Part {
    @JsonProperty("phase")
    Phase phase;

    @JsonProperty("gateway")
    Gateway gateway;

    @JsonProperty("basis")
    String basis;
  }

  /** The results section. */
  @Dto
  static final class ResultsDocument extends Part {
    @JsonProperty("indicators")
    List<IndicatorDocument> indicators;

    @JsonProperty("summary")
    ResultsSummaryDocument summary;
  }

  /** The results of one indicator. */
  @Dto
  static final class IndicatorDocument extends Part {
    @JsonProperty("indicatorId")
    @OwnNulls
    @JsonDeserialize(using = Text.class)
    String indicatorId;

    @JsonProperty("latest")
    PointDocument latest;

    @JsonProperty("sinceBaseline")
    Movement sinceBaseline;

    @JsonProperty("changeSinceBaseline")
    ChangeDocument changeSinceBaseline;

    @JsonProperty("trend")
    Trend trend;

    @JsonProperty("slopePerYear")
    Double slopePerYear;

    @JsonProperty("trendPoints")
    Integer trendPoints;

    @JsonProperty("consecutivePeriodsImproving")
    Integer consecutivePeriodsImproving;

    @JsonProperty("comparable")
    Boolean comparable;

    @JsonProperty("targetStatus")
    TargetStatus targetStatus;

    @JsonProperty("nextTarget")
    TargetDocument nextTarget;

    @JsonProperty("projectedAtTarget")
    Double projectedAtTarget;

    @JsonProperty("gaps")
    List<GapDocument> gaps;

    @JsonProperty("dataGaps")
    List<DisaggregationDimension> dataGaps;

    @JsonProperty("partnerSeries")
    List<PartnerSeriesDocument> partnerSeries;
  }

  /** A value at the end of a period. */
  @Dto
  static final class PointDocument extends Part {
    @JsonProperty("value")
    Double value;

    @JsonProperty("periodEnd")
    @JsonDeserialize(using = IsoDateDeserializer.class)
    LocalDate periodEnd;
  }

  /** The change since baseline. */
  @Dto
  static final class ChangeDocument extends Part {
    @JsonProperty("absolute")
    Double absolute;

    @JsonProperty("relative")
    Double relative;
  }

  /** The next target. */
  @Dto
  static final class TargetDocument extends Part {
    @JsonProperty("value")
    Double value;

    @JsonProperty("date")
    @JsonDeserialize(using = IsoDateDeserializer.class)
    LocalDate date;
  }

  /** The gaps of one dimension. */
  @Dto
  static final class GapDocument extends Part {
    @JsonProperty("dimension")
    DisaggregationDimension dimension;

    @JsonProperty("reference")
    String reference;

    @JsonProperty("groups")
    List<GroupDocument> groups;

    @JsonProperty("largestGap")
    String largestGap;

    @JsonProperty("change")
    GapChange change;

    @JsonProperty("referenceWorsened")
    Boolean referenceWorsened;
  }

  /** One group's gap. */
  @Dto
  static final class GroupDocument extends Part {
    @JsonProperty("group")
    String group;

    @JsonProperty("value")
    Double value;

    @JsonProperty("gap")
    Double gap;

    @JsonProperty("relativeGap")
    Double relativeGap;

    @JsonProperty("change")
    GapChange change;
  }

  /** One partner's own series. */
  @Dto
  static final class PartnerSeriesDocument extends Part {
    @JsonProperty("partnerId")
    String partnerId;

    @JsonProperty("latest")
    PointDocument latest;

    @JsonProperty("trend")
    Trend trend;
  }

  /** The counts over the indicators. */
  @Dto
  static final class ResultsSummaryDocument extends Part {
    @JsonProperty("indicators")
    Integer indicators;

    @JsonProperty("current")
    Integer current;

    @JsonProperty("betterSinceBaseline")
    Integer betterSinceBaseline;

    @JsonProperty("improving")
    Integer improving;

    @JsonProperty("onTrackOrAchieved")
    Integer onTrackOrAchieved;

    @JsonProperty("wideningGaps")
    Integer wideningGaps;
  }

  /** An object of the document, with where it starts. */
  abstract static class Part {
    /** Where the object's opening brace is; set by {@link Starts}. */
    JsonLocation start = JsonLocation.NA;
  }

  /** The report's summary. */
  @Dto
  static final class SummaryDocument extends Part {
    @JsonProperty("countsBySeverity")
    Located<SeverityCounts> countsBySeverity;

    @JsonProperty("countsByCategory")
    Located<CategoryCounts> countsByCategory;

    @JsonProperty("categories")
    List<CategoryDocument> categories;
  }

  /** The number of findings of each severity, as stated. */
  @Dto
  static final class SeverityCounts extends Part {
    @JsonProperty("error")
    @OwnNulls
    @JsonDeserialize(using = Count.class)
    Located<Integer> error;

    @JsonProperty("warning")
    @OwnNulls
    @JsonDeserialize(using = Count.class)
    Located<Integer> warning;

    @JsonProperty("info")
    @OwnNulls
    @JsonDeserialize(using = Count.class)
    Located<Integer> info;

    /** The stated count of a severity, or {@code null} if it is not stated. */
    Located<Integer> of(Severity severity) {
      switch (severity) {
        case ERROR:
          return error;
        case WARNING:
          return warning;
        default:
          return info;
      }
    }
  }

  /** The number of findings in each category, as stated. */
  @Dto
  static final class CategoryCounts extends Part {
    @JsonProperty("structure")
    @OwnNulls
    @JsonDeserialize(using = Count.class)
    Located<Integer> structure;

    @JsonProperty("common_agenda")
    @OwnNulls
    @JsonDeserialize(using = Count.class)
    Located<Integer> commonAgenda;

    @JsonProperty("shared_measurement")
    @OwnNulls
    @JsonDeserialize(using = Count.class)
    Located<Integer> sharedMeasurement;

    @JsonProperty("mutually_reinforcing_activities")
    @OwnNulls
    @JsonDeserialize(using = Count.class)
    Located<Integer> mutuallyReinforcingActivities;

    @JsonProperty("continuous_communication")
    @OwnNulls
    @JsonDeserialize(using = Count.class)
    Located<Integer> continuousCommunication;

    @JsonProperty("backbone_support")
    @OwnNulls
    @JsonDeserialize(using = Count.class)
    Located<Integer> backboneSupport;

    /** The stated count of a category, or {@code null} if it is not stated. */
    Located<Integer> of(Category category) {
      switch (category) {
        case STRUCTURE:
          return structure;
        case COMMON_AGENDA:
          return commonAgenda;
        case SHARED_MEASUREMENT:
          return sharedMeasurement;
        case MUTUALLY_REINFORCING_ACTIVITIES:
          return mutuallyReinforcingActivities;
        case CONTINUOUS_COMMUNICATION:
          return continuousCommunication;
        default:
          return backboneSupport;
      }
    }
  }

  /** The summary of one category. */
  @Dto
  static final class CategoryDocument extends Part {
    @JsonProperty("category")
    Located<Category> category;

    @JsonProperty("passedRuleIds")
    @OwnNulls
    @JsonDeserialize(contentUsing = Text.class)
    List<String> passedRuleIds;

    @JsonProperty("failedRuleIds")
    @OwnNulls
    @JsonDeserialize(contentUsing = LocatedText.class)
    List<Located<String>> failedRuleIds;
  }

  /** One finding. */
  @Dto
  static final class FindingDocument extends Part {
    @JsonProperty("ruleId")
    @OwnNulls
    @JsonDeserialize(using = LocatedText.class)
    Located<String> ruleId;

    @JsonProperty("category")
    Category category;

    @JsonProperty("condition")
    Located<Condition> condition;

    @JsonProperty("severity")
    Severity severity;

    @JsonProperty("path")
    Located<String> path;

    @JsonProperty("paths")
    @OwnNulls
    @JsonDeserialize(contentUsing = LocatedText.class)
    List<Located<String>> paths;

    @JsonProperty("message")
    @OwnNulls
    @JsonDeserialize(using = Text.class)
    String message;

    @JsonProperty("arguments")
    @OwnNulls
    @JsonDeserialize(contentUsing = Text.class)
    List<String> arguments;

    @JsonProperty("source")
    @OwnNulls
    @JsonDeserialize(using = Text.class)
    String source;
  }

  /**
   * Reads a part of the document with its bean deserializer, and records where its object starts. {@link
   * CollectiveImpactModule} wraps the deserializer of every {@link Part} in one.
   */
  static final class Starts extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    Starts(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new Starts(delegate);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonLocation at = p.currentTokenLocation();
      Object part = _delegatee.deserialize(p, ctxt);
      if (part instanceof Part) {
        ((Part) part).start = at;
      }
      return part;
    }

    /** Wraps the deserializer of every part of the report document. */
    static final class Modifier extends BeanDeserializerModifier {
      private static final long serialVersionUID = 1L;

      @Override
      public JsonDeserializer<?> modifyDeserializer(
          DeserializationConfig config,
          BeanDescription description,
          JsonDeserializer<?> deserializer) {
        return Part.class.isAssignableFrom(description.getBeanClass())
            ? new Starts(deserializer)
            : deserializer;
      }
    }
  }

  /**
   * On a class of the report document: only its annotated fields are properties, under the names given,
   * whatever the mapper's naming strategy and visibility, and never with type information.
   */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @com.fasterxml.jackson.annotation.JacksonAnnotationsInside
  @JsonAutoDetect(
      getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
  @JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
  @interface Dto {}

  /**
   * On a property: a JSON null reaches the property's deserializer, which refuses it with a message that
   * says what it expected instead.
   */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
  @com.fasterxml.jackson.annotation.JacksonAnnotationsInside
  @JsonSetter(nulls = Nulls.SET, contentNulls = Nulls.SET)
  @interface OwnNulls {}

  /** A string, and nothing else; a null is reported as what it is. */
  static final class Text extends StdScalarDeserializer<String> {
    private static final long serialVersionUID = 1L;

    Text() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return ValueCodecs.readString(p, ctxt, String.class, "a string");
    }

    @Override
    public String getNullValue(DeserializationContext ctxt) throws JsonMappingException {
      return ctxt.reportInputMismatch(String.class, "expected a string but found null");
    }
  }

  /** A string with where it is; a null is reported as what it is. */
  static final class LocatedText extends StdDeserializer<Located<String>> {
    private static final long serialVersionUID = 1L;

    LocatedText() {
      super(Located.class);
    }

    @Override
    public Located<String> deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      JsonLocation at = p.currentTokenLocation();
      return new Located<>(ValueCodecs.readString(p, ctxt, String.class, "a string"), at);
    }

    @Override
    public Located<String> getNullValue(DeserializationContext ctxt) throws JsonMappingException {
      return ctxt.reportInputMismatch(String.class, "expected a string but found null");
    }
  }

  /** A count: a whole number, with where it is. */
  static final class Count extends StdDeserializer<Located<Integer>> {
    private static final long serialVersionUID = 1L;

    Count() {
      super(Located.class);
    }

    @Override
    public Located<Integer> deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
        return ctxt.reportInputMismatch(
            Integer.class,
            "expected a whole number but found %s",
            ValueCodecs.describe(p.currentToken()));
      }
      return new Located<>(p.getIntValue(), p.currentTokenLocation());
    }

    @Override
    public Located<Integer> getNullValue(DeserializationContext ctxt) throws JsonMappingException {
      return ctxt.reportInputMismatch(Integer.class, "expected a whole number but found null");
    }
  }

  /** The schema version, checked as it is read. */
  static final class Version extends StdScalarDeserializer<String> {
    private static final long serialVersionUID = 1L;

    Version() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return SchemaVersion.read(
          p, ctxt, io.github.collectiveimpact.validation.ValidationReport.class);
    }
  }
}
