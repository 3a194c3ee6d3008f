package io.github.collectiveimpact.json;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonAppend;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.collectiveimpact.json.ValueCodecs.IsoDateDeserializer;
import io.github.collectiveimpact.json.ValueCodecs.IsoDateListDeserializer;
import io.github.collectiveimpact.json.ValueCodecs.IsoDateSerializer;
import io.github.collectiveimpact.model.Activity;
import io.github.collectiveimpact.model.Aggregation;
import io.github.collectiveimpact.model.Audience;
import io.github.collectiveimpact.model.Backbone;
import io.github.collectiveimpact.model.BackboneFunction;
import io.github.collectiveimpact.model.BackboneRole;
import io.github.collectiveimpact.model.BackboneType;
import io.github.collectiveimpact.model.Cadence;
import io.github.collectiveimpact.model.Channel;
import io.github.collectiveimpact.model.ChannelKind;
import io.github.collectiveimpact.model.CommonAgenda;
import io.github.collectiveimpact.model.DatedValue;
import io.github.collectiveimpact.model.Direction;
import io.github.collectiveimpact.model.Disaggregation;
import io.github.collectiveimpact.model.DisaggregationDimension;
import io.github.collectiveimpact.model.Endorsement;
import io.github.collectiveimpact.model.EquityFocus;
import io.github.collectiveimpact.model.ExternalCode;
import io.github.collectiveimpact.model.FundingSource;
import io.github.collectiveimpact.model.Goal;
import io.github.collectiveimpact.model.Indicator;
import io.github.collectiveimpact.model.IndicatorLevel;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.MeasuredGroup;
import io.github.collectiveimpact.model.MeetingKind;
import io.github.collectiveimpact.model.MeetingSeries;
import io.github.collectiveimpact.model.Observation;
import io.github.collectiveimpact.model.Partner;
import io.github.collectiveimpact.model.PartnerRole;
import io.github.collectiveimpact.model.ReportingPeriod;
import io.github.collectiveimpact.model.Sector;
import io.github.collectiveimpact.model.StaffPosition;
import io.github.collectiveimpact.model.Unit;
import io.github.collectiveimpact.model.WorkingGroup;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * Jackson mix-ins that bind the model without a Jackson annotation in the model itself.
 *
 * <p>Each model type {@code X} has two: one on {@code X} for writing (which accessors are properties, under
 * which names, in which order, and when they are left out) and one on its builder {@code X.Builder} for
 * reading (which builder method sets each property, one overload per attribute; nulls refused). Nothing
 * is auto-detected, so that the lookups and derived values of the model ({@code Initiative.partner(id)},
 * {@code Backbone.totalFte()}) and the builders' other methods ({@code from}, {@code addAllX}) never become
 * properties. The names are pinned with {@link JsonNaming} to the attribute names, whatever naming strategy
 * the mapper has.
 */
final class ModelMixIns {
  private ModelMixIns() {}

