package io.github.collectiveimpact.benchmarks.plain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.collectiveimpact.json.CollectiveImpactJson;
import io.github.collectiveimpact.model.Activity;
import io.github.collectiveimpact.model.Backbone;
import io.github.collectiveimpact.model.BackboneRole;
import io.github.collectiveimpact.model.Cadence;
import io.github.collectiveimpact.model.Channel;
import io.github.collectiveimpact.model.CommonAgenda;
import io.github.collectiveimpact.model.DatedValue;
import io.github.collectiveimpact.model.Disaggregation;
import io.github.collectiveimpact.model.DisaggregationDimension;
import io.github.collectiveimpact.model.Endorsement;
import io.github.collectiveimpact.model.EquityFocus;
import io.github.collectiveimpact.model.ExternalCode;
import io.github.collectiveimpact.model.FundingSource;
import io.github.collectiveimpact.model.Goal;
import io.github.collectiveimpact.model.Indicator;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.MeetingSeries;
import io.github.collectiveimpact.model.Observation;
import io.github.collectiveimpact.model.Partner;
import io.github.collectiveimpact.model.ReportingPeriod;
import io.github.collectiveimpact.model.StaffPosition;
import io.github.collectiveimpact.model.WorkingGroup;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The plain-Jackson baseline: a plain {@link ObjectMapper} that reads and writes the {@code Plain*} classes,
 * and the conversions between them and the model.
 *
 * <p>The document has the shape of the library's JSON form: attribute names in camelCase as in the model,
 * enum constants in lower snake case, ISO-8601 dates, periods as {@code {"start","end"}}, dated values as
 * {@code {"value","date"}}, cadences as ISO-8601 periods ({@code "P3M"}), disaggregation dimensions by key,
 * {@code schemaVersion} first; absent optionals and empty lists are omitted. Unknown properties fail, as in
 * a strict reader. For the synthetic initiatives it writes the same text as the library's own binding.
 */
