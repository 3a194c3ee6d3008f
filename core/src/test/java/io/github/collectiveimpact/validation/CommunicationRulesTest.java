package io.github.collectiveimpact.validation;

import static io.github.collectiveimpact.validation.RuleExamples.AS_OF;
import static io.github.collectiveimpact.validation.RuleExamples.append;
import static io.github.collectiveimpact.validation.RuleExamples.assertOnly;
import static io.github.collectiveimpact.validation.RuleExamples.assertPasses;
import static io.github.collectiveimpact.validation.RuleExamples.at;
import static io.github.collectiveimpact.validation.RuleExamples.mapAll;
import static io.github.collectiveimpact.validation.RuleExamples.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.collectiveimpact.model.Audience;
import io.github.collectiveimpact.model.Cadence;
import io.github.collectiveimpact.model.Endorsement;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.MeetingKind;
import io.github.collectiveimpact.model.MeetingSeries;
import io.github.collectiveimpact.model.Partner;
import io.github.collectiveimpact.model.Sector;
import io.github.collectiveimpact.model.WorkingGroup;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A triggering and a passing example for each rule of continuous communication (CC-001..CC-008). */
@ExtendWith(RuleExamples.class)
class CommunicationRulesTest {
  private final Initiative base = RuleExamples.base();
  private final int steering =
      IntStream.range(0, base.meetingSeries().size())
          .filter(i -> base.meetingSeries().get(i).kind() == MeetingKind.STEERING_COMMITTEE)
          .findFirst()
          .orElseThrow();
  private final String steeringId = base.meetingSeries().get(steering).id();

  private Initiative withSteering(UnaryOperator<MeetingSeries> change) {
    return base.withMeetingSeries(replace(base.meetingSeries(), steering, change));
  }

  private Initiative steeringMetOn(LocalDate... dates) {
    return withSteering(s -> s.withMeetingDates(dates));
  }

  @Test
  void theCompleteExampleBreaksNoRule() {
    assertPasses(base);
  }

  @Test
  @Triggers("CC-001")
  void anInitiativeWithoutASteeringCommitteeIsReported() {
    Initiative broken =
        base.withMeetingSeries(
            mapAll(
                base.meetingSeries(),
                s ->
                    s.kind() == MeetingKind.STEERING_COMMITTEE
                        ? s.withKind(MeetingKind.ALL_PARTNERS)
                        : s));
    // Without a steering committee, who decides is the partners with the steering role: the
    // community rules then speak too, and are not the point here.
    Validator only = Validator.builder().asOf(AS_OF).disable("CA-009", "CA-011").build();
    ValidationReport report = assertOnly(only, broken, "CC-001", at("/meetingSeries"));
    assertEquals(Severity.WARNING, report.findings().get(0).severity());
  }

  @Test
  @Triggers("CC-008")
  void partnersWithoutAnyMeetingOrChannelDoNotCommunicate() {
    Initiative silent = base.withMeetingSeries(List.of()).withChannels(List.of());
    // Every rule that needs a meeting or a channel would speak too; this one says the condition is
    // absent.
    Validator only =
        Validator.builder()
            .asOf(AS_OF)
            .disable("CA-009", "CA-011", "SM-009", "SM-021", "CC-005", "CC-006", "CC-007")
            .build();
    ValidationReport report = assertOnly(only, silent, "CC-008", at("/meetingSeries"));
    assertEquals(Severity.ERROR, report.findings().get(0).severity());
  }

  @Test
  @Triggers("CC-002")
  void aSteeringCommitteeMeetingLessOftenThanTheGapIsReported() {
    assertOnly(
        withSteering(s -> s.withCadence(Cadence.SEMIANNUALLY)),
        "CC-002",
        at("/meetingSeries/" + steering + "/cadence", steeringId, "P6M", "P3M"));
    assertPasses(
        Validator.builder()
            .asOf(AS_OF)
            .threshold(Threshold.MAX_STEERING_MEETING_GAP, Period.ofMonths(6))
            .build(),
        withSteering(s -> s.withCadence(Cadence.SEMIANNUALLY)));
  }

  @Test
  @Triggers("CC-002")
  void daysAreComparedWithMonthsOnTheCalendar() {
    // From 2026-06-30, one month and 30 days both end on 2026-07-30.
    Validator monthly =
        Validator.builder()
            .asOf(AS_OF)
            .threshold(Threshold.MAX_STEERING_MEETING_GAP, Period.ofMonths(1))
            .build();
    assertPasses(monthly, withSteering(s -> s.withCadence(Cadence.of(Period.ofDays(30)))));
    assertOnly(
        monthly,
        withSteering(s -> s.withCadence(Cadence.of(Period.ofDays(31)))),
        "CC-002",
        at("/meetingSeries/" + steering + "/cadence", steeringId, "P31D", "P1M"));
  }

  @Test
  @Triggers("CC-003")
  void aSteeringCommitteeWithoutMeetingsIsReported() {
    assertOnly(
        steeringMetOn(), "CC-003", at("/meetingSeries/" + steering + "/meetingDates", steeringId));
  }

