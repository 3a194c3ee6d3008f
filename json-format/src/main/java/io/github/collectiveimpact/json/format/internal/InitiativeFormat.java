package io.github.collectiveimpact.json.format.internal;

import static io.github.collectiveimpact.json.format.internal.Codecs.CADENCE;
import static io.github.collectiveimpact.json.format.internal.Codecs.DATE;
import static io.github.collectiveimpact.json.format.internal.Codecs.DIMENSION;
import static io.github.collectiveimpact.json.format.internal.Codecs.NON_NEGATIVE_INTEGER;
import static io.github.collectiveimpact.json.format.internal.Codecs.NON_NEGATIVE_NUMBER;
import static io.github.collectiveimpact.json.format.internal.Codecs.NUMBER;
import static io.github.collectiveimpact.json.format.internal.Codecs.PERIOD_CODEC;
import static io.github.collectiveimpact.json.format.internal.Codecs.STRING;
import static io.github.collectiveimpact.json.format.internal.Codecs.TEXT;
import static io.github.collectiveimpact.json.format.internal.Codecs.enumOf;

import io.github.collectiveimpact.model.Activity;
import io.github.collectiveimpact.model.ActivityKind;
import io.github.collectiveimpact.model.Aggregation;
import io.github.collectiveimpact.model.Audience;
import io.github.collectiveimpact.model.Backbone;
import io.github.collectiveimpact.model.BackboneFunction;
import io.github.collectiveimpact.model.BackboneRole;
import io.github.collectiveimpact.model.BackboneType;
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
import java.util.List;

/**
 * The initiative document, type by type and property by property: the format's one definition. The
 * order of the properties is the order in which they are written; the names are the model's attribute
 * names.
 */
public final class InitiativeFormat {
  private InitiativeFormat() {}

  /** The version of the initiative document written. */
  public static final String VERSION = "1.1";

  /** An ISO 4217 amount. */
  public static final Shape<MonetaryAmount, MonetaryAmount.Builder> MONETARY_AMOUNT =
      Shape.of(
              "monetaryAmount",
              MonetaryAmount.class,
              MonetaryAmount::builder,
              MonetaryAmount.Builder::build)
          .requiredNumber(
              "value", NON_NEGATIVE_NUMBER, MonetaryAmount::value, MonetaryAmount.Builder::value)
          .required("currency", TEXT, MonetaryAmount::currency, MonetaryAmount.Builder::currency);

  /** A span of dates. */
  public static final Shape<DateRange, DateRange.Builder> DATE_RANGE =
      Shape.of("dateRange", DateRange.class, DateRange::builder, DateRange.Builder::build)
          .required("start", DATE, DateRange::start, DateRange.Builder::start)
          .required("end", DATE, DateRange::end, DateRange.Builder::end);

  /** A value on a date. */
  public static final Shape<DatedValue, DatedValue.Builder> DATED_VALUE =
      Shape.of("datedValue", DatedValue.class, DatedValue::builder, DatedValue.Builder::build)
          .requiredNumber("value", NUMBER, DatedValue::value, DatedValue.Builder::value)
          .required("date", DATE, DatedValue::date, DatedValue.Builder::date);

  /** A code in an external catalogue. */
  public static final Shape<ExternalCode, ExternalCode.Builder> EXTERNAL_CODE =
      Shape.of(
              "externalCode",
              ExternalCode.class,
              ExternalCode::builder,
              ExternalCode.Builder::build)
          .required("catalogue", TEXT, ExternalCode::catalogue, ExternalCode.Builder::catalogue)
          .required("code", TEXT, ExternalCode::code, ExternalCode.Builder::code);

  /** A group of a dimension. */
  public static final Shape<Disaggregation, Disaggregation.Builder> DISAGGREGATION =
      Shape.of(
              "disaggregation",
              Disaggregation.class,
              Disaggregation::builder,
              Disaggregation.Builder::build)
          .required(
              "dimension", DIMENSION, Disaggregation::dimension, Disaggregation.Builder::dimension)
          .required("group", TEXT, Disaggregation::group, Disaggregation.Builder::group);

  /** The one group an indicator measures. */
  public static final Shape<MeasuredGroup, MeasuredGroup.Builder> MEASURED_GROUP =
      Shape.of(
              "measuredGroup",
              MeasuredGroup.class,
              MeasuredGroup::builder,
              MeasuredGroup.Builder::build)
          .required(
              "dimension", DIMENSION, MeasuredGroup::dimension, MeasuredGroup.Builder::dimension)
          .required("group", TEXT, MeasuredGroup::group, MeasuredGroup.Builder::group)
          .optional("parity", NUMBER, MeasuredGroup::parity, MeasuredGroup.Builder::parity);

