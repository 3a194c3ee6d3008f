package io.github.collectiveimpact.validation;

import io.github.collectiveimpact.assessment.Rubric;
import io.github.collectiveimpact.model.Indicator;
import io.github.collectiveimpact.model.Initiative;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A named set of extra requirements that a network imposes on its member initiatives: rules of its own,
 * thresholds of its own, other severities for some rules and rules it turns off, e.g. "every member tracks
 * these 15 indicators". Apply one with {@link Validator.Builder#profile(Profile)}.
 *
 * <p>A profile's severity overrides and disabled rules name rules by id: a built-in rule or one of the
 * profile's own. A validator applies them before its own builder's settings, which win: {@link
 * Validator.Builder#severity(String, Severity)} overrides a profile's severity, and a rule disabled by a
 * profile or by the builder does not run.
 */
public final class Profile {
  private final List<Rubric> rubrics;
  static final String REQUIRED_CODE_MESSAGE_KEY = "profile.requiredIndicatorCode";

  private final String name;
  private final String description;
  private final List<Rule> rules;
  private final Map<Threshold<?>, Object> thresholds;
  private final Map<String, Severity> severities;
  private final Set<String> disabledRules;

  private Profile(Builder builder) {
    this.name = builder.name;
    this.description = builder.description;
    this.rules = List.copyOf(builder.rules);
    this.thresholds =
        java.util.Collections.unmodifiableMap(new LinkedHashMap<>(builder.thresholds));
    this.rubrics = List.copyOf(builder.rubrics);
    this.severities = Collections.unmodifiableMap(new LinkedHashMap<>(builder.severities));
    this.disabledRules = Collections.unmodifiableSet(new LinkedHashSet<>(builder.disabled));
  }

  /**
   * The assessment rubrics the profile carries: each replaces the built-in rubric of its lens.
   *
   * @return the rubrics, in the order given
   */
  public List<Rubric> rubrics() {
    return rubrics;
  }

  /**
   * A new builder.
   *
   * @param name the profile's name, e.g. "Promise Neighborhoods"
   * @return the builder
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * The profile's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * What the profile requires, and of whom.
   *
   * @return the description, possibly empty
   */
  public String description() {
    return description;
  }

  /**
   * The rules the profile adds to the built-in ones; a validator with the profile runs them too.
   *
   * @return the rules, in the order they were added
   */
  public List<Rule> extraRules() {
    return rules;
  }

  /**
   * The thresholds the profile sets.
   *
   * @return the thresholds and their values
   */
  public Map<Threshold<?>, Object> thresholds() {
    return thresholds;
  }

  /**
   * The severities the profile gives the findings of some rules, instead of their defaults.
   *
   * @return the severity of each rule the profile overrides, by rule id, in the order set
   */
  public Map<String, Severity> severities() {
    return severities;
  }

  /**
   * The rules the profile turns off: a validator with the profile does not run them.
   *
   * @return the rule ids, in the order given
   */
  public Set<String> disabledRules() {
    return disabledRules;
  }

  @Override
  public String toString() {
    return "Profile["
        + name
        + ", "
        + rules.size()
        + " rules, "
        + thresholds.size()
        + " thresholds, "
        + severities.size()
        + " severities, "
        + disabledRules.size()
        + " disabled]";
  }

  /** Builds a {@link Profile}. */
  public static final class Builder {
    private final String name;
    private String description = "";
    private final List<Rule> rules = new ArrayList<>();
    private final Map<Threshold<?>, Object> thresholds = new LinkedHashMap<>();
    private final List<Rubric> rubrics = new ArrayList<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private final Set<String> disabled = new LinkedHashSet<>();

    /**
     * Adds an assessment rubric, a network's own or a recalibrated built-in one: it replaces the rubric of
     * its lens when the profile is applied.
     *
     * @param rubric the rubric
     * @return this builder
     */
    public Builder rubric(Rubric rubric) {
      rubrics.add(Objects.requireNonNull(rubric, "rubric"));
      return this;
    }

    private Builder(String name) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("Profile name must not be blank");
      }
      this.name = name;
    }

    /**
     * Sets the description.
     *
     * @param description what the profile requires
     * @return this builder
     */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Adds a rule of the profile's own.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder addRule(Rule rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Sets a threshold for members of the network.
     *
     * @param threshold the threshold
     * @param value its value
     * @param <T> its value type
     * @return this builder
     * @throws IllegalArgumentException if the value is out of the threshold's range
     */
    public <T> Builder threshold(Threshold<T> threshold, T value) {
      thresholds.put(Objects.requireNonNull(threshold, "threshold"), threshold.checkValue(value));
      return this;
    }

    /**
     * Adds a rule that requires the member to track an indicator for every one of the given codes of an
     * external catalogue. It reports one finding (a WARNING by default) that names every code no indicator
     * carries; its message arguments are the catalogue, the number of codes missing and the codes. Its
     * message is "No indicator carries {1} of the codes of {0} that the network requires: {2}", and its
     * Japanese form is in the built-in bundles.
     *
     * @param ruleId the rule's id, e.g. {@code PN-001}
     * @param catalogue the catalogue, e.g. {@link io.github.collectiveimpact.model.ExternalCode#PROMISE_NEIGHBORHOODS_GPRA}
     * @param codes the required codes, in the order findings should follow
     * @param source where the requirement comes from
     * @return this builder
     */
    public Builder requireIndicatorCodes(
        String ruleId, String catalogue, Collection<String> codes, String source) {
      List<String> required = List.copyOf(codes);
      RuleDescriptor descriptor =
          new RuleDescriptor(
                  ruleId,
                  Category.SHARED_MEASUREMENT,
                  Severity.WARNING,
                  "Tracks every indicator the network requires (" + catalogue + ")",
                  name
                      + " requires each member to report the same indicators, so that results can be"
                      + " compared and aggregated across the network.",
                  source,
                  List.of("catalogue", "count", "codes"),
                  REQUIRED_CODE_MESSAGE_KEY,
                  java.util.Optional.empty())
              .withMessage(
                  "No indicator carries {1,choice,1#1 code|1<{1,number,integer} codes} of {0} that the"
                      + " network requires: {2}");
      return addRule(
          Rule.of(
              descriptor,
              context -> {
                Initiative initiative = context.initiative();
                java.util.Set<String> present = new java.util.HashSet<>();
                for (Indicator indicator : initiative.indicators()) {
                  indicator.externalCodes().stream()
                      .filter(c -> c.catalogue().equals(catalogue))
                      .forEach(c -> present.add(c.code()));
                }
                List<String> missing = new java.util.ArrayList<>();
                for (String code : required) {
                  if (!present.contains(code)) {
                    missing.add(code);
                  }
                }
                if (!missing.isEmpty()) {
                  context.report("/indicators", catalogue, missing.size(), missing);
                }
              }));
    }

    /**
     * Gives the findings of a rule another severity in validators with this profile.
     *
     * @param ruleId the id of a built-in rule or of one of this profile's rules
     * @param severity the severity
     * @return this builder
     */
    public Builder severity(String ruleId, Severity severity) {
      severities.put(
          Objects.requireNonNull(ruleId, "ruleId"), Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /**
     * Turns rules off in validators with this profile: they do not run, and their findings never appear.
     *
     * @param ruleIds the ids of built-in rules or of this profile's rules
     * @return this builder
     */
    public Builder disable(String... ruleIds) {
      for (String id : ruleIds) {
        disabled.add(Objects.requireNonNull(id, "ruleId"));
      }
      return this;
    }

    /**
     * Builds the profile.
     *
     * @return the profile
     * @throws IllegalArgumentException if a severity override or a disabled rule names a rule that is
     *     neither built in nor one of this profile's; the message names the id
     */
    public Profile build() {
      Set<String> known = new TreeSet<>();
      for (RuleDescriptor d : BuiltInRules.descriptors()) {
        known.add(d.id());
      }
      for (Rule rule : rules) {
        known.add(rule.descriptor().id());
      }
      for (String id : severities.keySet()) {
        if (!known.contains(id)) {
          throw new IllegalArgumentException(
              "profile " + name + ": cannot override the severity of unknown rule " + id);
        }
      }
      for (String id : disabled) {
        if (!known.contains(id)) {
          throw new IllegalArgumentException(
              "profile " + name + ": cannot disable unknown rule " + id);
        }
      }
      return new Profile(this);
    }
  }
}
