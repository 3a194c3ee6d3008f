package io.github.collectiveimpact.examples;

import io.github.collectiveimpact.model.Activity;
import io.github.collectiveimpact.model.ActivityKind;
import io.github.collectiveimpact.model.Audience;
import io.github.collectiveimpact.model.Cadence;
import io.github.collectiveimpact.model.Channel;
import io.github.collectiveimpact.model.ChannelKind;
import io.github.collectiveimpact.model.CommonAgenda;
import io.github.collectiveimpact.model.Direction;
import io.github.collectiveimpact.model.Endorsement;
import io.github.collectiveimpact.model.Goal;
import io.github.collectiveimpact.model.Indicator;
import io.github.collectiveimpact.model.IndicatorLevel;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.MeetingKind;
import io.github.collectiveimpact.model.MeetingSeries;
import io.github.collectiveimpact.model.Partner;
import io.github.collectiveimpact.model.PartnerRole;
import io.github.collectiveimpact.model.Sector;
import io.github.collectiveimpact.model.Unit;
import java.time.LocalDate;

/**
 * A coalition that is not yet collective impact: the fictional Lakeside Reading Coalition, a school district
 * and two nonprofits who agree that too many children read below grade level and have started to work on
 * it together. Everything here is illustrative.
 *
 * <p>It is incomplete on purpose, in the ways young coalitions usually are, so that the validator has
 * something to say under every condition. Two things are wholly absent or contradictory, and are errors;
 * the rest are the weaknesses (warnings) and unstated practices (notes) of a coalition in its first year:
 *
 * <ul>
 *   <li>structure: an activity names the town library as a contributor, but the library has not joined
 *       (an error);
 *   <li>common agenda: no shared vision yet; the one goal has no target date, and its indicator no
 *       target; only the district has endorsed the agenda; two families of sectors only (government and
 *       nonprofit); no resident or community group at all; no champion; no equity focus and no data by
 *       group;
 *   <li>shared measurement: the one indicator has no baseline, target or reporting frequency, no data yet
 *       and no breakdown by group; nothing publishes results, and no meeting reviews them;
 *   <li>mutually reinforcing activities: the family reading nights have no lead and no link to the agenda,
 *       and one partner has no part in any activity;
 *   <li>continuous communication: partners meet monthly over coffee, but there is no steering committee,
 *       and nothing reaches the public;
 *   <li>backbone support: there is none (an error: the condition is wholly absent).
 * </ul>
 */
public final class EmergingCoalition {
  /** The initiative's id. */
  public static final String ID = "lakeside-reading-coalition";

  /** The school district. */
  public static final String SCHOOL_DISTRICT = "lakeside-school-district";

  /** A tutoring nonprofit. */
  public static final String TUTORS = "lakeside-reading-tutors";

  /** A family services nonprofit. */
  public static final String FAMILY_SERVICES = "lakeside-family-services";

  /** The town library, which is named as a contributor but has not joined as a partner. */
  public static final String LIBRARY = "lakeside-library";

  /** The one goal. */
  public static final String GOAL = "more-children-read-at-grade-level";

  /** The one indicator. */
  public static final String GRADE_3_READING = "grade-3-reading";

  private EmergingCoalition() {}

