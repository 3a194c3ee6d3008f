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
import io.github.collectiveimpact.model.ActivityKind;
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
import io.github.collectiveimpact.model.DateRange;
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
import io.github.collectiveimpact.model.MonetaryAmount;
import io.github.collectiveimpact.model.Observation;
import io.github.collectiveimpact.model.Partner;
import io.github.collectiveimpact.model.PartnerRole;
import io.github.collectiveimpact.model.ReportingPeriod;
import io.github.collectiveimpact.model.Sector;
import io.github.collectiveimpact.model.SectorFamily;
import io.github.collectiveimpact.model.StaffPosition;
import io.github.collectiveimpact.model.SystemsChange;
import io.github.collectiveimpact.model.SystemsChangeKind;
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
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * Jackson mix-ins and readers that bind the model without a Jackson annotation in the model itself.
 *
 * <p>Each model type {@code X} has a mix-in on {@code X} for writing (which accessors are properties, under
 * which names, in which order, and when they are left out; a value is written as {@code X}, through the
 * public accessors, whatever its implementation class) and a reader {@code XReader} for reading: Jackson
 * sets each property on the reader (one method per attribute; nulls refused), which passes it on to the
 * public {@code X.Builder}, and then calls the reader's {@code build()}, so the model's own checks run as
 * for any other caller. Jackson thus reflects only on this package's classes, which this module opens to
 * it; the model's builders are called as ordinary code, through their public API, which works the same on
 * the class path and between named modules, where the builders' generated superclasses are not
 * accessible. Nothing is auto-detected, so that the lookups and derived values of the model ({@code
 * Initiative.partner(id)}, {@code Backbone.totalFte()}) never become properties. The names are pinned with
 * {@link JsonNaming} to the attribute names, whatever naming strategy the mapper has.
 */
final class ModelMixIns {
  private ModelMixIns() {}

