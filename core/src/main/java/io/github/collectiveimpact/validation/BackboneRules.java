package io.github.collectiveimpact.validation;

import static io.github.collectiveimpact.validation.Category.BACKBONE_SUPPORT;
import static io.github.collectiveimpact.validation.Severity.ERROR;
import static io.github.collectiveimpact.validation.Severity.INFO;
import static io.github.collectiveimpact.validation.Severity.WARNING;

import io.github.collectiveimpact.model.Activity;
import io.github.collectiveimpact.model.Backbone;
import io.github.collectiveimpact.model.BackboneFunction;
import io.github.collectiveimpact.model.BackboneRole;
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
          ERROR,
          "The backbone has dedicated staff (total FTE above zero)",
          "A backbone is a separate organisation with dedicated staff and specific skills; volunteers'"
              + " spare time does not carry the coordination.",
          Sources.KANIA_KRAMER_2011,
          "fte");

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
          "function");

  static final RuleDescriptor FUNDED =
      RuleDescriptor.of(
          "BB-004",
          BACKBONE_SUPPORT,
          WARNING,
          "The backbone has a funding source",
          "Adequate financial resources for at least two to three years are a precondition of collective"
              + " impact; an unfunded backbone cannot keep its staff.",
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
          "The backbone does not lead most activities itself (at most maxBackboneLedShare, default half)",
          "A backbone supports and coordinates; the partners implement. A backbone that leads most of the"
              + " work displaces the participants it should support.",
          Sources.BACKBONE_VALUE,
          "ledPercent",
          "maxPercent");

  static List<Rule> rules() {
    return List.of(
        Rule.of(EXISTS, BackboneRules::exists),
        Rule.of(DEDICATED_STAFF, BackboneRules::dedicatedStaff),
        Rule.of(FUNCTIONS_CARRIED, BackboneRules::functionsCarried),
        Rule.of(FUNDED, BackboneRules::funded),
        Rule.of(TYPE_STATED, BackboneRules::typeStated),
        Rule.of(SUPPORTS_NOT_LEADS, BackboneRules::supportsNotLeads));
  }

  private static void exists(RuleContext context) {
    if (context.initiative().backbone().isEmpty()) {
      context.report("/backbone");
    }
  }

  private static void dedicatedStaff(RuleContext context) {
    Optional<Backbone> backbone = context.initiative().backbone();
    if (backbone.isPresent() && !(backbone.get().totalFte() > 0)) {
      context.report("/backbone/staff", backbone.get().totalFte());
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
    for (BackboneFunction function : BackboneFunction.values()) {
      if (!carried.contains(function)) {
        context.report("/backbone/roles", function);
      }
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
    for (Activity a : activities) {
      if (a.leadPartnerId().equals(partnerId)) {
        led++;
      }
    }
    double share = (double) led / activities.size();
    double max = context.threshold(Threshold.MAX_BACKBONE_LED_SHARE);
    if (share > max) {
      // One decimal, the share rounded up, so that a share just over the maximum never reads as
      // equal to it.
      context.report("/backbone", Math.ceil(share * 1000) / 10, Math.round(max * 1000) / 10.0);
    }
  }
}