  /** A reporting period. */
  public static final Shape<ReportingPeriod, ReportingPeriod.Builder> REPORTING_PERIOD =
      Shape.of(
              "reportingPeriod",
              ReportingPeriod.class,
              ReportingPeriod::builder,
              ReportingPeriod.Builder::build)
          .required("start", DATE, ReportingPeriod::start, ReportingPeriod.Builder::start)
          .required("end", DATE, ReportingPeriod::end, ReportingPeriod.Builder::end);

  /** A goal's equity focus. */
  public static final Shape<EquityFocus, EquityFocus.Builder> EQUITY_FOCUS =
      Shape.of("equityFocus", EquityFocus.class, EquityFocus::builder, EquityFocus.Builder::build)
          .list("dimensions", DIMENSION, EquityFocus::dimensions, EquityFocus.Builder::dimensions)
          .list("populations", TEXT, EquityFocus::populations, EquityFocus.Builder::populations);

  /** A goal. */
  public static final Shape<Goal, Goal.Builder> GOAL =
      Shape.of("goal", Goal.class, Goal::builder, Goal.Builder::build)
          .required("id", TEXT, Goal::id, Goal.Builder::id)
          .required("statement", TEXT, Goal::statement, Goal.Builder::statement)
          .list("indicatorIds", TEXT, Goal::indicatorIds, Goal.Builder::indicatorIds)
          .optional("targetDate", DATE, Goal::targetDate, Goal.Builder::targetDate)
          .optional("equityFocus", EQUITY_FOCUS, Goal::equityFocus, Goal.Builder::equityFocus);

  /** A partner's endorsement of the agenda. */
  public static final Shape<Endorsement, Endorsement.Builder> ENDORSEMENT =
      Shape.of("endorsement", Endorsement.class, Endorsement::builder, Endorsement.Builder::build)
          .required("partnerId", TEXT, Endorsement::partnerId, Endorsement.Builder::partnerId)
          .optional("date", DATE, Endorsement::date, Endorsement.Builder::date);

  /** The common agenda. */
  public static final Shape<CommonAgenda, CommonAgenda.Builder> COMMON_AGENDA =
      Shape.of(
              "commonAgenda",
              CommonAgenda.class,
              CommonAgenda::builder,
              CommonAgenda.Builder::build)
          .optional(
              "problemStatement",
              STRING,
              CommonAgenda::problemStatement,
              CommonAgenda.Builder::problemStatement)
          .optional("vision", STRING, CommonAgenda::vision, CommonAgenda.Builder::vision)
          .list("goals", GOAL, CommonAgenda::goals, CommonAgenda.Builder::goals)
          .list(
              "endorsements",
              ENDORSEMENT,
              CommonAgenda::endorsements,
              CommonAgenda.Builder::endorsements);

  /** A partner. */
  public static final Shape<Partner, Partner.Builder> PARTNER =
      Shape.of("partner", Partner.class, Partner::builder, Partner.Builder::build)
          .required("id", TEXT, Partner::id, Partner.Builder::id)
          .required("name", TEXT, Partner::name, Partner.Builder::name)
          .required("sector", enumOf(Sector.class), Partner::sector, Partner.Builder::sector)
          .optional("family", enumOf(SectorFamily.class), Partner::family, Partner.Builder::family)
          .set("roles", enumOf(PartnerRole.class), Partner::roles, Partner.Builder::roles)
          .optional("joined", DATE, Partner::joined, Partner.Builder::joined);

  /** A position on the backbone's staff. */
  public static final Shape<StaffPosition, StaffPosition.Builder> STAFF_POSITION =
      Shape.of(
              "staffPosition",
              StaffPosition.class,
              StaffPosition::builder,
              StaffPosition.Builder::build)
          .required("role", TEXT, StaffPosition::role, StaffPosition.Builder::role)
          .optionalNumber(
              "fte", NON_NEGATIVE_NUMBER, StaffPosition::fte, StaffPosition.Builder::fte)
          .optionalInteger(
              "headcount",
              NON_NEGATIVE_INTEGER,
              StaffPosition::headcount,
              StaffPosition.Builder::headcount);