  @Test
  @Triggers("CC-003")
  void meetingsAfterTheValidationDateAreNotRecordedMeetings() {
    Initiative future = steeringMetOn(AS_OF.plusDays(1), AS_OF.plusMonths(3));
    assertOnly(future, "CC-003", at("/meetingSeries/" + steering + "/meetingDates", steeringId));
    assertPasses(steeringMetOn(AS_OF.plusDays(1), AS_OF));
  }

  @Test
  @Triggers("CC-004")
  void aSteeringCommitteeThatLastMetOverSixMonthsAgoIsReported() {
    LocalDate sixMonthsAgo = AS_OF.minusMonths(6);
    assertPasses(steeringMetOn(sixMonthsAgo.minusMonths(3), sixMonthsAgo));
    assertOnly(
        steeringMetOn(sixMonthsAgo.minusDays(1), sixMonthsAgo.minusMonths(3)),
        "CC-004",
        at(
            "/meetingSeries/" + steering + "/meetingDates",
            steeringId,
            sixMonthsAgo.minusDays(1).toString(),
            "P6M"));
  }

  @Test
  @Triggers("CC-004")
  void theLastMeetingGrowsOldWithTheValidationDate() {
    LocalDate sixMonthsAgo = AS_OF.minusMonths(6);
    Initiative initiative = steeringMetOn(sixMonthsAgo);
    assertPasses(initiative);
    assertOnly(
        Validator.builder().asOf(AS_OF.plusDays(1)).build(),
        initiative,
        "CC-004",
        at(
            "/meetingSeries/" + steering + "/meetingDates",
            steeringId,
            sixMonthsAgo.toString(),
            "P6M"));
    assertPasses(
        Validator.builder()
            .asOf(AS_OF.plusDays(1))
            .threshold(Threshold.MAX_SINCE_LAST_STEERING_MEETING, Period.ofYears(1))
            .build(),
        initiative);
  }

  /** A new partner who endorses the agenda and works in the first working group, but meets no one. */
  private Initiative withSilentPartner() {
    Partner silent =
        Partner.builder().id("p-silent").name("Silent partner").sector(Sector.HEALTH).build();
    return base.withPartners(append(base.partners(), silent))
        .withCommonAgenda(
            base.commonAgenda()
                .withEndorsements(
                    append(base.commonAgenda().endorsements(), Endorsement.of("p-silent", AS_OF))))
        .withWorkingGroups(
            replace(
                base.workingGroups(),
                0,
                w -> w.withMemberPartnerIds(append(w.memberPartnerIds(), "p-silent"))));
  }

  @Test
  @Triggers("CC-005")
  void aPartnerOutsideEveryMeetingAndChannelIsReported() {
    assertOnly(
        withSilentPartner(),
        "CC-005",
        at("/partners", "1", "p-silent").about("/partners/" + base.partners().size()));
  }

  @Test
  void aChannelOrAMeetingSeriesEachKeepsAPartnerInTheConversation() {
    Initiative silent = withSilentPartner();
    assertPasses(
        silent.withChannels(
            replace(
                silent.channels(), 0, c -> c.withPartnerIds(append(c.partnerIds(), "p-silent")))));
    assertPasses(
        silent.withMeetingSeries(
            replace(
                silent.meetingSeries(),
                silent.meetingSeries().size() - 1,
                s -> s.withParticipantPartnerIds(append(s.participantPartnerIds(), "p-silent")))));
  }

  @Test
  @Triggers("CC-006")
  void aWorkingGroupWithoutMeetingsIsReported() {
    WorkingGroup extra = WorkingGroup.builder().id("wg-extra").name("Extra network").build();
    Initiative broken = base.withWorkingGroups(append(base.workingGroups(), extra));
    assertOnly(
        broken,
        "CC-006",
        at("/workingGroups", "1", "wg-extra")
            .about("/workingGroups/" + base.workingGroups().size()));
    MeetingSeries meetings =
        MeetingSeries.builder()
            .id("meet-wg-extra")
            .name("Extra network meeting")
            .kind(MeetingKind.WORKING_GROUP)
            .workingGroupId("wg-extra")
            .cadence(Cadence.MONTHLY)
            .build();
    assertPasses(broken.withMeetingSeries(append(broken.meetingSeries(), meetings)));
  }

  @Test
  @Triggers("CC-007")
  void channelsOnlyForPartnersAreReported() {
    Initiative partnersOnly =
        base.withChannels(mapAll(base.channels(), c -> c.withAudience(Audience.PARTNERS)));
    assertOnly(partnersOnly, "CC-007", at("/channels"));
    assertPasses(
        partnersOnly.withChannels(
            replace(partnersOnly.channels(), 0, c -> c.withAudience(Audience.COMMUNITY))));
    assertPasses(
        partnersOnly.withChannels(
            replace(partnersOnly.channels(), 0, c -> c.withAudience(Audience.PUBLIC))));
  }

  @Test
  void everySteeringCommitteeIsChecked() {
    // Sanity check of the example: it has exactly one steering committee.
    List<MeetingSeries> committees =
        base.meetingSeries().stream()
            .filter(s -> s.kind() == MeetingKind.STEERING_COMMITTEE)
            .toList();
    assertEquals(List.of(base.meetingSeries().get(steering)), committees);
  }
}