  /** Every mix-in of the model, keyed by the model type it applies to. */
  static Map<Class<?>, Class<?>> all() {
    return Map.ofEntries(
        Map.entry(Initiative.class, InitiativeMixIn.class),
        Map.entry(CommonAgenda.class, CommonAgendaMixIn.class),
        Map.entry(Goal.class, GoalMixIn.class),
        Map.entry(EquityFocus.class, EquityFocusMixIn.class),
        Map.entry(Endorsement.class, EndorsementMixIn.class),
        Map.entry(Partner.class, PartnerMixIn.class),
        Map.entry(Backbone.class, BackboneMixIn.class),
        Map.entry(StaffPosition.class, StaffPositionMixIn.class),
        Map.entry(FundingSource.class, FundingSourceMixIn.class),
        Map.entry(BackboneRole.class, BackboneRoleMixIn.class),
        Map.entry(Indicator.class, IndicatorMixIn.class),
        Map.entry(DatedValue.class, DatedValueMixIn.class),
        Map.entry(ExternalCode.class, ExternalCodeMixIn.class),
        Map.entry(MeasuredGroup.class, MeasuredGroupMixIn.class),
        Map.entry(Observation.class, ObservationMixIn.class),
        Map.entry(ReportingPeriod.class, ReportingPeriodMixIn.class),
        Map.entry(Disaggregation.class, DisaggregationMixIn.class),
        Map.entry(Activity.class, ActivityMixIn.class),
        Map.entry(WorkingGroup.class, WorkingGroupMixIn.class),
        Map.entry(MeetingSeries.class, MeetingSeriesMixIn.class),
        Map.entry(Channel.class, ChannelMixIn.class),
        Map.entry(MonetaryAmount.class, MonetaryAmountMixIn.class),
        Map.entry(DateRange.class, DateRangeMixIn.class),
        Map.entry(SystemsChange.class, SystemsChangeMixIn.class));
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

  /** On a reader: methods are named as the attributes, only the annotated ones are properties. */
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

  /** A reader property: a JSON null is refused, as is a null element of an array. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @JacksonAnnotationsInside
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @interface In {}

  /** A reader property that takes a date. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @JacksonAnnotationsInside
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @JsonDeserialize(using = IsoDateDeserializer.class)
  @interface InDate {}

  /** A reader property that takes dates. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @JacksonAnnotationsInside
  @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
  @JsonDeserialize(using = IsoDateListDeserializer.class)
  @interface InDates {}

  @ValueType
  @JsonSerialize(as = Initiative.class)
  @JsonDeserialize(builder = InitiativeReader.class)
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
    "channels",
    "systemsChanges"
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

    @JsonProperty("systemsChanges")
    @Many
    List<SystemsChange> systemsChanges();
  }

  /** Reads {@link Initiative} through its public builder. */
  @BuilderType
  static final class InitiativeReader {
    private final Initiative.Builder builder = Initiative.builder();

    @JsonProperty("id")
    @In
    void id(String id) {
      builder.id(id);
    }

    @JsonProperty("name")
    @In
    void name(String name) {
      builder.name(name);
    }

    @JsonProperty("description")
    @In
    void description(String description) {
      builder.description(description);
    }

    @JsonProperty("geography")
    @In
    void geography(String geography) {
      builder.geography(geography);
    }

    @JsonProperty("launchDate")
    @InDate
    void launchDate(LocalDate launchDate) {
      builder.launchDate(launchDate);
    }

    @JsonProperty("commonAgenda")
    @In
    void commonAgenda(CommonAgenda commonAgenda) {
      builder.commonAgenda(commonAgenda);
    }

    @JsonProperty("partners")
    @In
    void partners(Iterable<? extends Partner> elements) {
      builder.partners(elements);
    }

    @JsonProperty("backbone")
    @In
    void backbone(Backbone backbone) {
      builder.backbone(backbone);
    }

    @JsonProperty("indicators")
    @In
    void indicators(Iterable<? extends Indicator> elements) {
      builder.indicators(elements);
    }

    @JsonProperty("observations")
    @In
    void observations(Iterable<? extends Observation> elements) {
      builder.observations(elements);
    }

    @JsonProperty("activities")
    @In
    void activities(Iterable<? extends Activity> elements) {
      builder.activities(elements);
    }

    @JsonProperty("workingGroups")
    @In
    void workingGroups(Iterable<? extends WorkingGroup> elements) {
      builder.workingGroups(elements);
    }

    @JsonProperty("meetingSeries")
    @In
    void meetingSeries(Iterable<? extends MeetingSeries> elements) {
      builder.meetingSeries(elements);
    }

    @JsonProperty("channels")
    @In
    void channels(Iterable<? extends Channel> elements) {
      builder.channels(elements);
    }

    @JsonProperty("systemsChanges")
    @In
    void systemsChanges(Iterable<? extends SystemsChange> elements) {
      builder.systemsChanges(elements);
    }

    Initiative build() {
      return builder.build();
    }
  }

  @ValueType
  @JsonSerialize(as = CommonAgenda.class)
  @JsonDeserialize(builder = CommonAgendaReader.class)
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

  /** Reads {@link CommonAgenda} through its public builder. */
  @BuilderType
  static final class CommonAgendaReader {
    private final CommonAgenda.Builder builder = CommonAgenda.builder();

    @JsonProperty("problemStatement")
    @In
    void problemStatement(String problemStatement) {
      builder.problemStatement(problemStatement);
    }

    @JsonProperty("vision")
    @In
    void vision(String vision) {
      builder.vision(vision);
    }

    @JsonProperty("goals")
    @In
    void goals(Iterable<? extends Goal> elements) {
      builder.goals(elements);
    }

    @JsonProperty("endorsements")
    @In
    void endorsements(Iterable<? extends Endorsement> elements) {
      builder.endorsements(elements);
    }

    CommonAgenda build() {
      return builder.build();
    }
  }

  @ValueType
  @JsonSerialize(as = Goal.class)
  @JsonDeserialize(builder = GoalReader.class)
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

  /** Reads {@link Goal} through its public builder. */
  @BuilderType
  static final class GoalReader {
    private final Goal.Builder builder = Goal.builder();

    @JsonProperty("id")
    @In
    void id(String id) {
      builder.id(id);
    }

    @JsonProperty("statement")
    @In
    void statement(String statement) {
      builder.statement(statement);
    }

    @JsonProperty("indicatorIds")
    @In
    void indicatorIds(Iterable<String> elements) {
      builder.indicatorIds(elements);
    }

    @JsonProperty("targetDate")
    @InDate
    void targetDate(LocalDate targetDate) {
      builder.targetDate(targetDate);
    }

    @JsonProperty("equityFocus")
    @In
    void equityFocus(EquityFocus equityFocus) {
      builder.equityFocus(equityFocus);
    }

    Goal build() {
      return builder.build();
    }
  }

  @ValueType
  @JsonSerialize(as = EquityFocus.class)
  @JsonDeserialize(builder = EquityFocusReader.class)
  @JsonPropertyOrder({"dimensions", "populations"})
  interface EquityFocusMixIn {
    @JsonProperty("dimensions")
    @Many
    List<DisaggregationDimension> dimensions();

    @JsonProperty("populations")
    @Many
    List<String> populations();
  }

  /** Reads {@link EquityFocus} through its public builder. */
  @BuilderType
  static final class EquityFocusReader {
    private final EquityFocus.Builder builder = EquityFocus.builder();

    @JsonProperty("dimensions")
    @In
    void dimensions(Iterable<? extends DisaggregationDimension> elements) {
      builder.dimensions(elements);
    }

    @JsonProperty("populations")
    @In
    void populations(Iterable<String> elements) {
      builder.populations(elements);
    }

    EquityFocus build() {
      return builder.build();
    }
  }

  @ValueType
  @JsonSerialize(as = Endorsement.class)
  @JsonDeserialize(builder = EndorsementReader.class)
  @JsonPropertyOrder({"partnerId", "date"})
  interface EndorsementMixIn {
    @JsonProperty("partnerId")
    String partnerId();

    @JsonProperty("date")
    @Optionally
    @Dates
    Optional<LocalDate> date();
  }

  /** Reads {@link Endorsement} through its public builder. */
  @BuilderType
  static final class EndorsementReader {
    private final Endorsement.Builder builder = Endorsement.builder();

    @JsonProperty("partnerId")
    @In
    void partnerId(String partnerId) {
      builder.partnerId(partnerId);
    }

    @JsonProperty("date")
    @InDate
    void date(LocalDate date) {
      builder.date(date);
    }

    Endorsement build() {
      return builder.build();
    }
  }

  @ValueType
  @JsonSerialize(as = Partner.class)
  @JsonDeserialize(builder = PartnerReader.class)
  @JsonPropertyOrder({"id", "name", "sector", "family", "roles", "joined"})
  interface PartnerMixIn {
    @JsonProperty("id")
    String id();

    @JsonProperty("name")
    String name();

    @JsonProperty("sector")
    Sector sector();

    @JsonProperty("family")
    @Optionally
    Optional<SectorFamily> family();

    @JsonProperty("roles")
    @Many
    Set<PartnerRole> roles();

    @JsonProperty("joined")
    @Optionally
    @Dates
    Optional<LocalDate> joined();
  }

  /** Reads {@link Partner} through its public builder. */
  @BuilderType
  static final class PartnerReader {
    private final Partner.Builder builder = Partner.builder();

    @JsonProperty("id")
    @In
    void id(String id) {
      builder.id(id);
    }

    @JsonProperty("name")
    @In
    void name(String name) {
      builder.name(name);
    }

    @JsonProperty("sector")
    @In
    void sector(Sector sector) {
      builder.sector(sector);
    }

    @JsonProperty("family")
    @In
    void family(SectorFamily family) {
      builder.family(family);
    }

    @JsonProperty("roles")
    @In
    void roles(Iterable<PartnerRole> elements) {
      builder.roles(elements);
    }

    @JsonProperty("joined")
    @InDate
    void joined(LocalDate joined) {
      builder.joined(joined);
    }

    Partner build() {
      return builder.build();
    }
  }

  @ValueType
  @JsonSerialize(as = Backbone.class)
  @JsonDeserialize(builder = BackboneReader.class)
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

  /** Reads {@link Backbone} through its public builder. */
  @BuilderType
  static final class BackboneReader {
    private final Backbone.Builder builder = Backbone.builder();

    @JsonProperty("name")
    @In
    void name(String name) {
      builder.name(name);
    }

    @JsonProperty("partnerId")
    @In
    void partnerId(String partnerId) {
      builder.partnerId(partnerId);
    }

    @JsonProperty("type")
    @In
    void type(BackboneType type) {
      builder.type(type);
    }

    @JsonProperty("staff")
    @In
    void staff(Iterable<? extends StaffPosition> elements) {
      builder.staff(elements);
    }

    @JsonProperty("fundingSources")
    @In
    void fundingSources(Iterable<? extends FundingSource> elements) {
      builder.fundingSources(elements);
    }

    @JsonProperty("roles")
    @In
    void roles(Iterable<? extends BackboneRole> elements) {
      builder.roles(elements);
    }

    Backbone build() {
      return builder.build();
    }
  }

  @ValueType
  @JsonSerialize(as = StaffPosition.class)
  @JsonDeserialize(builder = StaffPositionReader.class)
  @JsonPropertyOrder({"role", "fte", "headcount"})
  interface StaffPositionMixIn {
    @JsonProperty("role")
    String role();

    @JsonProperty("fte")
    @Optionally
    OptionalDouble fte();

    @JsonProperty("headcount")
    @Optionally
    OptionalInt headcount();
  }

  /** Reads {@link StaffPosition} through its public builder. */
  @BuilderType
  static final class StaffPositionReader {
    private final StaffPosition.Builder builder = StaffPosition.builder();

    @JsonProperty("role")
    @In
    void role(String role) {
      builder.role(role);
    }

    @JsonProperty("fte")
    @In
    void fte(double fte) {
      builder.fte(fte);
    }

    @JsonProperty("headcount")
    @In
    void headcount(int headcount) {
      builder.headcount(headcount);
    }

    StaffPosition build() {
      return builder.build();
    }
  }

  @ValueType
  @JsonSerialize(as = FundingSource.class)
  @JsonDeserialize(builder = FundingSourceReader.class)
  @JsonPropertyOrder({"name", "partnerId", "amount", "committed"})
  interface FundingSourceMixIn {
    @JsonProperty("name")
    String name();

    @JsonProperty("partnerId")
    @Optionally
    Optional<String> partnerId();

    @JsonProperty("amount")
    @Optionally
    Optional<MonetaryAmount> amount();

    @JsonProperty("committed")
    @Optionally
    Optional<DateRange> committed();
  }

  /** Reads {@link FundingSource} through its public builder. */
  @BuilderType
  static final class FundingSourceReader {
    private final FundingSource.Builder builder = FundingSource.builder();

    @JsonProperty("name")
    @In
    void name(String name) {
      builder.name(name);
    }

    @JsonProperty("partnerId")
    @In
    void partnerId(String partnerId) {
      builder.partnerId(partnerId);
    }

    @JsonProperty("amount")
    @In
    void amount(MonetaryAmount amount) {
      builder.amount(amount);
    }

    @JsonProperty("committed")
    @In
    void committed(DateRange committed) {
      builder.committed(committed);
    }

    FundingSource build() {
      return builder.build();
    }
  }

  @ValueType
  @JsonSerialize(as = MonetaryAmount.class)
  @JsonDeserialize(builder = MonetaryAmountReader.class)
  @JsonPropertyOrder({"value", "currency"})
  interface MonetaryAmountMixIn {
    @JsonProperty("value")
    double value();

    @JsonProperty("currency")
    String currency();
  }

  /** Reads {@link MonetaryAmount} through its public builder. */
  @BuilderType
  static final class MonetaryAmountReader {
    private final MonetaryAmount.Builder builder = MonetaryAmount.builder();

    @JsonProperty("value")
    @In
    void value(double value) {
      builder.value(value);
    }

    @JsonProperty("currency")
    @In
    void currency(String currency) {
      builder.currency(currency);
    }

    MonetaryAmount build() {
      return builder.build();
    }
  }

  @ValueType
  @JsonSerialize(as = DateRange.class)
  @JsonDeserialize(builder = DateRangeReader.class)
  @JsonPropertyOrder({"start", "end"})
  interface DateRangeMixIn {
    @JsonProperty("start")
    @Date
    LocalDate start();

    @JsonProperty("end")
    @Date
    LocalDate end();
  }

  /** Reads {@link DateRange} through its public builder. */
  @BuilderType
  static final class DateRangeReader {
    private final DateRange.Builder builder = DateRange.builder();

    @JsonProperty("start")
    @InDate
    void start(LocalDate start) {
      builder.start(start);
    }

    @JsonProperty("end")
    @InDate
    void end(LocalDate end) {
      builder.end(end);
    }

    DateRange build() {
      return builder.build();
    }
  }

  @ValueType
  @JsonSerialize(as = SystemsChange.class)
  @JsonDeserialize(builder = SystemsChangeReader.class)
  @JsonPropertyOrder({"id", "date", "kind", "description", "partnerIds", "source"})
  interface SystemsChangeMixIn {
    @JsonProperty("id")
    String id();

    @JsonProperty("date")
    @Date
    LocalDate date();

    @JsonProperty("kind")
    SystemsChangeKind kind();

    @JsonProperty("description")
    String description();

    @JsonProperty("partnerIds")
    @Many
    List<String> partnerIds();

    @JsonProperty("source")
    @Optionally
    Optional<String> source();
  }

  /** Reads {@link SystemsChange} through its public builder. */
  @BuilderType
  static final class SystemsChangeReader {
    private final SystemsChange.Builder builder = SystemsChange.builder();

    @JsonProperty("id")
    @In
    void id(String id) {
      builder.id(id);
    }

    @JsonProperty("date")
    @InDate
    void date(LocalDate date) {
      builder.date(date);
    }

    @JsonProperty("kind")
    @In
    void kind(SystemsChangeKind kind) {
      builder.kind(kind);
    }

    @JsonProperty("description")
    @In
    void description(String description) {
      builder.description(description);
    }

    @JsonProperty("partnerIds")
    @In
    void partnerIds(Iterable<String> elements) {
      builder.partnerIds(elements);
    }

    @JsonProperty("source")
    @In
    void source(String source) {
      builder.source(source);
    }

    SystemsChange build() {
      return builder.build();
    }
  }

  @ValueType
  @JsonSerialize(as = BackboneRole.class)
  @JsonDeserialize(builder = BackboneRoleReader.class)
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

  /** Reads {@link BackboneRole} through its public builder. */
  @BuilderType
  static final class BackboneRoleReader {
    private final BackboneRole.Builder builder = BackboneRole.builder();

    @JsonProperty("function")
    @In
    void function(BackboneFunction function) {
      builder.function(function);
    }

    @JsonProperty("partnerId")
    @In
    void partnerId(String partnerId) {
      builder.partnerId(partnerId);
    }

    @JsonProperty("description")
    @In
    void description(String description) {
      builder.description(description);
    }

    BackboneRole build() {
      return builder.build();
    }
  }

  @ValueType
  @JsonSerialize(as = Indicator.class)
  @JsonDeserialize(builder = IndicatorReader.class)
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

  /** Reads {@link Indicator} through its public builder. */
  @BuilderType
  static final class IndicatorReader {
    private final Indicator.Builder builder = Indicator.builder();

    @JsonProperty("id")
    @In
    void id(String id) {
      builder.id(id);
    }

    @JsonProperty("name")
    @In
    void name(String name) {
      builder.name(name);
    }

    @JsonProperty("definition")
    @In
    void definition(String definition) {
      builder.definition(definition);
    }

    @JsonProperty("unit")
    @In
    void unit(Unit unit) {
      builder.unit(unit);
    }

    @JsonProperty("desiredDirection")
    @In
    void desiredDirection(Direction desiredDirection) {
      builder.desiredDirection(desiredDirection);
    }

    @JsonProperty("level")
    @In
    void level(IndicatorLevel level) {
      builder.level(level);
    }

    @JsonProperty("baseline")
    @In
    void baseline(DatedValue baseline) {
      builder.baseline(baseline);
    }

    @JsonProperty("target")
    @In
    void target(DatedValue target) {
      builder.target(target);
    }

    @JsonProperty("interimTargets")
    @In
    void interimTargets(Iterable<? extends DatedValue> elements) {
      builder.interimTargets(elements);
    }

    @JsonProperty("reportingFrequency")
    @In
    void reportingFrequency(Cadence reportingFrequency) {
      builder.reportingFrequency(reportingFrequency);
    }

    @JsonProperty("dataSource")
    @In
    void dataSource(String dataSource) {
      builder.dataSource(dataSource);
    }

    @JsonProperty("dataPartnerIds")
    @In
    void dataPartnerIds(Iterable<String> elements) {
      builder.dataPartnerIds(elements);
    }

    @JsonProperty("disaggregations")
    @In
    void disaggregations(Iterable<? extends DisaggregationDimension> elements) {
      builder.disaggregations(elements);
    }

    @JsonProperty("externalCodes")
    @In
    void externalCodes(Iterable<? extends ExternalCode> elements) {
      builder.externalCodes(elements);
    }

    @JsonProperty("measuredGroup")
    @In
    void measuredGroup(MeasuredGroup measuredGroup) {
      builder.measuredGroup(measuredGroup);
    }

    @JsonProperty("referenceGroups")
    @In
    @JsonDeserialize(keyUsing = ValueCodecs.DimensionKeyDeserializer.class)
    void referenceGroups(Map<? extends DisaggregationDimension, ? extends String> entries) {
      builder.referenceGroups(entries);
    }

    @JsonProperty("tolerance")
    @In
    void tolerance(double tolerance) {
      builder.tolerance(tolerance);
    }

    @JsonProperty("publicationLag")
    @In
    @JsonDeserialize(using = ValueCodecs.PeriodDeserializer.class)
    void publicationLag(Period publicationLag) {
      builder.publicationLag(publicationLag);
    }

    @JsonProperty("aggregation")
    @In
    void aggregation(Aggregation aggregation) {
      builder.aggregation(aggregation);
    }

    Indicator build() {
      return builder.build();
    }
  }

  @ValueType
  @JsonSerialize(as = MeasuredGroup.class)
  @JsonDeserialize(builder = MeasuredGroupReader.class)
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

  /** Reads {@link MeasuredGroup} through its public builder. */
  @BuilderType
  static final class MeasuredGroupReader {
    private final MeasuredGroup.Builder builder = MeasuredGroup.builder();

    @JsonProperty("dimension")
    @In
    void dimension(DisaggregationDimension dimension) {
      builder.dimension(dimension);
    }

    @JsonProperty("group")
    @In
    void group(String group) {
      builder.group(group);
    }

    @JsonProperty("parity")
    @In
    void parity(double parity) {
      builder.parity(parity);
    }

    MeasuredGroup build() {
      return builder.build();
    }
  }

  @ValueType
  @JsonSerialize(as = DatedValue.class)
  @JsonDeserialize(builder = DatedValueReader.class)
  @JsonPropertyOrder({"value", "date"})
  interface DatedValueMixIn {
    @JsonProperty("value")
    double value();

    @JsonProperty("date")
    @Date
    LocalDate date();
  }

  /** Reads {@link DatedValue} through its public builder. */
  @BuilderType
  static final class DatedValueReader {
    private final DatedValue.Builder builder = DatedValue.builder();

    @JsonProperty("value")
    @In
    void value(double value) {
      builder.value(value);
    }

    @JsonProperty("date")
    @InDate
    void date(LocalDate date) {
      builder.date(date);
    }

    DatedValue build() {
      return builder.build();
    }
  }

  @ValueType
  @JsonSerialize(as = ExternalCode.class)
  @JsonDeserialize(builder = ExternalCodeReader.class)
  @JsonPropertyOrder({"catalogue", "code"})
  interface ExternalCodeMixIn {
    @JsonProperty("catalogue")
    String catalogue();

    @JsonProperty("code")
    String code();
  }

  /** Reads {@link ExternalCode} through its public builder. */
  @BuilderType
  static final class ExternalCodeReader {
    private final ExternalCode.Builder builder = ExternalCode.builder();

    @JsonProperty("catalogue")
    @In
    void catalogue(String catalogue) {
      builder.catalogue(catalogue);
    }

    @JsonProperty("code")
    @In
    void code(String code) {
      builder.code(code);
    }

    ExternalCode build() {
      return builder.build();
    }
  }

  @ValueType
  @JsonSerialize(as = Observation.class)
  @JsonDeserialize(builder = ObservationReader.class)
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

  /** Reads {@link Observation} through its public builder. */
  @BuilderType
  static final class ObservationReader {
    private final Observation.Builder builder = Observation.builder();

    @JsonProperty("indicatorId")
    @In
    void indicatorId(String indicatorId) {
      builder.indicatorId(indicatorId);
    }

    @JsonProperty("period")
    @In
    void period(ReportingPeriod period) {
      builder.period(period);
    }

    @JsonProperty("value")
    @In
    void value(double value) {
      builder.value(value);
    }

    @JsonProperty("partnerId")
    @In
    void partnerId(String partnerId) {
      builder.partnerId(partnerId);
    }

    @JsonProperty("disaggregation")
    @In
    void disaggregation(Disaggregation disaggregation) {
      builder.disaggregation(disaggregation);
    }

    @JsonProperty("note")
    @In
    void note(String note) {
      builder.note(note);
    }

    @JsonProperty("seriesBreak")
    @In
    void seriesBreak(boolean seriesBreak) {
      builder.seriesBreak(seriesBreak);
    }

    Observation build() {
      return builder.build();
    }
  }

  @ValueType
  @JsonSerialize(as = ReportingPeriod.class)
  @JsonDeserialize(builder = ReportingPeriodReader.class)
  @JsonPropertyOrder({"start", "end"})
  interface ReportingPeriodMixIn {
    @JsonProperty("start")
    @Date
    LocalDate start();

    @JsonProperty("end")
    @Date
    LocalDate end();
  }

  /** Reads {@link ReportingPeriod} through its public builder. */
  @BuilderType
  static final class ReportingPeriodReader {
    private final ReportingPeriod.Builder builder = ReportingPeriod.builder();

    @JsonProperty("start")
    @InDate
    void start(LocalDate start) {
      builder.start(start);
    }

    @JsonProperty("end")
    @InDate
    void end(LocalDate end) {
      builder.end(end);
    }

    ReportingPeriod build() {
      return builder.build();
    }
  }

  @ValueType
  @JsonSerialize(as = Disaggregation.class)
  @JsonDeserialize(builder = DisaggregationReader.class)
  @JsonPropertyOrder({"dimension", "group"})
  interface DisaggregationMixIn {
    @JsonProperty("dimension")
    DisaggregationDimension dimension();

    @JsonProperty("group")
    String group();
  }

  /** Reads {@link Disaggregation} through its public builder. */
  @BuilderType
  static final class DisaggregationReader {
    private final Disaggregation.Builder builder = Disaggregation.builder();

    @JsonProperty("dimension")
    @In
    void dimension(DisaggregationDimension dimension) {
      builder.dimension(dimension);
    }

    @JsonProperty("group")
    @In
    void group(String group) {
      builder.group(group);
    }

    Disaggregation build() {
      return builder.build();
    }
  }

  @ValueType
  @JsonSerialize(as = Activity.class)
  @JsonDeserialize(builder = ActivityReader.class)
  @JsonPropertyOrder({
    "id",
    "name",
    "leadPartnerId",
    "contributingPartnerIds",
    "goalIds",
    "indicatorIds",
    "workingGroupId",
    "start",
    "end",
    "kind"
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

    @JsonProperty("kind")
    @Optionally
    Optional<ActivityKind> kind();
  }

  /** Reads {@link Activity} through its public builder. */
  @BuilderType
  static final class ActivityReader {
    private final Activity.Builder builder = Activity.builder();

    @JsonProperty("id")
    @In
    void id(String id) {
      builder.id(id);
    }

    @JsonProperty("name")
    @In
    void name(String name) {
      builder.name(name);
    }

    @JsonProperty("leadPartnerId")
    @In
    void leadPartnerId(String leadPartnerId) {
      builder.leadPartnerId(leadPartnerId);
    }

    @JsonProperty("contributingPartnerIds")
    @In
    void contributingPartnerIds(Iterable<String> elements) {
      builder.contributingPartnerIds(elements);
    }

    @JsonProperty("goalIds")
    @In
    void goalIds(Iterable<String> elements) {
      builder.goalIds(elements);
    }

    @JsonProperty("indicatorIds")
    @In
    void indicatorIds(Iterable<String> elements) {
      builder.indicatorIds(elements);
    }

    @JsonProperty("workingGroupId")
    @In
    void workingGroupId(String workingGroupId) {
      builder.workingGroupId(workingGroupId);
    }

    @JsonProperty("start")
    @InDate
    void start(LocalDate start) {
      builder.start(start);
    }

    @JsonProperty("end")
    @InDate
    void end(LocalDate end) {
      builder.end(end);
    }

    @JsonProperty("kind")
    @In
    void kind(ActivityKind kind) {
      builder.kind(kind);
    }

    Activity build() {
      return builder.build();
    }
  }

  @ValueType
  @JsonSerialize(as = WorkingGroup.class)
  @JsonDeserialize(builder = WorkingGroupReader.class)
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

  /** Reads {@link WorkingGroup} through its public builder. */
  @BuilderType
  static final class WorkingGroupReader {
    private final WorkingGroup.Builder builder = WorkingGroup.builder();

    @JsonProperty("id")
    @In
    void id(String id) {
      builder.id(id);
    }

    @JsonProperty("name")
    @In
    void name(String name) {
      builder.name(name);
    }

    @JsonProperty("memberPartnerIds")
    @In
    void memberPartnerIds(Iterable<String> elements) {
      builder.memberPartnerIds(elements);
    }

    @JsonProperty("goalIds")
    @In
    void goalIds(Iterable<String> elements) {
      builder.goalIds(elements);
    }

    @JsonProperty("indicatorIds")
    @In
    void indicatorIds(Iterable<String> elements) {
      builder.indicatorIds(elements);
    }

    WorkingGroup build() {
      return builder.build();
    }
  }

  @ValueType
  @JsonSerialize(as = MeetingSeries.class)
  @JsonDeserialize(builder = MeetingSeriesReader.class)
  @JsonPropertyOrder({
    "id",
    "name",
    "kind",
    "participantPartnerIds",
    "workingGroupId",
    "cadence",
    "meetingDates",
    "reviewsResults"
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

    @JsonProperty("reviewsResults")
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    boolean reviewsResults();
  }

  /** Reads {@link MeetingSeries} through its public builder. */
  @BuilderType
  static final class MeetingSeriesReader {
    private final MeetingSeries.Builder builder = MeetingSeries.builder();

    @JsonProperty("id")
    @In
    void id(String id) {
      builder.id(id);
    }

    @JsonProperty("name")
    @In
    void name(String name) {
      builder.name(name);
    }

    @JsonProperty("kind")
    @In
    void kind(MeetingKind kind) {
      builder.kind(kind);
    }

    @JsonProperty("participantPartnerIds")
    @In
    void participantPartnerIds(Iterable<String> elements) {
      builder.participantPartnerIds(elements);
    }

    @JsonProperty("workingGroupId")
    @In
    void workingGroupId(String workingGroupId) {
      builder.workingGroupId(workingGroupId);
    }

    @JsonProperty("cadence")
    @In
    void cadence(Cadence cadence) {
      builder.cadence(cadence);
    }

    @JsonProperty("meetingDates")
    @InDates
    void meetingDates(Iterable<? extends LocalDate> elements) {
      builder.meetingDates(elements);
    }

    @JsonProperty("reviewsResults")
    @In
    void reviewsResults(boolean reviewsResults) {
      builder.reviewsResults(reviewsResults);
    }

    MeetingSeries build() {
      return builder.build();
    }
  }

  @ValueType
  @JsonSerialize(as = Channel.class)
  @JsonDeserialize(builder = ChannelReader.class)
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

  /** Reads {@link Channel} through its public builder. */
  @BuilderType
  static final class ChannelReader {
    private final Channel.Builder builder = Channel.builder();

    @JsonProperty("id")
    @In
    void id(String id) {
      builder.id(id);
    }

    @JsonProperty("name")
    @In
    void name(String name) {
      builder.name(name);
    }

    @JsonProperty("kind")
    @In
    void kind(ChannelKind kind) {
      builder.kind(kind);
    }

    @JsonProperty("audience")
    @In
    void audience(Audience audience) {
      builder.audience(audience);
    }

    @JsonProperty("publishesResults")
    @In
    void publishesResults(boolean publishesResults) {
      builder.publishesResults(publishesResults);
    }

    @JsonProperty("partnerIds")
    @In
    void partnerIds(Iterable<String> elements) {
      builder.partnerIds(elements);
    }

    Channel build() {
      return builder.build();
    }
  }
}
