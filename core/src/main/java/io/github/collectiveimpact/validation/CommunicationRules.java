package io.github.collectiveimpact.validation;

import static io.github.collectiveimpact.validation.Category.CONTINUOUS_COMMUNICATION;
import static io.github.collectiveimpact.validation.Severity.ERROR;
import static io.github.collectiveimpact.validation.Severity.INFO;
import static io.github.collectiveimpact.validation.Severity.WARNING;

import io.github.collectiveimpact.model.Audience;
import io.github.collectiveimpact.model.Channel;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.MeetingKind;
import io.github.collectiveimpact.model.MeetingSeries;
import io.github.collectiveimpact.model.Partner;
import io.github.collectiveimpact.model.WorkingGroup;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Rules of continuous communication. */
final class CommunicationRules {
  private CommunicationRules() {}

  static final RuleDescriptor STEERING_EXISTS =
      RuleDescriptor.of(
          "CC-001",
          CONTINUOUS_COMMUNICATION,
          WARNING,
          "A steering committee meets as a series",
          "Leaders of the participating organisations meet regularly, over years, to build the trust"
              + " and shared vocabulary that collective impact needs; a steering committee is its usual"
              + " form.",
          Sources.KANIA_KRAMER_2011 + "; " + Sources.CHANNELING_CHANGE);

  static final RuleDescriptor STEERING_CADENCE =
      RuleDescriptor.of(
          "CC-002",
          CONTINUOUS_COMMUNICATION,
          WARNING,
          "The steering committee is scheduled to meet at least as often as maxSteeringMeetingGap (default"
              + " three months)",
          "Communication must be continuous: infrequent meetings let trust and shared motivation lapse."
              + " The rule checks the series' declared cadence; CC-004 checks that meetings are actually"
              + " held.",
          Sources.KANIA_KRAMER_2011,
          "meetingSeriesId",
          "cadence",
          "maxGap");

  static final RuleDescriptor STEERING_HAS_MET =
      RuleDescriptor.of(
          "CC-003",
          CONTINUOUS_COMMUNICATION,
          INFO,
          "The steering committee's meetings are recorded",
          "A schedule is not communication; held meetings are the evidence that partners talk. A series"
              + " with no meeting date recorded says nothing of whether it meets, so this is a note;"
              + " CC-004 warns when the recorded meetings stopped.",
          Sources.EVALUATION_GUIDE,
          "meetingSeriesId");

  static final RuleDescriptor STEERING_MET_RECENTLY =
      RuleDescriptor.of(
          "CC-004",
          CONTINUOUS_COMMUNICATION,
          WARNING,
          "The steering committee met within maxSinceLastSteeringMeeting (default six months)",
          "An initiative whose leaders have not met for months has stopped communicating continuously.",
          Sources.KANIA_KRAMER_2011,
          "meetingSeriesId",
          "lastMeeting",
          "maxSince");

  static final RuleDescriptor PARTNER_COMMUNICATES =
      RuleDescriptor.of(
          "CC-005",
          CONTINUOUS_COMMUNICATION,
          WARNING,
          "Every partner takes part in a meeting series or a channel",
          "Consistent, open communication across all the players builds trust; a partner outside every"
              + " meeting and channel is outside the conversation.",
          Sources.KANIA_KRAMER_2011,
          "count",
          "partnerIds");

  static final RuleDescriptor WORKING_GROUP_MEETS =
      RuleDescriptor.of(
          "CC-006",
          CONTINUOUS_COMMUNICATION,
          WARNING,
          "Every working group has a meeting series",
          "Working groups coordinate activities by meeting regularly.",
          Sources.CHANNELING_CHANGE,
          "count",
          "workingGroupIds");

  static final RuleDescriptor REACHES_PUBLIC =
      RuleDescriptor.of(
          "CC-007",
          CONTINUOUS_COMMUNICATION,
          WARNING,
          "At least one channel reaches the community or the public",
          "Building public will and including community members requires communication beyond the"
              + " partners.",
          Sources.BACKBONE_VALUE + "; " + Sources.PRINCIPLES_OF_PRACTICE);

  static final RuleDescriptor COMMUNICATES =
      RuleDescriptor.of(
          "CC-008",
          CONTINUOUS_COMMUNICATION,
          ERROR,
          "The partners communicate: at least one meeting series or channel",
          "Continuous communication is regular meetings and open channels kept up over years; with"
              + " neither, the condition is absent.",
          Sources.KANIA_KRAMER_2011);