public final class PlainJson {
  /** The version of the document format written, the library's own. */
  static final String SCHEMA_VERSION = CollectiveImpactJson.SCHEMA_VERSION;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
          .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
          .withConfigOverride(
              List.class,
              o -> o.setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, null)))
          .build();

  private PlainJson() {}

  /**
   * The mapper: thread-safe, shared.
   *
   * @return the mapper
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Reads a document into the plain classes.
   *
   * @param json the document
   * @return the plain initiative
   * @throws UncheckedIOException if the text is not such a document
   */
  public static PlainInitiative read(String json) {
    try {
      return MAPPER.readValue(json, PlainInitiative.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the plain classes as a document.
   *
   * @param initiative the plain initiative
   * @return the document
   */
  public static String write(PlainInitiative initiative) {
    try {
      return MAPPER.writeValueAsString(initiative);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a model initiative as a document, through the plain classes.
   *
   * @param initiative the initiative
   * @return the document
   */
  public static String writeModel(Initiative initiative) {
    return write(fromModel(initiative));
  }

  /**
   * Reads a document into the model, through the plain classes.
   *
   * @param json the document
   * @return the initiative
   */
  public static Initiative readModel(String json) {
    return toModel(read(json));
  }

  private static <A, B> List<B> map(List<A> list, Function<A, B> f) {
    List<B> result = new ArrayList<>(list.size());
    for (A a : list) {
      result.add(f.apply(a));
    }
    return result;
  }

  // ---- model to plain ----

  /**
   * Copies a model initiative into the plain classes.
   *
   * @param m the initiative
   * @return the plain initiative
   */
  public static PlainInitiative fromModel(Initiative m) {
    PlainInitiative p = new PlainInitiative();
    p.schemaVersion = SCHEMA_VERSION;
    p.id = m.id();
    p.name = m.name();
    p.description = m.description().orElse(null);
    p.geography = m.geography().orElse(null);
    p.launchDate = m.launchDate().orElse(null);
    p.commonAgenda = agenda(m.commonAgenda());
    p.partners = map(m.partners(), PlainJson::partner);
    p.backbone = m.backbone().map(PlainJson::backbone).orElse(null);
    p.indicators = map(m.indicators(), PlainJson::indicator);
    p.observations = map(m.observations(), PlainJson::observation);
    p.activities = map(m.activities(), PlainJson::activity);
    p.workingGroups = map(m.workingGroups(), PlainJson::workingGroup);
    p.meetingSeries = map(m.meetingSeries(), PlainJson::meetingSeries);
    p.channels = map(m.channels(), PlainJson::channel);
    return p;
  }

  private static PlainCommonAgenda agenda(CommonAgenda m) {
    PlainCommonAgenda p = new PlainCommonAgenda();
    p.problemStatement = m.problemStatement().orElse(null);
    p.vision = m.vision().orElse(null);
    p.goals = map(m.goals(), PlainJson::goal);
    p.endorsements =
        map(
            m.endorsements(),
            e -> {
              PlainEndorsement pe = new PlainEndorsement();
              pe.partnerId = e.partnerId();
              pe.date = e.date().orElse(null);
              return pe;
            });
    return p;
  }

  private static PlainGoal goal(Goal m) {
    PlainGoal p = new PlainGoal();
    p.id = m.id();
    p.statement = m.statement();
    p.indicatorIds = new ArrayList<>(m.indicatorIds());
    p.targetDate = m.targetDate().orElse(null);
    if (m.equityFocus().isPresent()) {
      EquityFocus f = m.equityFocus().get();
      p.equityFocus = new PlainEquityFocus();
      p.equityFocus.dimensions = map(f.dimensions(), DisaggregationDimension::key);
      p.equityFocus.populations = new ArrayList<>(f.populations());
    }
    return p;
  }

  private static PlainPartner partner(Partner m) {
    PlainPartner p = new PlainPartner();
    p.id = m.id();
    p.name = m.name();
    p.sector = m.sector();
    p.roles = new ArrayList<>(m.roles());
    p.joined = m.joined().orElse(null);
    return p;
  }

  private static PlainBackbone backbone(Backbone m) {
    PlainBackbone p = new PlainBackbone();
    p.name = m.name();
    p.partnerId = m.partnerId().orElse(null);
    p.type = m.type().orElse(null);
    p.staff =
        map(
            m.staff(),
            s -> {
              PlainStaffPosition ps = new PlainStaffPosition();
              ps.role = s.role();
              ps.fte = s.fte().isPresent() ? s.fte().getAsDouble() : null;
              ps.headcount = s.headcount().isPresent() ? s.headcount().getAsInt() : null;
              return ps;
            });
    p.fundingSources =
        map(
            m.fundingSources(),
            f -> {
              PlainFundingSource pf = new PlainFundingSource();
              pf.name = f.name();
              pf.partnerId = f.partnerId().orElse(null);
              return pf;
            });
    p.roles =
        map(
            m.roles(),
            r -> {
              PlainBackboneRole pr = new PlainBackboneRole();
              pr.function = r.function();
              pr.partnerId = r.partnerId().orElse(null);
              pr.description = r.description().orElse(null);
              return pr;
            });
    return p;
  }

  private static PlainDatedValue datedValue(DatedValue m) {
    PlainDatedValue p = new PlainDatedValue();
    p.value = m.value();
    p.date = m.date();
    return p;
  }

  private static PlainIndicator indicator(Indicator m) {
    PlainIndicator p = new PlainIndicator();
    p.id = m.id();
    p.name = m.name();
    p.definition = m.definition().orElse(null);
    p.unit = m.unit().orElse(null);
    p.desiredDirection = m.desiredDirection();
    p.level = m.level();
    p.baseline = m.baseline().map(PlainJson::datedValue).orElse(null);
    p.target = m.target().map(PlainJson::datedValue).orElse(null);
    p.interimTargets = map(m.interimTargets(), PlainJson::datedValue);
    p.reportingFrequency = m.reportingFrequency().map(Cadence::toString).orElse(null);
    p.dataSource = m.dataSource().orElse(null);
    p.dataPartnerIds = new ArrayList<>(m.dataPartnerIds());
    p.disaggregations = map(new ArrayList<>(m.disaggregations()), DisaggregationDimension::key);
    p.externalCodes =
        map(
            m.externalCodes(),
            c -> {
              PlainExternalCode pc = new PlainExternalCode();
              pc.catalogue = c.catalogue();
              pc.code = c.code();
              return pc;
            });
    return p;
  }

  private static PlainObservation observation(Observation m) {
    PlainObservation p = new PlainObservation();
    p.indicatorId = m.indicatorId();
    p.period = new PlainPeriod();
    p.period.start = m.period().start();
    p.period.end = m.period().end();
    p.value = m.value();
    p.partnerId = m.partnerId().orElse(null);
    if (m.disaggregation().isPresent()) {
      p.disaggregation = new PlainDisaggregation();
      p.disaggregation.dimension = m.disaggregation().get().dimension().key();
      p.disaggregation.group = m.disaggregation().get().group();
    }
    p.note = m.note().orElse(null);
    return p;
  }

  private static PlainActivity activity(Activity m) {
    PlainActivity p = new PlainActivity();
    p.id = m.id();
    p.name = m.name();
    p.leadPartnerId = m.leadPartnerId().orElse(null);
    p.contributingPartnerIds = new ArrayList<>(m.contributingPartnerIds());
    p.goalIds = new ArrayList<>(m.goalIds());
    p.indicatorIds = new ArrayList<>(m.indicatorIds());
    p.workingGroupId = m.workingGroupId().orElse(null);
    p.start = m.start();
    p.end = m.end().orElse(null);
    return p;
  }

  private static PlainWorkingGroup workingGroup(WorkingGroup m) {
    PlainWorkingGroup p = new PlainWorkingGroup();
    p.id = m.id();
    p.name = m.name();
    p.memberPartnerIds = new ArrayList<>(m.memberPartnerIds());
    p.goalIds = new ArrayList<>(m.goalIds());
    p.indicatorIds = new ArrayList<>(m.indicatorIds());
    return p;
  }

  private static PlainMeetingSeries meetingSeries(MeetingSeries m) {
    PlainMeetingSeries p = new PlainMeetingSeries();
    p.id = m.id();
    p.name = m.name();
    p.kind = m.kind();
    p.participantPartnerIds = new ArrayList<>(m.participantPartnerIds());
    p.workingGroupId = m.workingGroupId().orElse(null);
    p.cadence = m.cadence().toString();
    p.meetingDates = new ArrayList<>(m.meetingDates());
    return p;
  }

  private static PlainChannel channel(Channel m) {
    PlainChannel p = new PlainChannel();
    p.id = m.id();
    p.name = m.name();
    p.kind = m.kind();
    p.audience = m.audience();
    p.publishesResults = m.publishesResults();
    p.partnerIds = new ArrayList<>(m.partnerIds());
    return p;
  }

  // ---- plain to model ----

  /**
   * Builds a model initiative from the plain classes.
   *
   * @param p the plain initiative
   * @return the initiative
   * @throws io.github.collectiveimpact.model.InvalidModelException if an invariant of the model fails
   */
  public static Initiative toModel(PlainInitiative p) {
    Initiative.Builder m =
        Initiative.builder()
            .id(p.id)
            .name(p.name)
            .description(Optional.ofNullable(p.description))
            .geography(Optional.ofNullable(p.geography))
            .launchDate(Optional.ofNullable(p.launchDate))
            .partners(map(p.partners, PlainJson::partner))
            .backbone(Optional.ofNullable(p.backbone).map(PlainJson::backbone))
            .indicators(map(p.indicators, PlainJson::indicator))
            .observations(map(p.observations, PlainJson::observation))
            .activities(map(p.activities, PlainJson::activity))
            .workingGroups(map(p.workingGroups, PlainJson::workingGroup))
            .meetingSeries(map(p.meetingSeries, PlainJson::meetingSeries))
            .channels(map(p.channels, PlainJson::channel));
    if (p.commonAgenda != null) {
      m.commonAgenda(agenda(p.commonAgenda));
    }
    return m.build();
  }

  private static CommonAgenda agenda(PlainCommonAgenda p) {
    return CommonAgenda.builder()
        .problemStatement(Optional.ofNullable(p.problemStatement))
        .vision(Optional.ofNullable(p.vision))
        .goals(map(p.goals, PlainJson::goal))
        .endorsements(
            map(
                p.endorsements,
                e ->
                    Endorsement.builder()
                        .partnerId(e.partnerId)
                        .date(Optional.ofNullable(e.date))
                        .build()))
        .build();
  }

  private static Goal goal(PlainGoal p) {
    Goal.Builder m =
        Goal.builder()
            .id(p.id)
            .statement(p.statement)
            .indicatorIds(p.indicatorIds)
            .targetDate(Optional.ofNullable(p.targetDate));
    if (p.equityFocus != null) {
      m.equityFocus(
          EquityFocus.builder()
              .dimensions(map(p.equityFocus.dimensions, DisaggregationDimension::of))
              .populations(p.equityFocus.populations)
              .build());
    }
    return m.build();
  }

  private static Partner partner(PlainPartner p) {
    return Partner.builder()
        .id(p.id)
        .name(p.name)
        .sector(p.sector)
        .roles(p.roles)
        .joined(Optional.ofNullable(p.joined))
        .build();
  }

  private static StaffPosition staffPosition(PlainStaffPosition p) {
    StaffPosition.Builder position = StaffPosition.builder().role(p.role);
    if (p.fte != null) {
      position.fte(p.fte);
    }
    if (p.headcount != null) {
      position.headcount(p.headcount);
    }
    return position.build();
  }

  private static Backbone backbone(PlainBackbone p) {
    return Backbone.builder()
        .name(p.name)
        .partnerId(Optional.ofNullable(p.partnerId))
        .type(Optional.ofNullable(p.type))
        .staff(map(p.staff, PlainJson::staffPosition))
        .fundingSources(
            map(
                p.fundingSources,
                f ->
                    FundingSource.builder()
                        .name(f.name)
                        .partnerId(Optional.ofNullable(f.partnerId))
                        .build()))
        .roles(
            map(
                p.roles,
                r ->
                    BackboneRole.builder()
                        .function(r.function)
                        .partnerId(Optional.ofNullable(r.partnerId))
                        .description(Optional.ofNullable(r.description))
                        .build()))
        .build();
  }

  private static DatedValue datedValue(PlainDatedValue p) {
    return DatedValue.of(p.value, p.date);
  }

  private static Indicator indicator(PlainIndicator p) {
    return Indicator.builder()
        .id(p.id)
        .name(p.name)
        .definition(Optional.ofNullable(p.definition))
        .unit(Optional.ofNullable(p.unit))
        .desiredDirection(p.desiredDirection)
        .level(p.level)
        .baseline(Optional.ofNullable(p.baseline).map(PlainJson::datedValue))
        .target(Optional.ofNullable(p.target).map(PlainJson::datedValue))
        .interimTargets(map(p.interimTargets, PlainJson::datedValue))
        .reportingFrequency(Optional.ofNullable(p.reportingFrequency).map(Cadence::parse))
        .dataSource(Optional.ofNullable(p.dataSource))
        .dataPartnerIds(p.dataPartnerIds)
        .disaggregations(map(p.disaggregations, DisaggregationDimension::of))
        .externalCodes(map(p.externalCodes, c -> ExternalCode.of(c.catalogue, c.code)))
        .build();
  }

  private static Observation observation(PlainObservation p) {
    Observation.Builder m =
        Observation.builder()
            .indicatorId(p.indicatorId)
            .period(ReportingPeriod.of(p.period.start, p.period.end))
            .value(p.value)
            .partnerId(Optional.ofNullable(p.partnerId))
            .note(Optional.ofNullable(p.note));
    if (p.disaggregation != null) {
      m.disaggregation(
          Disaggregation.of(
              DisaggregationDimension.of(p.disaggregation.dimension), p.disaggregation.group));
    }
    return m.build();
  }

  private static Activity activity(PlainActivity p) {
    return Activity.builder()
        .id(p.id)
        .name(p.name)
        .leadPartnerId(Optional.ofNullable(p.leadPartnerId))
        .contributingPartnerIds(p.contributingPartnerIds)
        .goalIds(p.goalIds)
        .indicatorIds(p.indicatorIds)
        .workingGroupId(Optional.ofNullable(p.workingGroupId))
        .start(p.start)
        .end(Optional.ofNullable(p.end))
        .build();
  }

  private static WorkingGroup workingGroup(PlainWorkingGroup p) {
    return WorkingGroup.builder()
        .id(p.id)
        .name(p.name)
        .memberPartnerIds(p.memberPartnerIds)
        .goalIds(p.goalIds)
        .indicatorIds(p.indicatorIds)
        .build();
  }

  private static MeetingSeries meetingSeries(PlainMeetingSeries p) {
    return MeetingSeries.builder()
        .id(p.id)
        .name(p.name)
        .kind(p.kind)
        .participantPartnerIds(p.participantPartnerIds)
        .workingGroupId(Optional.ofNullable(p.workingGroupId))
        .cadence(Cadence.parse(p.cadence))
        .meetingDates(p.meetingDates)
        .build();
  }

  private static Channel channel(PlainChannel p) {
    return Channel.builder()
        .id(p.id)
        .name(p.name)
        .kind(p.kind)
        .audience(p.audience)
        .publishesResults(p.publishesResults)
        .partnerIds(p.partnerIds)
        .build();
  }
}
