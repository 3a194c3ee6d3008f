package io.github.collectiveimpact.validation;

import static io.github.collectiveimpact.validation.Category.BACKBONE_SUPPORT;
import static io.github.collectiveimpact.validation.Severity.ERROR;
import static io.github.collectiveimpact.validation.Severity.INFO;
import static io.github.collectiveimpact.validation.Severity.WARNING;

import io.github.collectiveimpact.model.Activity;
import io.github.collectiveimpact.model.Backbone;
import io.github.collectiveimpact.model.BackboneFunction;
import io.github.collectiveimpact.model.BackboneRole;
import io.github.collectiveimpact.model.FundingSource;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Rules of backbone support. */
final class BackboneRules {
  private BackboneRules() {}

  static final RuleDescriptor EXISTS =
      RuleDescriptor.of(
          "BB-001",
          BACKBONE_SUPPORT,
          ERROR,
          "The initiative has a backbone organisation",
          "Creating and managing collective impact requires a separate organisation, or several, to serve"
              + " as the backbone of the whole initiative; the expectation that collaboration can happen"
              + " without supporting infrastructure is a frequent reason it fails.",
          Sources.KANIA_KRAMER_2011);

  static final RuleDescriptor DEDICATED_STAFF =
      RuleDescriptor.of(
          "BB-002",
          BACKBONE_SUPPORT,
          WARNING,
          "The backbone is not stated to have no dedicated staff",
          "A backbone has dedicated staff and specific skills; one whose every listed position is stated"
              + " to have no FTE or no people runs on volunteers' spare time. How many staff it has is not"
              + " judged: a lean backbone is not a weak one. Staffing that is not stated is BB-007's note,"
              + " never read as zero.",
          Sources.KANIA_KRAMER_2011 + "; " + Sources.WOLFF_2016);

  static final RuleDescriptor FUNCTIONS_CARRIED =
      RuleDescriptor.of(
          "BB-003",
          BACKBONE_SUPPORT,
          WARNING,
          "Each of the six backbone functions is carried by the backbone or a partner",
          "Backbones guide vision and strategy, support aligned activities, establish shared measurement"
              + " practices, build public will, advance policy and mobilize funding; a function no one"
              + " carries is a gap in the initiative's infrastructure.",
          Sources.BACKBONE_VALUE,
          "count",
          "functions");

  static final RuleDescriptor FUNDED =
      RuleDescriptor.of(
          "BB-004",
          BACKBONE_SUPPORT,
          WARNING,
          "The backbone has a funding source",
          "Adequate financial resources are a precondition of collective impact; a backbone with no"
              + " stated source of funding cannot keep its staff.",
          Sources.CHANNELING_CHANGE);

  static final RuleDescriptor TYPE_STATED =
      RuleDescriptor.of(
          "BB-005",
          BACKBONE_SUPPORT,
          INFO,
          "The backbone's structure is stated",
          "Each structure (funder-based, new nonprofit, existing nonprofit, government, shared, steering"
              + " committee) has its own strengths and risks, e.g. a new nonprofit's neutrality; knowing"
              + " which applies frames the backbone's legitimacy.",
          Sources.BACKBONE_STRUCTURE);

  static final RuleDescriptor SUPPORTS_NOT_LEADS =
      RuleDescriptor.of(
          "BB-006",
          BACKBONE_SUPPORT,
          WARNING,
          "The backbone does not deliver most programmes itself (at most maxBackboneLedShare of the"
              + " programme-delivery activities, default half)",
          "A backbone supports and coordinates; the partners implement. A backbone that leads most of the"
              + " programme delivery displaces the participants it should support. Activities of other"
              + " kinds (data and measurement, convening and capacity, systems change) are backbone work"
              + " and are not counted; an activity of no stated kind counts as programme delivery.",
          Sources.BACKBONE_VALUE,
          "ledPercent",
          "maxPercent");

  static final RuleDescriptor STAFFING_STATED =
      RuleDescriptor.of(
          "BB-007",
          BACKBONE_SUPPORT,
          INFO,
          "The backbone's staffing is stated",
          "No staff position of the backbone is listed. That the sources do not state the staffing is"
              + " not evidence that there is none; stating it lets readers see the dedicated capacity.",
          Sources.KANIA_KRAMER_2011);

