package io.github.collectiveimpact.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.fixtures.Initiatives;
import io.github.collectiveimpact.model.Cadence;
import io.github.collectiveimpact.model.Direction;
import io.github.collectiveimpact.model.Endorsement;
import io.github.collectiveimpact.model.Indicator;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.MeetingKind;
import io.github.collectiveimpact.model.MeetingSeries;
import io.github.collectiveimpact.model.Observation;
import io.github.collectiveimpact.model.Partner;
import io.github.collectiveimpact.model.PartnerRole;
import io.github.collectiveimpact.model.ReportingPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the assessment over the shared arbitraries: it never throws, is deterministic, and adding
 * one of the listed positive facts never lowers any level.
 */
class AssessmentProperties {
  private static final LocalDate AS_OF = Initiatives.AS_OF;

  @Provide
  Arbitrary<Initiative> initiatives() {
    return Initiatives.any();
  }

  static void assertNoLevelLower(Assessment before, Assessment after, String fact) {
    for (LensAssessment lens : before.lenses()) {
      for (ConditionAssessment c : lens.conditions()) {
        int then = c.levelNumber();
        int now = after.condition(c.condition()).orElseThrow().levelNumber();
        assertTrue(
            now >= then, fact + " lowered " + c.condition() + " from " + then + " to " + now);
      }
    }
  }

  @Property(tries = 200)
  void neverThrowsAndIsDeterministic(@ForAll("initiatives") Initiative initiative) {
    Assessment a = Assessment.of(initiative, AS_OF);
    assertEquals(a, Assessment.of(initiative, AS_OF));
    assertEquals(
        a.toText(Locale.JAPANESE), Assessment.of(initiative, AS_OF).toText(Locale.JAPANESE));
    assertEquals(2, a.lenses().size());
    for (LensAssessment lens : a.lenses()) {
      assertEquals(lens.lens().conditions().size(), lens.conditions().size());
      for (ConditionAssessment c : lens.conditions()) {
        assertEquals(c.level().isEmpty(), c.rating() == Rating.NOT_ASSESSED);
      }
    }
  }

  @Property(tries = 200)
  void anEndorsementNeverLowersALevel(@ForAll("initiatives") Initiative initiative) {
    Set<String> endorsed =
        Facts.of(
                initiative,
                io.github.collectiveimpact.results.Results.of(initiative, AS_OF),
                Set.of())
            .endorserIds();
    for (Partner p : initiative.partners()) {
      if (!endorsed.contains(p.id())) {
        Initiative more =
            initiative.withCommonAgenda(
                initiative
                    .commonAgenda()
                    .withEndorsements(
                        concat(
                            initiative.commonAgenda().endorsements(),
                            Endorsement.of(p.id(), AS_OF.minusMonths(1)))));
        assertNoLevelLower(
            Assessment.of(initiative, AS_OF), Assessment.of(more, AS_OF), "an endorsement");
        return;
      }
    }
  }

  @Property(tries = 200)
  void aLivedExperienceMemberOnTheSteeringCommitteeNeverLowersALevel(
      @ForAll("initiatives") Initiative initiative) {
    if (initiative.partners().isEmpty()) {
      return;
    }
    Partner chosen = initiative.partners().get(initiative.partners().size() - 1);
    List<Partner> partners = new ArrayList<>();
    for (Partner p : initiative.partners()) {
      partners.add(
          p == chosen ? p.withRoles(concatRoles(p.roles(), PartnerRole.LIVED_EXPERIENCE)) : p);
    }
    List<MeetingSeries> series = new ArrayList<>(initiative.meetingSeries());
    int steering = -1;
    for (int i = 0; i < series.size(); i++) {
      if (series.get(i).kind() == MeetingKind.STEERING_COMMITTEE
          && !series.get(i).participantPartnerIds().isEmpty()) {
        steering = i;
        break;
      }
    }
    if (steering >= 0) {
      MeetingSeries s = series.get(steering);
      series.set(
          s == null ? 0 : steering,
          s.withParticipantPartnerIds(concat(s.participantPartnerIds(), chosen.id())));
    } else {
      List<String> members = new ArrayList<>(initiative.steeringCommitteeIds());
      members.add(chosen.id());
      series.add(
          MeetingSeries.builder()
              .id("steering-added")
              .name("Steering committee")
              .kind(MeetingKind.STEERING_COMMITTEE)
              .cadence(Cadence.QUARTERLY)
              .participantPartnerIds(members)
              .build());
    }
    Initiative more = initiative.withPartners(partners).withMeetingSeries(series);
    assertNoLevelLower(
        Assessment.of(initiative, AS_OF), Assessment.of(more, AS_OF), "a lived-experience member");
  }

  @Property(tries = 200)
  void aMeetingHeldNeverLowersALevel(@ForAll("initiatives") Initiative initiative) {
    if (initiative.meetingSeries().isEmpty()) {
      return;
    }
    List<MeetingSeries> series = new ArrayList<>(initiative.meetingSeries());
    MeetingSeries s = series.get(0);
    series.set(0, s.withMeetingDates(concat(s.meetingDates(), AS_OF.minusWeeks(2))));
    assertNoLevelLower(
        Assessment.of(initiative, AS_OF),
        Assessment.of(initiative.withMeetingSeries(series), AS_OF),
        "a meeting held");
  }

  @Property(tries = 200)
  void anObservationInTheDesiredDirectionNeverLowersALevel(
      @ForAll("initiatives") Initiative initiative) {
    if (initiative.indicators().isEmpty()) {
      return;
    }
    Indicator indicator = initiative.indicators().get(0);
    double latest = 0;
    LocalDate latestEnd = LocalDate.MIN;
    for (Observation o : initiative.observationsOf(indicator.id())) {
      if (o.partnerId().isEmpty()
          && o.disaggregation().isEmpty()
          && o.period().end().isAfter(latestEnd)) {
        latestEnd = o.period().end();
        latest = o.value();
      }
    }
    double value =
        Math.max(
            0,
            Math.min(100, latest + (indicator.desiredDirection() == Direction.INCREASE ? 1 : -1)));
    Observation added =
        Observation.builder()
            .indicatorId(indicator.id())
            .period(ReportingPeriod.of(AS_OF.minusDays(30), AS_OF.minusDays(1)))
            .value(value)
            .build();
    Initiative more = initiative.withObservations(concat(initiative.observations(), added));
    assertNoLevelLower(
        Assessment.of(initiative, AS_OF), Assessment.of(more, AS_OF), "an observation");
  }

  private static <T> List<T> concat(List<T> list, T element) {
    List<T> result = new ArrayList<>(list);
    result.add(element);
    return result;
  }

  private static List<PartnerRole> concatRoles(Set<PartnerRole> roles, PartnerRole role) {
    List<PartnerRole> result = new ArrayList<>(roles);
    result.add(role);
    return result;
  }
}