  /** Every mix-in of the model, keyed by its target type (the abstract type or its builder). */
  static Map<Class<?>, Class<?>> all() {
    return Map.ofEntries(
        Map.entry(Initiative.class, InitiativeMixIn.class),
        Map.entry(Initiative.Builder.class, InitiativeBuilderMixIn.class),
        Map.entry(CommonAgenda.class, CommonAgendaMixIn.class),
        Map.entry(CommonAgenda.Builder.class, CommonAgendaBuilderMixIn.class),
        Map.entry(Goal.class, GoalMixIn.class),
        Map.entry(Goal.Builder.class, GoalBuilderMixIn.class),
        Map.entry(EquityFocus.class, EquityFocusMixIn.class),
        Map.entry(EquityFocus.Builder.class, EquityFocusBuilderMixIn.class),
        Map.entry(Endorsement.class, EndorsementMixIn.class),
        Map.entry(Endorsement.Builder.class, EndorsementBuilderMixIn.class),
        Map.entry(Partner.class, PartnerMixIn.class),
        Map.entry(Partner.Builder.class, PartnerBuilderMixIn.class),
        Map.entry(Backbone.class, BackboneMixIn.class),
        Map.entry(Backbone.Builder.class, BackboneBuilderMixIn.class),
        Map.entry(StaffPosition.class, StaffPositionMixIn.class),
        Map.entry(StaffPosition.Builder.class, StaffPositionBuilderMixIn.class),
        Map.entry(FundingSource.class, FundingSourceMixIn.class),
        Map.entry(FundingSource.Builder.class, FundingSourceBuilderMixIn.class),
        Map.entry(BackboneRole.class, BackboneRoleMixIn.class),
        Map.entry(BackboneRole.Builder.class, BackboneRoleBuilderMixIn.class),
        Map.entry(Indicator.class, IndicatorMixIn.class),
        Map.entry(Indicator.Builder.class, IndicatorBuilderMixIn.class),
        Map.entry(DatedValue.class, DatedValueMixIn.class),
        Map.entry(DatedValue.Builder.class, DatedValueBuilderMixIn.class),
        Map.entry(ExternalCode.class, ExternalCodeMixIn.class),
        Map.entry(ExternalCode.Builder.class, ExternalCodeBuilderMixIn.class),
        Map.entry(MeasuredGroup.class, MeasuredGroupMixIn.class),
        Map.entry(MeasuredGroup.Builder.class, MeasuredGroupBuilderMixIn.class),
        Map.entry(Observation.class, ObservationMixIn.class),
        Map.entry(Observation.Builder.class, ObservationBuilderMixIn.class),
        Map.entry(ReportingPeriod.class, ReportingPeriodMixIn.class),
        Map.entry(ReportingPeriod.Builder.class, ReportingPeriodBuilderMixIn.class),
        Map.entry(Disaggregation.class, DisaggregationMixIn.class),
        Map.entry(Disaggregation.Builder.class, DisaggregationBuilderMixIn.class),
        Map.entry(Activity.class, ActivityMixIn.class),
        Map.entry(Activity.Builder.class, ActivityBuilderMixIn.class),
        Map.entry(WorkingGroup.class, WorkingGroupMixIn.class),
        Map.entry(WorkingGroup.Builder.class, WorkingGroupBuilderMixIn.class),
        Map.entry(MeetingSeries.class, MeetingSeriesMixIn.class),
        Map.entry(MeetingSeries.Builder.class, MeetingSeriesBuilderMixIn.class),
        Map.entry(Channel.class, ChannelMixIn.class),
        Map.entry(Channel.Builder.class, ChannelBuilderMixIn.class));
  }