  /** A source of the backbone's funding. */
  public static final Shape<FundingSource, FundingSource.Builder> FUNDING_SOURCE =
      Shape.of(
              "fundingSource",
              FundingSource.class,
              FundingSource::builder,
              FundingSource.Builder::build)
          .required("name", TEXT, FundingSource::name, FundingSource.Builder::name)
          .optional("partnerId", TEXT, FundingSource::partnerId, FundingSource.Builder::partnerId)
          .optional("amount", MONETARY_AMOUNT, FundingSource::amount, FundingSource.Builder::amount)
          .optional(
              "committed", DATE_RANGE, FundingSource::committed, FundingSource.Builder::committed);

  /** A function of the backbone, and who carries it out. */
  public static final Shape<BackboneRole, BackboneRole.Builder> BACKBONE_ROLE =
      Shape.of(
              "backboneRole",
              BackboneRole.class,
              BackboneRole::builder,
              BackboneRole.Builder::build)
          .required(
              "function",
              enumOf(BackboneFunction.class),
              BackboneRole::function,
              BackboneRole.Builder::function)
          .optional("partnerId", TEXT, BackboneRole::partnerId, BackboneRole.Builder::partnerId)
          .optional(
              "description", STRING, BackboneRole::description, BackboneRole.Builder::description);

  /** The backbone. */
  public static final Shape<Backbone, Backbone.Builder> BACKBONE =
      Shape.of("backbone", Backbone.class, Backbone::builder, Backbone.Builder::build)
          .required("name", TEXT, Backbone::name, Backbone.Builder::name)
          .optional("partnerId", TEXT, Backbone::partnerId, Backbone.Builder::partnerId)
          .optional("type", enumOf(BackboneType.class), Backbone::type, Backbone.Builder::type)
          .list("staff", STAFF_POSITION, Backbone::staff, Backbone.Builder::staff)
          .list(
              "fundingSources",
              FUNDING_SOURCE,
              Backbone::fundingSources,
              Backbone.Builder::fundingSources)
          .list("roles", BACKBONE_ROLE, Backbone::roles, Backbone.Builder::roles);

  /** The reference groups of an indicator, by dimension key. */
  private static final Codecs.MapCodec<DisaggregationDimension, String> REFERENCE_GROUPS =
      new Codecs.MapCodec<>(
          DisaggregationDimension::of, DisaggregationDimension::key, TEXT, "problem.dimension");

  /** An indicator. */
  public static final Shape<Indicator, Indicator.Builder> INDICATOR =
      Shape.of("indicator", Indicator.class, Indicator::builder, Indicator.Builder::build)
          .required("id", TEXT, Indicator::id, Indicator.Builder::id)
          .required("name", TEXT, Indicator::name, Indicator.Builder::name)
          .optional("definition", STRING, Indicator::definition, Indicator.Builder::definition)
          .optional("unit", enumOf(Unit.class), Indicator::unit, Indicator.Builder::unit)
          .required(
              "desiredDirection",
              enumOf(Direction.class),
              Indicator::desiredDirection,
              Indicator.Builder::desiredDirection)
          .required(
              "level", enumOf(IndicatorLevel.class), Indicator::level, Indicator.Builder::level)
          .optional("baseline", DATED_VALUE, Indicator::baseline, Indicator.Builder::baseline)
          .optional("target", DATED_VALUE, Indicator::target, Indicator.Builder::target)
          .list(
              "interimTargets",
              DATED_VALUE,
              Indicator::interimTargets,
              Indicator.Builder::interimTargets)
          .optional(
              "reportingFrequency",
              CADENCE,
              Indicator::reportingFrequency,
              Indicator.Builder::reportingFrequency)
          .optional("dataSource", STRING, Indicator::dataSource, Indicator.Builder::dataSource)
          .list(
              "dataPartnerIds", TEXT, Indicator::dataPartnerIds, Indicator.Builder::dataPartnerIds)
          .set(
              "disaggregations",
              DIMENSION,
              Indicator::disaggregations,
              Indicator.Builder::disaggregations)
          .list(
              "externalCodes",
              EXTERNAL_CODE,
              Indicator::externalCodes,
              Indicator.Builder::externalCodes)
          .optional(
              "measuredGroup",
              MEASURED_GROUP,
              Indicator::measuredGroup,
              Indicator.Builder::measuredGroup)
          .map(
              "referenceGroups",
              REFERENCE_GROUPS,
              Indicator::referenceGroups,
              Indicator.Builder::referenceGroups)
          .optional(
              "tolerance", NON_NEGATIVE_NUMBER, Indicator::tolerance, Indicator.Builder::tolerance)
          .optional(
              "publicationLag",
              PERIOD_CODEC,
              Indicator::publicationLag,
              Indicator.Builder::publicationLag)
          .optional(
              "aggregation",
              enumOf(Aggregation.class),
              Indicator::aggregation,
              Indicator.Builder::aggregation);