  /**
   * The Lakeside Reading Coalition, a year into its work.
   *
   * @return the initiative
   */
  public static Initiative initiative() {
    return Initiative.builder()
        .id(ID)
        .name("Lakeside Reading Coalition (illustrative)")
        .description("A school district and two nonprofits working together on early reading.")
        .geography("Lakeside, a fictional small town")
        .launchDate(LocalDate.of(2025, 9, 1))
        .commonAgenda(
            CommonAgenda.builder()
                .problemStatement(
                    "Too many children in Lakeside read below grade level by the end of grade 3.")
                // No vision yet: the partners have not agreed on one (CA-002). The goal has no
                // target date (CA-004), and its indicator no target (CA-010); it has no equity
                // focus, and the indicator is not broken down by group (CA-016).
                .addGoals(
                    Goal.builder()
                        .id(GOAL)
                        .statement("More children read at grade level by the end of grade 3")
                        .addIndicatorIds(GRADE_3_READING)
                        .build())
                // Only the district has signed so far (CA-005, one finding naming the other two).
                .addEndorsements(Endorsement.of(SCHOOL_DISTRICT, LocalDate.of(2025, 10, 1)))
                .build())
        // Two families of sectors, government (the public school district) and nonprofit (CA-012),
        // no residents or community group (CA-009), and no champion (CA-014).
        .addPartners(
            Partner.builder()
                .id(SCHOOL_DISTRICT)
                .name("Lakeside School District")
                .sector(Sector.K12_EDUCATION)
                .addRoles(PartnerRole.DATA_PARTNER)
                .build(),
            Partner.builder()
                .id(TUTORS)
                .name("Lakeside Reading Tutors")
                .sector(Sector.NONPROFIT)
                .addRoles(PartnerRole.SERVICE_PROVIDER)
                .build(),
            Partner.builder()
                .id(FAMILY_SERVICES)
                .name("Lakeside Family Services")
                .sector(Sector.NONPROFIT)
                .build())
        // One indicator, defined and with a source, but with no reporting frequency (SM-002), no
        // baseline or target (SM-003, one finding for both), no observation yet (SM-006) and no
        // breakdown by group (SM-010). One data partner is enough for a population indicator from
        // the district's own screener.
        .addIndicators(
            Indicator.builder()
                .id(GRADE_3_READING)
                .name("Grade 3 reading at grade level")
                .definition(
                    "Share of third graders at or above grade level on the district's spring screener")
                .unit(Unit.PERCENT)
                .desiredDirection(Direction.INCREASE)
                .level(IndicatorLevel.POPULATION)
                .dataSource("District reading screener")
                .addDataPartnerIds(SCHOOL_DISTRICT)
                .build())
        .addActivities(
            // The library is named as a contributor but is not a partner (ST-003).
            Activity.builder()
                .id("after-school-tutoring")
                .name("After-school tutoring")
                .kind(ActivityKind.PROGRAM_DELIVERY)
                .leadPartnerId(TUTORS)
                .addContributingPartnerIds(SCHOOL_DISTRICT, LIBRARY)
                .addGoalIds(GOAL)
                .addIndicatorIds(GRADE_3_READING)
                .start(LocalDate.of(2025, 10, 1))
                .build(),
            // Planned, but no one leads it (MR-001) and it is tied to no goal or indicator
            // (MR-002). Family Services, meant to run it, has no part in any activity (MR-004).
            Activity.builder()
                .id("family-reading-nights")
                .name("Family reading nights")
                .start(LocalDate.of(2026, 1, 15))
                .build())
        // Partners meet monthly, but there is no steering committee (CC-001), and the coffee is not
        // where they look at results together (SM-021).
        .addMeetingSeries(
            MeetingSeries.builder()
                .id("coalition-coffee")
                .name("Monthly coalition coffee")
                .kind(MeetingKind.ALL_PARTNERS)
                .addParticipantPartnerIds(SCHOOL_DISTRICT, TUTORS, FAMILY_SERVICES)
                .cadence(Cadence.MONTHLY)
                .addAllMeetingDates(
                    MeetingDates.every(
                        Cadence.MONTHLY, LocalDate.of(2025, 9, 3), LocalDate.of(2026, 6, 3)))
                .build())
        // A partners' mailing list: it neither publishes results (SM-009) nor reaches the public
        // (CC-007).
        .addChannels(
            Channel.builder()
                .id("coalition-email")
                .name("Coalition email list")
                .kind(ChannelKind.MAILING_LIST)
                .audience(Audience.PARTNERS)
                .publishesResults(false)
                .addPartnerIds(SCHOOL_DISTRICT, TUTORS, FAMILY_SERVICES)
                .build())
        // No backbone (BB-001).
        .build();
  }
}
