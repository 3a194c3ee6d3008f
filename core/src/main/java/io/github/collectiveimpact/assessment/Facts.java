package io.github.collectiveimpact.assessment;

import io.github.collectiveimpact.model.Endorsement;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.MeetingSeries;
import io.github.collectiveimpact.model.Observation;
import io.github.collectiveimpact.model.Partner;
import io.github.collectiveimpact.model.PartnerRole;
import io.github.collectiveimpact.model.SectorFamily;
import io.github.collectiveimpact.results.Results;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a criterion reads: the initiative, its results as of the assessment's date, the ids of the rules
 * that reported findings (when a validator computed the assessment; empty otherwise) and the rubric's
 * {@link Calibration}. Immutable; the indexes the built-in criteria share are computed once.
 */
public final class Facts {
  private final Initiative initiative;
  private final Results results;
  private final Set<String> reportedRuleIds;
  private final Calibration calibration;
  private final Map<String, Set<LocalDate>> periodsByIndicator;

  private Facts(
      Initiative initiative,
      Results results,
      Set<String> reportedRuleIds,
      Calibration calibration,
      Map<String, Set<LocalDate>> periodsByIndicator) {
    this.initiative = initiative;
    this.results = results;
    this.reportedRuleIds = reportedRuleIds;
    this.calibration = calibration;
    this.periodsByIndicator = periodsByIndicator;
  }

  /**
   * The facts of an initiative.
   *
   * @param initiative the initiative
   * @param results its results; their date is the assessment's
   * @param reportedRuleIds the ids of the rules that reported a finding
   * @return the facts, with the default calibration
   */
  public static Facts of(Initiative initiative, Results results, Set<String> reportedRuleIds) {
    Objects.requireNonNull(initiative, "initiative");
    Objects.requireNonNull(results, "results");
    Map<String, Set<LocalDate>> periods = new HashMap<>();
    for (Observation o : initiative.observations()) {
      if (!o.period().end().isAfter(results.asOf())) {
        periods.computeIfAbsent(o.indicatorId(), k -> new HashSet<>()).add(o.period().end());
      }
    }
    return new Facts(
        initiative, results, Set.copyOf(reportedRuleIds), Calibration.defaults(), periods);
  }

  /**
   * The same facts read with another calibration.
   *
   * @param calibration the calibration
   * @return the facts
   */
  public Facts with(Calibration calibration) {
    return new Facts(
        initiative,
        results,
        reportedRuleIds,
        Objects.requireNonNull(calibration, "calibration"),
        periodsByIndicator);
  }

  /**
   * The initiative assessed.
   *
   * @return the initiative
   */
  public Initiative initiative() {
    return initiative;
  }

  /**
   * Its results.
   *
   * @return the results
   */
  public Results results() {
    return results;
  }

  /**
   * The date of the assessment, the results' date.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return results.asOf();
  }

  /**
   * The calibration of the rubric being applied.
   *
   * @return the calibration
   */
  public Calibration calibration() {
    return calibration;
  }

  /**
   * Whether a rule reported a finding in the validation that computed this assessment.
   *
   * @param ruleId a rule id, e.g. {@code SM-020}
   * @return {@code true} if it did; always {@code false} for an assessment computed alone
   */
  public boolean reported(String ruleId) {
    return reportedRuleIds.contains(ruleId);
  }

  /**
   * How many distinct periods, ending on or before the date, an indicator has observations for.
   *
   * @param indicatorId an indicator id
   * @return the number of periods
   */
  public int observedPeriods(String indicatorId) {
    Set<LocalDate> periods = periodsByIndicator.get(indicatorId);
    return periods == null ? 0 : periods.size();
  }

  /** Whether the partner speaks for or is the community: lived experience, community voice, community family. */
  boolean isCommunity(String partnerId) {
    return initiative
        .partner(partnerId)
        .map(
            p ->
                p.roles().contains(PartnerRole.LIVED_EXPERIENCE)
                    || p.roles().contains(PartnerRole.COMMUNITY_VOICE)
                    || p.sectorFamily() == SectorFamily.COMMUNITY)
        .orElse(false);
  }

  boolean hasLivedExperience(String partnerId) {
    return initiative
        .partner(partnerId)
        .map(p -> p.roles().contains(PartnerRole.LIVED_EXPERIENCE))
        .orElse(false);
  }

  /** The index of the first endorsement in effect on the date by a partner matching, or -1. */
  int endorsement(java.util.function.Predicate<String> partner) {
    List<Endorsement> endorsements = initiative.commonAgenda().endorsements();
    for (int i = 0; i < endorsements.size(); i++) {
      Endorsement e = endorsements.get(i);
      if (inEffect(e) && partner.test(e.partnerId())) {
        return i;
      }
    }
    return -1;
  }

  boolean inEffect(Endorsement e) {
    return e.date().map(d -> !d.isAfter(asOf())).orElse(true);
  }

  /** The partners that endorsed the agenda by the date. */
  Set<String> endorserIds() {
    Set<String> ids = new HashSet<>();
    for (Endorsement e : initiative.commonAgenda().endorsements()) {
      if (inEffect(e)) {
        ids.add(e.partnerId());
      }
    }
    return ids;
  }

  /** The latest meeting of a series on or before the date. */
  LocalDate lastHeld(MeetingSeries series) {
    return series.lastMeetingOnOrBefore(asOf()).orElse(null);
  }

  /** The earliest meeting of a series on or before the date. */
  LocalDate firstHeld(MeetingSeries series) {
    LocalDate first = null;
    for (LocalDate d : series.meetingDates()) {
      if (!d.isAfter(asOf()) && (first == null || d.isBefore(first))) {
        first = d;
      }
    }
    return first;
  }

  /** The date a period before the assessment's, or the earliest date when that is out of range. */
  LocalDate before(java.time.Period period) {
    try {
      return asOf().minus(period);
    } catch (java.time.DateTimeException e) {
      return LocalDate.MIN;
    }
  }

  /** A date a period after another, or the latest date when that is out of range. */
  static LocalDate after(LocalDate date, java.time.Period period) {
    try {
      return date.plus(period);
    } catch (java.time.DateTimeException e) {
      return LocalDate.MAX;
    }
  }

  /** The partner id of the backbone, or null. */
  String backbonePartnerId() {
    return initiative.backbone().flatMap(b -> b.partnerId()).orElse(null);
  }

  /** The partners other than the backbone. */
  List<Partner> partnersOtherThanBackbone() {
    String backbone = backbonePartnerId();
    return initiative.partners().stream().filter(p -> !p.id().equals(backbone)).toList();
  }
}