  static List<Rule> rules() {
    return List.of(
        Rule.of(STEERING_EXISTS, CommunicationRules::steeringExists),
        Rule.of(STEERING_CADENCE, CommunicationRules::steeringCadence),
        Rule.of(STEERING_HAS_MET, CommunicationRules::steeringHasMet),
        Rule.of(STEERING_MET_RECENTLY, CommunicationRules::steeringMetRecently),
        Rule.of(PARTNER_COMMUNICATES, CommunicationRules::partnerCommunicates),
        Rule.of(WORKING_GROUP_MEETS, CommunicationRules::workingGroupMeets),
        Rule.of(REACHES_PUBLIC, CommunicationRules::reachesPublic),
        Rule.of(COMMUNICATES, CommunicationRules::communicates));
  }

  private static void steeringExists(RuleContext context) {
    if (context.initiative().meetingSeries().isEmpty()
        && context.initiative().channels().isEmpty()) {
      return; // CC-008
    }
    for (MeetingSeries s : context.initiative().meetingSeries()) {
      if (s.kind() == MeetingKind.STEERING_COMMITTEE) {
        return;
      }
    }
    context.report("/meetingSeries");
  }

  private static void steeringCadence(RuleContext context) {
    Period max = context.threshold(Threshold.MAX_STEERING_MEETING_GAP);
    List<MeetingSeries> series = context.initiative().meetingSeries();
    for (int i = 0; i < series.size(); i++) {
      MeetingSeries s = series.get(i);
      if (s.kind() == MeetingKind.STEERING_COMMITTEE
          && !s.cadence().isAtMostAsLongAs(max, context.asOf())) {
        context.report("/meetingSeries/" + i + "/cadence", s.id(), s.cadence(), max);
      }
    }
  }

  private static void steeringHasMet(RuleContext context) {
    List<MeetingSeries> series = context.initiative().meetingSeries();
    for (int i = 0; i < series.size(); i++) {
      MeetingSeries s = series.get(i);
      if (s.kind() == MeetingKind.STEERING_COMMITTEE
          && s.lastMeetingOnOrBefore(context.asOf()).isEmpty()) {
        context.report("/meetingSeries/" + i + "/meetingDates", s.id());
      }
    }
  }

  private static void steeringMetRecently(RuleContext context) {
    Period max = context.threshold(Threshold.MAX_SINCE_LAST_STEERING_MEETING);
    List<MeetingSeries> series = context.initiative().meetingSeries();
    for (int i = 0; i < series.size(); i++) {
      MeetingSeries s = series.get(i);
      if (s.kind() != MeetingKind.STEERING_COMMITTEE) {
        continue;
      }
      Optional<LocalDate> last = s.lastMeetingOnOrBefore(context.asOf());
      if (last.isPresent() && Dates.plus(last.get(), max).isBefore(context.asOf())) {
        context.report("/meetingSeries/" + i + "/meetingDates", s.id(), last.get(), max);
      }
    }
  }

  private static void partnerCommunicates(RuleContext context) {
    Initiative initiative = context.initiative();
    Set<String> taking = new HashSet<>();
    for (MeetingSeries s : initiative.meetingSeries()) {
      taking.addAll(s.participantPartnerIds());
    }
    for (Channel c : initiative.channels()) {
      taking.addAll(c.partnerIds());
    }
    List<Partner> partners = initiative.partners();
    Affected outside = new Affected();
    for (int i = 0; i < partners.size(); i++) {
      if (!taking.contains(partners.get(i).id())) {
        outside.add("/partners/" + i, partners.get(i).id());
      }
    }
    outside.report(context, "/partners");
  }

  private static void workingGroupMeets(RuleContext context) {
    Initiative initiative = context.initiative();
    Set<String> meeting = new HashSet<>();
    for (MeetingSeries s : initiative.meetingSeries()) {
      s.workingGroupId().ifPresent(meeting::add);
    }
    List<WorkingGroup> groups = initiative.workingGroups();
    Affected silent = new Affected();
    for (int i = 0; i < groups.size(); i++) {
      if (!meeting.contains(groups.get(i).id())) {
        silent.add("/workingGroups/" + i, groups.get(i).id());
      }
    }
    silent.report(context, "/workingGroups");
  }

  private static void reachesPublic(RuleContext context) {
    for (Channel c : context.initiative().channels()) {
      if (c.audience() == Audience.COMMUNITY || c.audience() == Audience.PUBLIC) {
        return;
      }
    }
    context.report("/channels");
  }

  private static void communicates(RuleContext context) {
    if (context.initiative().meetingSeries().isEmpty()
        && context.initiative().channels().isEmpty()) {
      context.report("/meetingSeries");
    }
  }
}