  /** An observation of an indicator. */
  public static final Shape<Observation, Observation.Builder> OBSERVATION =
      Shape.of("observation", Observation.class, Observation::builder, Observation.Builder::build)
          .required("indicatorId", TEXT, Observation::indicatorId, Observation.Builder::indicatorId)
          .required("period", REPORTING_PERIOD, Observation::period, Observation.Builder::period)
          .requiredNumber("value", NUMBER, Observation::value, Observation.Builder::value)
          .optional("partnerId", TEXT, Observation::partnerId, Observation.Builder::partnerId)
          .optional(
              "disaggregation",
              DISAGGREGATION,
              Observation::disaggregation,
              Observation.Builder::disaggregation)
          .optional("note", STRING, Observation::note, Observation.Builder::note)
          .flag("seriesBreak", Observation::seriesBreak, Observation.Builder::seriesBreak);

  /** An activity. */
  public static final Shape<Activity, Activity.Builder> ACTIVITY =
      Shape.of("activity", Activity.class, Activity::builder, Activity.Builder::build)
          .required("id", TEXT, Activity::id, Activity.Builder::id)
          .required("name", TEXT, Activity::name, Activity.Builder::name)
          .optional("leadPartnerId", TEXT, Activity::leadPartnerId, Activity.Builder::leadPartnerId)
          .list(
              "contributingPartnerIds",
              TEXT,
              Activity::contributingPartnerIds,
              Activity.Builder::contributingPartnerIds)
          .list("goalIds", TEXT, Activity::goalIds, Activity.Builder::goalIds)
          .list("indicatorIds", TEXT, Activity::indicatorIds, Activity.Builder::indicatorIds)
          .optional(
              "workingGroupId", TEXT, Activity::workingGroupId, Activity.Builder::workingGroupId)
          .required("start", DATE, Activity::start, Activity.Builder::start)
          .optional("end", DATE, Activity::end, Activity.Builder::end)
          .optional("kind", enumOf(ActivityKind.class), Activity::kind, Activity.Builder::kind);

  /** A working group. */
  public static final Shape<WorkingGroup, WorkingGroup.Builder> WORKING_GROUP =
      Shape.of(
              "workingGroup",
              WorkingGroup.class,
              WorkingGroup::builder,
              WorkingGroup.Builder::build)
          .required("id", TEXT, WorkingGroup::id, WorkingGroup.Builder::id)
          .required("name", TEXT, WorkingGroup::name, WorkingGroup.Builder::name)
          .list(
              "memberPartnerIds",
              TEXT,
              WorkingGroup::memberPartnerIds,
              WorkingGroup.Builder::memberPartnerIds)
          .list("goalIds", TEXT, WorkingGroup::goalIds, WorkingGroup.Builder::goalIds)
          .list(
              "indicatorIds", TEXT, WorkingGroup::indicatorIds, WorkingGroup.Builder::indicatorIds);

  /** A meeting series. */
  public static final Shape<MeetingSeries, MeetingSeries.Builder> MEETING_SERIES =
      Shape.of(
              "meetingSeries",
              MeetingSeries.class,
              MeetingSeries::builder,
              MeetingSeries.Builder::build)
          .required("id", TEXT, MeetingSeries::id, MeetingSeries.Builder::id)
          .required("name", TEXT, MeetingSeries::name, MeetingSeries.Builder::name)
          .required(
              "kind", enumOf(MeetingKind.class), MeetingSeries::kind, MeetingSeries.Builder::kind)
          .list(
              "participantPartnerIds",
              TEXT,
              MeetingSeries::participantPartnerIds,
              MeetingSeries.Builder::participantPartnerIds)
          .optional(
              "workingGroupId",
              TEXT,
              MeetingSeries::workingGroupId,
              MeetingSeries.Builder::workingGroupId)
          .required("cadence", CADENCE, MeetingSeries::cadence, MeetingSeries.Builder::cadence)
          .list(
              "meetingDates",
              DATE,
              MeetingSeries::meetingDates,
              MeetingSeries.Builder::meetingDates)
          .flag(
              "reviewsResults",
              MeetingSeries::reviewsResults,
              MeetingSeries.Builder::reviewsResults);