  /** On a model type: only the annotated accessors are properties; names as given; required ones always written. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @JacksonAnnotationsInside
  @JsonAutoDetect(
      getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE,
      creatorVisibility = Visibility.NONE)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
  @JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
  @interface ValueType {}

  /** On a builder: methods are named as the attributes, only the annotated ones are properties. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @JacksonAnnotationsInside
  @JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
  @JsonAutoDetect(
      getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE,
      setterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE,
      creatorVisibility = Visibility.NONE)
  @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
  @interface BuilderType {}

  /** An optional attribute: left out when empty. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @JacksonAnnotationsInside
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  @interface Optionally {}

  /** A collection attribute: left out when empty. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @JacksonAnnotationsInside
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @interface Many {}

  /** A date attribute: an ISO-8601 string whatever the mapper's date settings. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @JacksonAnnotationsInside
  @JsonSerialize(using = IsoDateSerializer.class)
  @interface Date {}

  /** An optional or collection date attribute: ISO-8601 strings whatever the mapper's date settings. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @JacksonAnnotationsInside
  @JsonSerialize(contentUsing = IsoDateSerializer.class)
  @interface Dates {}

  /** A builder property: a JSON null is refused, as is a null element of an array. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @JacksonAnnotationsInside
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @interface In {}

  /** A builder property that takes a date. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @JacksonAnnotationsInside
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @JsonDeserialize(using = IsoDateDeserializer.class)
  @interface InDate {}

  /** A builder property that takes dates. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @JacksonAnnotationsInside
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @JsonDeserialize(using = IsoDateListDeserializer.class)
  @interface InDates {}

  @ValueType
  @JsonDeserialize(builder = Initiative.Builder.class)
  @JsonAppend(
      prepend = true,
      props =
          @JsonAppend.Prop(
              value = SchemaVersion.Writer.class,
              name = SchemaVersion.PROPERTY,
              type = String.class))
  @JsonPropertyOrder({
    "id",
    "name",
    "description",
    "geography",
    "launchDate",
    "commonAgenda",
    "partners",
    "backbone",
    "indicators",
    "observations",
    "activities",
    "workingGroups",
    "meetingSeries",
    "channels"
  })
  interface InitiativeMixIn {
    @JsonProperty("id")
    String id();

    @JsonProperty("name")
    String name();

    @JsonProperty("description")
    @Optionally
    Optional<String> description();

    @JsonProperty("geography")
    @Optionally
    Optional<String> geography();

    @JsonProperty("launchDate")
    @Optionally
    @Dates
    Optional<LocalDate> launchDate();

    @JsonProperty("commonAgenda")
    CommonAgenda commonAgenda();

    @JsonProperty("partners")
    @Many
    List<Partner> partners();

    @JsonProperty("backbone")
    @Optionally
    Optional<Backbone> backbone();

    @JsonProperty("indicators")
    @Many
    List<Indicator> indicators();

    @JsonProperty("observations")
    @Many
    List<Observation> observations();

    @JsonProperty("activities")
    @Many
    List<Activity> activities();

    @JsonProperty("workingGroups")
    @Many
    List<WorkingGroup> workingGroups();

    @JsonProperty("meetingSeries")
    @Many
    List<MeetingSeries> meetingSeries();

    @JsonProperty("channels")
    @Many
    List<Channel> channels();
  }

  @BuilderType
  interface InitiativeBuilderMixIn {
    @JsonProperty("id")
    @In
    Initiative.Builder id(String id);

    @JsonProperty("name")
    @In
    Initiative.Builder name(String name);

    @JsonProperty("description")
    @In
    Initiative.Builder description(String description);

    @JsonProperty("geography")
    @In
    Initiative.Builder geography(String geography);

    @JsonProperty("launchDate")
    @InDate
    Initiative.Builder launchDate(LocalDate launchDate);

    @JsonProperty("commonAgenda")
    @In
    Initiative.Builder commonAgenda(CommonAgenda commonAgenda);

    @JsonProperty("partners")
    @In
    Initiative.Builder partners(Iterable<? extends Partner> elements);

    @JsonProperty("backbone")
    @In
    Initiative.Builder backbone(Backbone backbone);

    @JsonProperty("indicators")
    @In
    Initiative.Builder indicators(Iterable<? extends Indicator> elements);

    @JsonProperty("observations")
    @In
    Initiative.Builder observations(Iterable<? extends Observation> elements);

    @JsonProperty("activities")
    @In
    Initiative.Builder activities(Iterable<? extends Activity> elements);

    @JsonProperty("workingGroups")
    @In
    Initiative.Builder workingGroups(Iterable<? extends WorkingGroup> elements);

    @JsonProperty("meetingSeries")
    @In
    Initiative.Builder meetingSeries(Iterable<? extends MeetingSeries> elements);

    @JsonProperty("channels")
    @In
    Initiative.Builder channels(Iterable<? extends Channel> elements);
  }

  @ValueType
  @JsonDeserialize(builder = CommonAgenda.Builder.class)
  @JsonPropertyOrder({"problemStatement", "vision", "goals", "endorsements"})
  interface CommonAgendaMixIn {
    @JsonProperty("problemStatement")
    @Optionally
    Optional<String> problemStatement();

    @JsonProperty("vision")
    @Optionally
    Optional<String> vision();

    @JsonProperty("goals")
    @Many
    List<Goal> goals();

    @JsonProperty("endorsements")
    @Many
    List<Endorsement> endorsements();
  }

  @BuilderType
  interface CommonAgendaBuilderMixIn {
    @JsonProperty("problemStatement")
    @In
    CommonAgenda.Builder problemStatement(String problemStatement);

    @JsonProperty("vision")
    @In
    CommonAgenda.Builder vision(String vision);

    @JsonProperty("goals")
    @In
    CommonAgenda.Builder goals(Iterable<? extends Goal> elements);

    @JsonProperty("endorsements")
    @In
    CommonAgenda.Builder endorsements(Iterable<? extends Endorsement> elements);
  }

  @ValueType
  @JsonDeserialize(builder = Goal.Builder.class)
  @JsonPropertyOrder({"id", "statement", "indicatorIds", "targetDate", "equityFocus"})
  interface GoalMixIn {
    @JsonProperty("id")
    String id();

    @JsonProperty("statement")
    String statement();

    @JsonProperty("indicatorIds")
    @Many
    List<String> indicatorIds();

    @JsonProperty("targetDate")
    @Optionally
    @Dates
    Optional<LocalDate> targetDate();

    @JsonProperty("equityFocus")
    @Optionally
    Optional<EquityFocus> equityFocus();
  }

  @BuilderType
  interface GoalBuilderMixIn {
    @JsonProperty("id")
    @In
    Goal.Builder id(String id);

    @JsonProperty("statement")
    @In
    Goal.Builder statement(String statement);

    @JsonProperty("indicatorIds")
    @In
    Goal.Builder indicatorIds(Iterable<String> elements);

    @JsonProperty("targetDate")
    @InDate
    Goal.Builder targetDate(LocalDate targetDate);

    @JsonProperty("equityFocus")
    @In
    Goal.Builder equityFocus(EquityFocus equityFocus);
  }

  @ValueType
  @JsonDeserialize(builder = EquityFocus.Builder.class)
  @JsonPropertyOrder({"dimensions", "populations"})
  interface EquityFocusMixIn {
    @JsonProperty("dimensions")
    @Many
    List<DisaggregationDimension> dimensions();

    @JsonProperty("populations")
    @Many
    List<String> populations();
  }

  @BuilderType
  interface EquityFocusBuilderMixIn {
    @JsonProperty("dimensions")
    @In
    EquityFocus.Builder dimensions(Iterable<? extends DisaggregationDimension> elements);

    @JsonProperty("populations")
    @In
    EquityFocus.Builder populations(Iterable<String> elements);
  }

  @ValueType
  @JsonDeserialize(builder = Endorsement.Builder.class)
  @JsonPropertyOrder({"partnerId", "date"})
  interface EndorsementMixIn {
    @JsonProperty("partnerId")
    String partnerId();

    @JsonProperty("date")
    @Optionally
    @Dates
    Optional<LocalDate> date();
  }

  @BuilderType
  interface EndorsementBuilderMixIn {
    @JsonProperty("partnerId")
    @In
    Endorsement.Builder partnerId(String partnerId);

    @JsonProperty("date")
    @InDate
    Endorsement.Builder date(LocalDate date);
  }

  @ValueType
  @JsonDeserialize(builder = Partner.Builder.class)
  @JsonPropertyOrder({"id", "name", "sector", "roles", "joined"})
  interface PartnerMixIn {
    @JsonProperty("id")
    String id();

    @JsonProperty("name")
    String name();

    @JsonProperty("sector")
    Sector sector();

    @JsonProperty("roles")
    @Many
    Set<PartnerRole> roles();

    @JsonProperty("joined")
    @Optionally
    @Dates
    Optional<LocalDate> joined();
  }

  @BuilderType
  interface PartnerBuilderMixIn {
    @JsonProperty("id")
    @In
    Partner.Builder id(String id);

    @JsonProperty("name")
    @In
    Partner.Builder name(String name);

    @JsonProperty("sector")
    @In
    Partner.Builder sector(Sector sector);

    @JsonProperty("roles")
    @In
    Partner.Builder roles(Iterable<PartnerRole> elements);

    @JsonProperty("joined")
    @InDate
    Partner.Builder joined(LocalDate joined);
  }

  @ValueType
  @JsonDeserialize(builder = Backbone.Builder.class)
  @JsonPropertyOrder({"name", "partnerId", "type", "staff", "fundingSources", "roles"})
  interface BackboneMixIn {
    @JsonProperty("name")
    String name();

    @JsonProperty("partnerId")
    @Optionally
    Optional<String> partnerId();

    @JsonProperty("type")
    @Optionally
    Optional<BackboneType> type();

    @JsonProperty("staff")
    @Many
    List<StaffPosition> staff();

    @JsonProperty("fundingSources")
    @Many
    List<FundingSource> fundingSources();

    @JsonProperty("roles")
    @Many
    List<BackboneRole> roles();
  }

  @BuilderType
  interface BackboneBuilderMixIn {
    @JsonProperty("name")
    @In
    Backbone.Builder name(String name);

    @JsonProperty("partnerId")
    @In
    Backbone.Builder partnerId(String partnerId);

    @JsonProperty("type")
    @In
    Backbone.Builder type(BackboneType type);

    @JsonProperty("staff")
    @In
    Backbone.Builder staff(Iterable<? extends StaffPosition> elements);

    @JsonProperty("fundingSources")
    @In
    Backbone.Builder fundingSources(Iterable<? extends FundingSource> elements);

    @JsonProperty("roles")
    @In
    Backbone.Builder roles(Iterable<? extends BackboneRole> elements);
  }

  @ValueType
  @JsonDeserialize(builder = StaffPosition.Builder.class)
  @JsonPropertyOrder({"role", "fte"})
  interface StaffPositionMixIn {
    @JsonProperty("role")
    String role();

    @JsonProperty("fte")
    double fte();
  }

  @BuilderType
  interface StaffPositionBuilderMixIn {
    @JsonProperty("role")
    @In
    StaffPosition.Builder role(String role);

    @JsonProperty("fte")
    @In
    StaffPosition.Builder fte(double fte);
  }

  @ValueType
  @JsonDeserialize(builder = FundingSource.Builder.class)
  @JsonPropertyOrder({"name", "partnerId"})
  interface FundingSourceMixIn {
    @JsonProperty("name")
    String name();

    @JsonProperty("partnerId")
    @Optionally
    Optional<String> partnerId();
  }

  @BuilderType
  interface FundingSourceBuilderMixIn {
    @JsonProperty("name")
    @In
    FundingSource.Builder name(String name);

    @JsonProperty("partnerId")
    @In
    FundingSource.Builder partnerId(String partnerId);
  }

  @ValueType
  @JsonDeserialize(builder = BackboneRole.Builder.class)
  @JsonPropertyOrder({"function", "partnerId", "description"})
  interface BackboneRoleMixIn {
    @JsonProperty("function")
    BackboneFunction function();

    @JsonProperty("partnerId")
    @Optionally
    Optional<String> partnerId();

    @JsonProperty("description")
    @Optionally
    Optional<String> description();
  }

  @BuilderType
  interface BackboneRoleBuilderMixIn {
    @JsonProperty("function")
    @In
    BackboneRole.Builder function(BackboneFunction function);

    @JsonProperty("partnerId")
    @In
    BackboneRole.Builder partnerId(String partnerId);

    @JsonProperty("description")
    @In
    BackboneRole.Builder description(String description);
  }

  @ValueType
  @JsonDeserialize(builder = Indicator.Builder.class)
  @JsonPropertyOrder({
    "id",
    "name",
    "definition",
    "unit",
    "desiredDirection",
    "level",
    "baseline",
    "target",
    "interimTargets",
    "reportingFrequency",
    "dataSource",
    "dataPartnerIds",
    "disaggregations",
    "externalCodes",
    "measuredGroup",
    "referenceGroups",
    "tolerance",
    "publicationLag",
    "aggregation"
  })
  interface IndicatorMixIn {
    @JsonProperty("id")
    String id();

    @JsonProperty("name")
    String name();

    @JsonProperty("definition")
    @Optionally
    Optional<String> definition();

    @JsonProperty("unit")
    @Optionally
    Optional<Unit> unit();

    @JsonProperty("desiredDirection")
    Direction desiredDirection();

    @JsonProperty("level")
    IndicatorLevel level();

    @JsonProperty("baseline")
    @Optionally
    Optional<DatedValue> baseline();

    @JsonProperty("target")
    @Optionally
    Optional<DatedValue> target();

    @JsonProperty("interimTargets")
    @Many
    List<DatedValue> interimTargets();

    @JsonProperty("reportingFrequency")
    @Optionally
    Optional<Cadence> reportingFrequency();

    @JsonProperty("dataSource")
    @Optionally
    Optional<String> dataSource();

    @JsonProperty("dataPartnerIds")
    @Many
    List<String> dataPartnerIds();

    @JsonProperty("disaggregations")
    @Many
    SortedSet<DisaggregationDimension> disaggregations();

    @JsonProperty("externalCodes")
    @Many
    List<ExternalCode> externalCodes();

    @JsonProperty("measuredGroup")
    @Optionally
    Optional<MeasuredGroup> measuredGroup();

    @JsonProperty("referenceGroups")
    @Many
    @JsonSerialize(keyUsing = ValueCodecs.DimensionKeySerializer.class)
    SortedMap<DisaggregationDimension, String> referenceGroups();

    @JsonProperty("tolerance")
    @Optionally
    Optional<Double> tolerance();

    @JsonProperty("publicationLag")
    @Optionally
    @JsonSerialize(contentUsing = ValueCodecs.PeriodSerializer.class)
    Optional<Period> publicationLag();

    @JsonProperty("aggregation")
    @Optionally
    Optional<Aggregation> aggregation();
  }

  @BuilderType
  interface IndicatorBuilderMixIn {
    @JsonProperty("id")
    @In
    Indicator.Builder id(String id);

    @JsonProperty("name")
    @In
    Indicator.Builder name(String name);

    @JsonProperty("definition")
    @In
    Indicator.Builder definition(String definition);

    @JsonProperty("unit")
    @In
    Indicator.Builder unit(Unit unit);

    @JsonProperty("desiredDirection")
    @In
    Indicator.Builder desiredDirection(Direction desiredDirection);

    @JsonProperty("level")
    @In
    Indicator.Builder level(IndicatorLevel level);

    @JsonProperty("baseline")
    @In
    Indicator.Builder baseline(DatedValue baseline);

    @JsonProperty("target")
    @In
    Indicator.Builder target(DatedValue target);

    @JsonProperty("interimTargets")
    @In
    Indicator.Builder interimTargets(Iterable<? extends DatedValue> elements);

    @JsonProperty("reportingFrequency")
    @In
    Indicator.Builder reportingFrequency(Cadence reportingFrequency);

    @JsonProperty("dataSource")
    @In
    Indicator.Builder dataSource(String dataSource);

    @JsonProperty("dataPartnerIds")
    @In
    Indicator.Builder dataPartnerIds(Iterable<String> elements);

    @JsonProperty("disaggregations")
    @In
    Indicator.Builder disaggregations(Iterable<? extends DisaggregationDimension> elements);

    @JsonProperty("externalCodes")
    @In
    Indicator.Builder externalCodes(Iterable<? extends ExternalCode> elements);

    @JsonProperty("measuredGroup")
    @In
    Indicator.Builder measuredGroup(MeasuredGroup measuredGroup);

    @JsonProperty("referenceGroups")
    @In
    @JsonDeserialize(keyUsing = ValueCodecs.DimensionKeyDeserializer.class)
    Indicator.Builder referenceGroups(
        Map<? extends DisaggregationDimension, ? extends String> entries);

    @JsonProperty("tolerance")
    @In
    Indicator.Builder tolerance(double tolerance);

    @JsonProperty("publicationLag")
    @In
    @JsonDeserialize(using = ValueCodecs.PeriodDeserializer.class)
    Indicator.Builder publicationLag(Period publicationLag);

    @JsonProperty("aggregation")
    @In
    Indicator.Builder aggregation(Aggregation aggregation);
  }

  @ValueType
  @JsonDeserialize(builder = MeasuredGroup.Builder.class)
  @JsonPropertyOrder({"dimension", "group", "parity"})
  interface MeasuredGroupMixIn {
    @JsonProperty("dimension")
    DisaggregationDimension dimension();

    @JsonProperty("group")
    String group();

    @JsonProperty("parity")
    @Optionally
    Optional<Double> parity();
  }

  @BuilderType
  interface MeasuredGroupBuilderMixIn {
    @JsonProperty("dimension")
    @In
    MeasuredGroup.Builder dimension(DisaggregationDimension dimension);

    @JsonProperty("group")
    @In
    MeasuredGroup.Builder group(String group);

    @JsonProperty("parity")
    @In
    MeasuredGroup.Builder parity(double parity);
  }

  @ValueType
  @JsonDeserialize(builder = DatedValue.Builder.class)
  @JsonPropertyOrder({"value", "date"})
  interface DatedValueMixIn {
    @JsonProperty("value")
    double value();

    @JsonProperty("date")
    @Date
    LocalDate date();
  }

  @BuilderType
  interface DatedValueBuilderMixIn {
    @JsonProperty("value")
    @In
    DatedValue.Builder value(double value);

    @JsonProperty("date")
    @InDate
    DatedValue.Builder date(LocalDate date);
  }

  @ValueType
  @JsonDeserialize(builder = ExternalCode.Builder.class)
  @JsonPropertyOrder({"catalogue", "code"})
  interface ExternalCodeMixIn {
    @JsonProperty("catalogue")
    String catalogue();

    @JsonProperty("code")
    String code();
  }

  @BuilderType
  interface ExternalCodeBuilderMixIn {
    @JsonProperty("catalogue")
    @In
    ExternalCode.Builder catalogue(String catalogue);

    @JsonProperty("code")
    @In
    ExternalCode.Builder code(String code);
  }

  @ValueType
  @JsonDeserialize(builder = Observation.Builder.class)
  @JsonPropertyOrder({
    "indicatorId",
    "period",
    "value",
    "partnerId",
    "disaggregation",
    "note",
    "seriesBreak"
  })
  interface ObservationMixIn {
    @JsonProperty("indicatorId")
    String indicatorId();

    @JsonProperty("period")
    ReportingPeriod period();

    @JsonProperty("value")
    double value();

    @JsonProperty("partnerId")
    @Optionally
    Optional<String> partnerId();

    @JsonProperty("disaggregation")
    @Optionally
    Optional<Disaggregation> disaggregation();

    @JsonProperty("note")
    @Optionally
    Optional<String> note();

    @JsonProperty("seriesBreak")
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    boolean seriesBreak();
  }

  @BuilderType
  interface ObservationBuilderMixIn {
    @JsonProperty("indicatorId")
    @In
    Observation.Builder indicatorId(String indicatorId);

    @JsonProperty("period")
    @In
    Observation.Builder period(ReportingPeriod period);

    @JsonProperty("value")
    @In
    Observation.Builder value(double value);

    @JsonProperty("partnerId")
    @In
    Observation.Builder partnerId(String partnerId);

    @JsonProperty("disaggregation")
    @In
    Observation.Builder disaggregation(Disaggregation disaggregation);

    @JsonProperty("note")
    @In
    Observation.Builder note(String note);

    @JsonProperty("seriesBreak")
    @In
    Observation.Builder seriesBreak(boolean seriesBreak);
  }

  @ValueType
  @JsonDeserialize(builder = ReportingPeriod.Builder.class)
  @JsonPropertyOrder({"start", "end"})
  interface ReportingPeriodMixIn {
    @JsonProperty("start")
    @Date
    LocalDate start();

    @JsonProperty("end")
    @Date
    LocalDate end();
  }

  @BuilderType
  interface ReportingPeriodBuilderMixIn {
    @JsonProperty("start")
    @InDate
    ReportingPeriod.Builder start(LocalDate start);

    @JsonProperty("end")
    @InDate
    ReportingPeriod.Builder end(LocalDate end);
  }

  @ValueType
  @JsonDeserialize(builder = Disaggregation.Builder.class)
  @JsonPropertyOrder({"dimension", "group"})
  interface DisaggregationMixIn {
    @JsonProperty("dimension")
    DisaggregationDimension dimension();

    @JsonProperty("group")
    String group();
  }

  @BuilderType
  interface DisaggregationBuilderMixIn {
    @JsonProperty("dimension")
    @In
    Disaggregation.Builder dimension(DisaggregationDimension dimension);

    @JsonProperty("group")
    @In
    Disaggregation.Builder group(String group);
  }

  @ValueType
  @JsonDeserialize(builder = Activity.Builder.class)
  @JsonPropertyOrder({
    "id",
    "name",
    "leadPartnerId",
    "contributingPartnerIds",
    "goalIds",
    "indicatorIds",
    "workingGroupId",
    "start",
    "end"
  })
  interface ActivityMixIn {
    @JsonProperty("id")
    String id();

    @JsonProperty("name")
    String name();

    @JsonProperty("leadPartnerId")
    @Optionally
    Optional<String> leadPartnerId();

    @JsonProperty("contributingPartnerIds")
    @Many
    List<String> contributingPartnerIds();

    @JsonProperty("goalIds")
    @Many
    List<String> goalIds();

    @JsonProperty("indicatorIds")
    @Many
    List<String> indicatorIds();

    @JsonProperty("workingGroupId")
    @Optionally
    Optional<String> workingGroupId();

    @JsonProperty("start")
    @Date
    LocalDate start();

    @JsonProperty("end")
    @Optionally
    @Dates
    Optional<LocalDate> end();
  }

  @BuilderType
  interface ActivityBuilderMixIn {
    @JsonProperty("id")
    @In
    Activity.Builder id(String id);

    @JsonProperty("name")
    @In
    Activity.Builder name(String name);

    @JsonProperty("leadPartnerId")
    @In
    Activity.Builder leadPartnerId(String leadPartnerId);

    @JsonProperty("contributingPartnerIds")
    @In
    Activity.Builder contributingPartnerIds(Iterable<String> elements);

    @JsonProperty("goalIds")
    @In
    Activity.Builder goalIds(Iterable<String> elements);

    @JsonProperty("indicatorIds")
    @In
    Activity.Builder indicatorIds(Iterable<String> elements);

    @JsonProperty("workingGroupId")
    @In
    Activity.Builder workingGroupId(String workingGroupId);

    @JsonProperty("start")
    @InDate
    Activity.Builder start(LocalDate start);

    @JsonProperty("end")
    @InDate
    Activity.Builder end(LocalDate end);
  }

  @ValueType
  @JsonDeserialize(builder = WorkingGroup.Builder.class)
  @JsonPropertyOrder({"id", "name", "memberPartnerIds", "goalIds", "indicatorIds"})
  interface WorkingGroupMixIn {
    @JsonProperty("id")
    String id();

    @JsonProperty("name")
    String name();

    @JsonProperty("memberPartnerIds")
    @Many
    List<String> memberPartnerIds();

    @JsonProperty("goalIds")
    @Many
    List<String> goalIds();

    @JsonProperty("indicatorIds")
    @Many
    List<String> indicatorIds();
  }

  @BuilderType
  interface WorkingGroupBuilderMixIn {
    @JsonProperty("id")
    @In
    WorkingGroup.Builder id(String id);

    @JsonProperty("name")
    @In
    WorkingGroup.Builder name(String name);

    @JsonProperty("memberPartnerIds")
    @In
    WorkingGroup.Builder memberPartnerIds(Iterable<String> elements);

    @JsonProperty("goalIds")
    @In
    WorkingGroup.Builder goalIds(Iterable<String> elements);

    @JsonProperty("indicatorIds")
    @In
    WorkingGroup.Builder indicatorIds(Iterable<String> elements);
  }

  @ValueType
  @JsonDeserialize(builder = MeetingSeries.Builder.class)
  @JsonPropertyOrder({
    "id",
    "name",
    "kind",
    "participantPartnerIds",
    "workingGroupId",
    "cadence",
    "meetingDates"
  })
  interface MeetingSeriesMixIn {
    @JsonProperty("id")
    String id();

    @JsonProperty("name")
    String name();

    @JsonProperty("kind")
    MeetingKind kind();

    @JsonProperty("participantPartnerIds")
    @Many
    List<String> participantPartnerIds();

    @JsonProperty("workingGroupId")
    @Optionally
    Optional<String> workingGroupId();

    @JsonProperty("cadence")
    Cadence cadence();

    @JsonProperty("meetingDates")
    @Many
    @Dates
    List<LocalDate> meetingDates();
  }

  @BuilderType
  interface MeetingSeriesBuilderMixIn {
    @JsonProperty("id")
    @In
    MeetingSeries.Builder id(String id);

    @JsonProperty("name")
    @In
    MeetingSeries.Builder name(String name);

    @JsonProperty("kind")
    @In
    MeetingSeries.Builder kind(MeetingKind kind);

    @JsonProperty("participantPartnerIds")
    @In
    MeetingSeries.Builder participantPartnerIds(Iterable<String> elements);

    @JsonProperty("workingGroupId")
    @In
    MeetingSeries.Builder workingGroupId(String workingGroupId);

    @JsonProperty("cadence")
    @In
    MeetingSeries.Builder cadence(Cadence cadence);

    @JsonProperty("meetingDates")
    @InDates
    MeetingSeries.Builder meetingDates(Iterable<? extends LocalDate> elements);
  }

  @ValueType
  @JsonDeserialize(builder = Channel.Builder.class)
  @JsonPropertyOrder({"id", "name", "kind", "audience", "publishesResults", "partnerIds"})
  interface ChannelMixIn {
    @JsonProperty("id")
    String id();

    @JsonProperty("name")
    String name();

    @JsonProperty("kind")
    ChannelKind kind();

    @JsonProperty("audience")
    Audience audience();

    @JsonProperty("publishesResults")
    boolean publishesResults();

    @JsonProperty("partnerIds")
    @Many
    List<String> partnerIds();
  }

  @BuilderType
  interface ChannelBuilderMixIn {
    @JsonProperty("id")
    @In
    Channel.Builder id(String id);

    @JsonProperty("name")
    @In
    Channel.Builder name(String name);

    @JsonProperty("kind")
    @In
    Channel.Builder kind(ChannelKind kind);

    @JsonProperty("audience")
    @In
    Channel.Builder audience(Audience audience);

    @JsonProperty("publishesResults")
    @In
    Channel.Builder publishesResults(boolean publishesResults);

    @JsonProperty("partnerIds")
    @In
    Channel.Builder partnerIds(Iterable<String> elements);
  }
}