  static final RuleDescriptor FUNDING_COMMITTED =
      RuleDescriptor.of(
          "BB-008",
          BACKBONE_SUPPORT,
          INFO,
          "The backbone's funding is stated to be committed beyond fundingHorizon (default two years)",
          "Adequate financial resources, committed for some years, are a precondition of collective"
              + " impact. Reported when no funding source's committed period reaches fundingHorizon past"
              + " the validation date, including when no commitment is stated; a network whose members"
              + " live on annual public budgets may set a shorter horizon.",
          Sources.CHANNELING_CHANGE,
          "horizon",
          "until");

  static List<Rule> rules() {
    return List.of(
        Rule.of(EXISTS, BackboneRules::exists),
        Rule.of(DEDICATED_STAFF, BackboneRules::dedicatedStaff),
        Rule.of(FUNCTIONS_CARRIED, BackboneRules::functionsCarried),
        Rule.of(FUNDED, BackboneRules::funded),
        Rule.of(TYPE_STATED, BackboneRules::typeStated),
        Rule.of(SUPPORTS_NOT_LEADS, BackboneRules::supportsNotLeads),
        Rule.of(STAFFING_STATED, BackboneRules::staffingStated),
        Rule.of(FUNDING_COMMITTED, BackboneRules::fundingCommitted));
  }

  private static void exists(RuleContext context) {
    if (context.initiative().backbone().isEmpty()) {
      context.report("/backbone");
    }
  }

  private static void dedicatedStaff(RuleContext context) {
    Optional<Backbone> backbone = context.initiative().backbone();
    if (backbone.isPresent() && backbone.get().hasNoDedicatedStaff()) {
      context.report("/backbone/staff");
    }
  }

  private static void functionsCarried(RuleContext context) {
    Optional<Backbone> backbone = context.initiative().backbone();
    if (backbone.isEmpty()) {
      return;
    }
    Set<BackboneFunction> carried = EnumSet.noneOf(BackboneFunction.class);
    for (BackboneRole role : backbone.get().roles()) {
      carried.add(role.function());
    }
    List<BackboneFunction> missing = new ArrayList<>();
    for (BackboneFunction function : BackboneFunction.values()) {
      if (!carried.contains(function)) {
        missing.add(function);
      }
    }
    if (!missing.isEmpty()) {
      context.report("/backbone/roles", missing.size(), missing);
    }
  }

  private static void funded(RuleContext context) {
    Optional<Backbone> backbone = context.initiative().backbone();
    if (backbone.isPresent() && backbone.get().fundingSources().isEmpty()) {
      context.report("/backbone/fundingSources");
    }
  }

  private static void typeStated(RuleContext context) {
    Optional<Backbone> backbone = context.initiative().backbone();
    if (backbone.isPresent() && backbone.get().type().isEmpty()) {
      context.report("/backbone/type");
    }
  }

  private static void supportsNotLeads(RuleContext context) {
    Optional<String> partnerId = context.initiative().backbone().flatMap(Backbone::partnerId);
    List<Activity> activities = context.initiative().activities();
    if (partnerId.isEmpty() || activities.isEmpty()) {
      return;
    }
    int led = 0;
    int delivery = 0;
    for (Activity a : activities) {
      if (!a.isProgramDelivery()) {
        continue;
      }
      delivery++;
      if (a.leadPartnerId().equals(partnerId)) {
        led++;
      }
    }
    if (delivery == 0) {
      return;
    }
    double share = (double) led / delivery;
    double max = context.threshold(Threshold.MAX_BACKBONE_LED_SHARE);
    if (share > max) {
      // One decimal, the share rounded up, so that a share just over the maximum never reads as
      // equal to it.
      context.report("/backbone", Math.ceil(share * 1000) / 10, Math.round(max * 1000) / 10.0);
    }
  }

  private static void staffingStated(RuleContext context) {
    Optional<Backbone> backbone = context.initiative().backbone();
    if (backbone.isPresent() && !backbone.get().isStaffingStated()) {
      context.report("/backbone/staff");
    }
  }

  private static void fundingCommitted(RuleContext context) {
    Optional<Backbone> backbone = context.initiative().backbone();
    if (backbone.isEmpty() || backbone.get().fundingSources().isEmpty()) {
      return; // BB-004
    }
    Period horizon = context.threshold(Threshold.FUNDING_HORIZON);
    LocalDate until = Dates.plus(context.asOf(), horizon);
    for (FundingSource source : backbone.get().fundingSources()) {
      if (source.committed().isPresent() && !source.committed().get().end().isBefore(until)) {
        return;
      }
    }
    context.report("/backbone/fundingSources", horizon, until);
  }
}