  /** A channel of communication. */
  public static final Shape<Channel, Channel.Builder> CHANNEL =
      Shape.of("channel", Channel.class, Channel::builder, Channel.Builder::build)
          .required("id", TEXT, Channel::id, Channel.Builder::id)
          .required("name", TEXT, Channel::name, Channel.Builder::name)
          .required("kind", enumOf(ChannelKind.class), Channel::kind, Channel.Builder::kind)
          .required(
              "audience", enumOf(Audience.class), Channel::audience, Channel.Builder::audience)
          .requiredFlag(
              "publishesResults", Channel::publishesResults, Channel.Builder::publishesResults)
          .list("partnerIds", TEXT, Channel::partnerIds, Channel.Builder::partnerIds);

  /** A change in a system. */
  public static final Shape<SystemsChange, SystemsChange.Builder> SYSTEMS_CHANGE =
      Shape.of(
              "systemsChange",
              SystemsChange.class,
              SystemsChange::builder,
              SystemsChange.Builder::build)
          .required("id", TEXT, SystemsChange::id, SystemsChange.Builder::id)
          .required("date", DATE, SystemsChange::date, SystemsChange.Builder::date)
          .required(
              "kind",
              enumOf(SystemsChangeKind.class),
              SystemsChange::kind,
              SystemsChange.Builder::kind)
          .required(
              "description", TEXT, SystemsChange::description, SystemsChange.Builder::description)
          .list("partnerIds", TEXT, SystemsChange::partnerIds, SystemsChange.Builder::partnerIds)
          .optional("source", TEXT, SystemsChange::source, SystemsChange.Builder::source);

  /** An initiative. */
  public static final Shape<Initiative, Initiative.Builder> INITIATIVE =
      Shape.of("initiative", Initiative.class, Initiative::builder, Initiative.Builder::build)
          .required("id", TEXT, Initiative::id, Initiative.Builder::id)
          .required("name", TEXT, Initiative::name, Initiative.Builder::name)
          .optional("description", STRING, Initiative::description, Initiative.Builder::description)
          .optional("geography", STRING, Initiative::geography, Initiative.Builder::geography)
          .optional("launchDate", DATE, Initiative::launchDate, Initiative.Builder::launchDate)
          .optional(
              "commonAgenda",
              COMMON_AGENDA,
              i -> java.util.Optional.of(i.commonAgenda()),
              Initiative.Builder::commonAgenda)
          .list("partners", PARTNER, Initiative::partners, Initiative.Builder::partners)
          .optional("backbone", BACKBONE, Initiative::backbone, Initiative.Builder::backbone)
          .list("indicators", INDICATOR, Initiative::indicators, Initiative.Builder::indicators)
          .list(
              "observations",
              OBSERVATION,
              Initiative::observations,
              Initiative.Builder::observations)
          .list("activities", ACTIVITY, Initiative::activities, Initiative.Builder::activities)
          .list(
              "workingGroups",
              WORKING_GROUP,
              Initiative::workingGroups,
              Initiative.Builder::workingGroups)
          .list(
              "meetingSeries",
              MEETING_SERIES,
              Initiative::meetingSeries,
              Initiative.Builder::meetingSeries)
          .list("channels", CHANNEL, Initiative::channels, Initiative.Builder::channels)
          .list(
              "systemsChanges",
              SYSTEMS_CHANGE,
              Initiative::systemsChanges,
              Initiative.Builder::systemsChanges);

  /** The initiative document. */
  public static final Root<Initiative> DOCUMENT = new Root<>(INITIATIVE, VERSION, 1);

  /**
   * Every shape of the initiative document, for the schema test and the bindings' modules.
   *
   * @return the shapes
   */
  public static List<Shape<?, ?>> shapes() {
    return List.of(
        INITIATIVE,
        COMMON_AGENDA,
        GOAL,
        EQUITY_FOCUS,
        ENDORSEMENT,
        PARTNER,
        BACKBONE,
        STAFF_POSITION,
        FUNDING_SOURCE,
        MONETARY_AMOUNT,
        DATE_RANGE,
        SYSTEMS_CHANGE,
        BACKBONE_ROLE,
        INDICATOR,
        MEASURED_GROUP,
        DATED_VALUE,
        EXTERNAL_CODE,
        OBSERVATION,
        REPORTING_PERIOD,
        DISAGGREGATION,
        ACTIVITY,
        WORKING_GROUP,
        MEETING_SERIES,
        CHANNEL);
  }
}
