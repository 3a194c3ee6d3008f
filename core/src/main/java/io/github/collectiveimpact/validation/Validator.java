package io.github.collectiveimpact.validation;

import io.github.collectiveimpact.assessment.Assessment;
import io.github.collectiveimpact.assessment.Facts;
import io.github.collectiveimpact.assessment.Rubric;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.results.Results;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks an {@link Initiative} against the five conditions of collective impact and the structural
 * integrity of its model, and returns a {@link ValidationReport}.
 *
 * <p>A validator is built once and reused: it is immutable and safe to use from many threads at once.
 * {@link #standard()} has every built-in rule (see {@link BuiltInRules} and {@code RULES.md}) with its
 * default settings, as of the system clock's today. {@link #builder()} sets the validation date, the
 * language of messages, thresholds, severity overrides, disabled rules, rules of one's own and profiles:
 *
 * <pre>{@code
 * Validator validator = Validator.builder()
 *     .asOf(LocalDate.of(2026, 6, 30))
 *     .locale(Locale.JAPANESE)
 *     .threshold(Threshold.MIN_SECTORS, 4)
 *     .severity("CA-007", Severity.INFO)
 *     .disable("BB-005")
 *     .build();
 * ValidationReport report = validator.validate(initiative);
 * }</pre>
 *
 * <p>{@link #validate(Initiative)} never throws for an initiative that could be built, and reads each
 * element of the initiative a bounded number of times: its cost is linear in the initiative's size.
 */
public final class Validator {
  private final Clock clock;
  private final LocalDate asOf;
  private final Messages messages;
  private final List<Rule> rules;
  private final Map<String, Severity> severities;
  private final Map<Threshold<?>, Object> thresholds;
  private final List<Profile> profiles;

  private Validator(Builder builder, List<Rule> rules, Map<String, Severity> severities) {
    this.clock = builder.clock;
    this.asOf = builder.asOf;
    this.messages = Messages.forLocale(builder.locale);
    this.rules = rules;
    this.severities = severities;
    Map<Threshold<?>, Object> resolved = new LinkedHashMap<>();
    for (Threshold<?> t : Threshold.all()) {
      resolved.put(t, t.defaultValue());
    }
    for (Profile profile : builder.profiles) {
      resolved.putAll(profile.thresholds());
    }
    resolved.putAll(builder.thresholds);
    this.thresholds = Collections.unmodifiableMap(resolved);
    this.profiles = List.copyOf(builder.profiles);
  }

  /**
   * A validator with every built-in rule at its default severity and every threshold at its default,
   * English messages, validating as of today on the system clock.
   *
   * @return the validator
   */
  public static Validator standard() {
    return builder().build();
  }

  /**
   * A builder, starting from the settings of {@link #standard()}.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Validates an initiative.
   *
   * @param initiative the initiative
   * @return the report
   * @throws IllegalStateException only if a rule added by the caller throws; the message names the rule
   */
  public ValidationReport validate(Initiative initiative) {
    Objects.requireNonNull(initiative, "initiative");
    LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
    List<Finding> findings = new ArrayList<>();
    Map<Category, List<String>> passed = new EnumMap<>(Category.class);
    Map<Category, List<String>> failed = new EnumMap<>(Category.class);
    for (Category c : Category.values()) {
      passed.put(c, new ArrayList<>());
      failed.put(c, new ArrayList<>());
    }
    Shared shared = new Shared(initiative, Results.of(initiative, date));
    for (Rule rule : rules) {
      RuleDescriptor d = rule.descriptor();
      Context context =
          new Context(
              shared, date, d, severities.getOrDefault(d.id(), d.defaultSeverity()), findings);
      try {
        rule.check(context);
      } catch (RuntimeException e) {
        throw new IllegalStateException(
            "rule " + d.id() + " failed on initiative " + initiative.id() + ": " + e, e);
      }
      (context.reported ? failed : passed).get(d.category()).add(d.id());
    }
    List<CategorySummary> summaries = new ArrayList<>();
    for (Category c : Category.values()) {
      List<String> p = passed.get(c);
      List<String> f = failed.get(c);
      Collections.sort(p);
      Collections.sort(f);
      summaries.add(new CategorySummary(c, p, f));
    }
    Set<String> reported = new HashSet<>();
    for (CategorySummary s : summaries) {
      reported.addAll(s.failedRuleIds());
    }
    Assessment assessment =
        Assessment.of(Facts.of(initiative, shared.results, reported), rubrics(), locale());
    return ValidationReport.of(
            initiative.id(),
            initiative.name(),
            date,
            summaries,
            findings,
            shared.results,
            assessment)
        .inLanguage(messages.locale());
  }

  /**
   * The assessment rubrics this validator applies: the built-in ones, each replaced by the last rubric of
   * its lens that a profile carries.
   *
   * @return the rubrics
   */
  public List<Rubric> rubrics() {
    List<Rubric> result = new ArrayList<>(Rubric.builtIn());
    for (Profile profile : profiles) {
      result.addAll(profile.rubrics());
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * The descriptors of the rules this validator runs (built-in rules not disabled, the profiles' rules and
   * rules of one's own), in id order; {@code RuleCatalogue.of(validator.ruleDescriptors())} groups them by
   * category.
   *
   * @return the descriptors
   */
  public List<RuleDescriptor> ruleDescriptors() {
    List<RuleDescriptor> result = new ArrayList<>();
    for (Rule rule : rules) {
      result.add(rule.descriptor());
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * The severity this validator gives the findings of a rule.
   *
   * @param ruleId a rule id
   * @return the severity, or empty if the validator does not run that rule
   */
  public java.util.Optional<Severity> severity(String ruleId) {
    for (Rule rule : rules) {
      if (rule.descriptor().id().equals(ruleId)) {
        return java.util.Optional.of(
            severities.getOrDefault(ruleId, rule.descriptor().defaultSeverity()));
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * The value of a threshold in force in this validator.
   *
   * @param threshold a threshold
   * @param <T> its value type
   * @return the value
   */
  public <T> T threshold(Threshold<T> threshold) {
    return threshold.type().cast(thresholds.get(threshold));
  }

  /**
   * The language of this validator's messages: {@link Locale#JAPANESE} or {@link Locale#ROOT} (English).
   *
   * @return the locale of the messages
   */
  public Locale locale() {
    return messages.locale();
  }

  /**
   * The profiles applied, in the order they were added.
   *
   * @return the profiles
   */
  public List<Profile> profiles() {
    return profiles;
  }

  /** What the rules of one validation share: indexes of the initiative that several rules need. */
  private static final class Shared {
    private final Initiative initiative;
    private final Results results;
    private ObservationIndex observationIndex;

    Shared(Initiative initiative, Results results) {
      this.initiative = initiative;
      this.results = results;
    }

    ObservationIndex observationIndex() {
      if (observationIndex == null) {
        observationIndex = ObservationIndex.build(initiative.observations());
      }
      return observationIndex;
    }
  }

  /** The context of one rule during one validation. */
  final class Context implements RuleContext {
    private final Shared shared;
    private final Initiative initiative;
    private final LocalDate date;
    private final RuleDescriptor descriptor;
    private final Severity severity;
    private final List<Finding> sink;
    private MessageFormat format;
    private boolean reported;

    Context(
        Shared shared,
        LocalDate date,
        RuleDescriptor descriptor,
        Severity severity,
        List<Finding> sink) {
      this.shared = shared;
      this.initiative = shared.initiative;
      this.date = date;
      this.descriptor = descriptor;
      this.severity = severity;
      this.sink = sink;
    }

    @Override
    public Initiative initiative() {
      return initiative;
    }

    @Override
    public Results results() {
      return shared.results;
    }

    /** The observation index of this validation, built by the first rule that needs it. */
    @Override
    public ObservationIndex observationIndex() {
      return shared.observationIndex();
    }

    @Override
    public LocalDate asOf() {
      return date;
    }

    @Override
    public <T> T threshold(Threshold<T> threshold) {
      return Validator.this.threshold(threshold);
    }

    @Override
    public void report(String path, Object... arguments) {
      Objects.requireNonNull(path, "path");
      add(path, List.of(), arguments);
    }

    @Override
    public void reportAll(String path, List<String> paths, Object... arguments) {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(paths, "paths");
      if (paths.isEmpty()) {
        throw new IllegalArgumentException(
            "rule " + descriptor.id() + " reported a finding about no element");
      }
      add(path, paths, arguments);
    }

    private void add(String path, List<String> paths, Object[] arguments) {
      if (arguments.length != descriptor.arguments().size()) {
        throw new IllegalArgumentException(
            "rule "
                + descriptor.id()
                + " reported "
                + arguments.length
                + " arguments, its descriptor names "
                + descriptor.arguments().size());
      }
      String[] rendered = new String[arguments.length];
      Object[] shown = new Object[arguments.length];
      for (int i = 0; i < arguments.length; i++) {
        rendered[i] = Messages.render(arguments[i]);
        shown[i] = messages.show(descriptor.arguments().get(i), arguments[i], rendered[i]);
      }
      if (format == null) {
        format = new MessageFormat(messages.pattern(descriptor), messages.locale());
      }
      sink.add(
          new Finding(
              descriptor.id(),
              descriptor.category(),
              severity,
              path,
              paths,
              format.format(shown),
              List.of(rendered),
              descriptor.source()));
      reported = true;
    }
  }

  /**
   * Builds a {@link Validator}. Every setting has a default: all built-in rules, default thresholds, English
   * messages, today's date on the system clock.
   */
  public static final class Builder {
    private Clock clock = Clock.system(ZoneId.systemDefault());
    private LocalDate asOf;
    private Locale locale = Locale.ROOT;
    private final Map<Threshold<?>, Object> thresholds = new HashMap<>();
    private final Map<String, Severity> severities = new TreeMap<>();
    private final Set<String> disabled = new LinkedHashSet<>();
    private final List<Rule> extraRules = new ArrayList<>();
    private final List<Profile> profiles = new ArrayList<>();

    private Builder() {}

    /**
     * Validates as of a fixed date, so that reports are reproducible.
     *
     * @param date the validation date
     * @return this builder
     */
    public Builder asOf(LocalDate date) {
      this.asOf = Objects.requireNonNull(date, "date");
      return this;
    }

    /**
     * Validates as of the clock's today at the time of each validation (instead of a fixed date).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      this.asOf = null;
      return this;
    }

    /**
     * The language of messages: Japanese for any locale whose language is Japanese, else English.
     *
     * @param locale the locale
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Sets a threshold, overriding its default and any profile's value.
     *
     * @param threshold the threshold
     * @param value its value
     * @param <T> its value type
     * @return this builder
     * @throws IllegalArgumentException if the value is out of the threshold's range
     */
    public <T> Builder threshold(Threshold<T> threshold, T value) {
      Objects.requireNonNull(threshold, "threshold");
      thresholds.put(threshold, threshold.checkValue(value));
      return this;
    }

    /**
     * Gives a rule's findings another severity.
     *
     * @param ruleId the rule's id
     * @param severity the severity
     * @return this builder
     */
    public Builder severity(String ruleId, Severity severity) {
      severities.put(
          Objects.requireNonNull(ruleId, "ruleId"), Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /**
     * Turns rules off: they do not run, and their findings never appear.
     *
     * @param ruleIds the rules' ids
     * @return this builder
     */
    public Builder disable(String... ruleIds) {
      for (String id : ruleIds) {
        disabled.add(Objects.requireNonNull(id, "ruleId"));
      }
      return this;
    }

    /**
     * Adds a rule of one's own. Its id must differ from every other rule's.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder addRule(Rule rule) {
      extraRules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Applies a profile: its rules run, its thresholds replace the defaults (but not thresholds set on
     * this builder), its severities replace the rules' defaults (but not severities set on this builder),
     * and the rules it disables do not run.
     *
     * @param profile the profile
     * @return this builder
     */
    public Builder profile(Profile profile) {
      profiles.add(Objects.requireNonNull(profile, "profile"));
      return this;
    }

    /**
     * Builds the validator.
     *
     * @return the validator
     * @throws IllegalArgumentException if two rules share an id, or a severity override or a disabled rule
     *     names a rule that does not exist
     */
    public Validator build() {
      Map<String, Rule> byId = new TreeMap<>();
      List<Rule> all = new ArrayList<>(BuiltInRules.all());
      for (Profile profile : profiles) {
        all.addAll(profile.extraRules());
      }
      all.addAll(extraRules);
      for (Rule rule : all) {
        Rule previous = byId.put(rule.descriptor().id(), rule);
        if (previous != null) {
          throw new IllegalArgumentException("two rules have the id " + rule.descriptor().id());
        }
      }
      for (String id : disabled) {
        if (!byId.containsKey(id)) {
          throw new IllegalArgumentException("cannot disable unknown rule " + id);
        }
      }
      for (String id : severities.keySet()) {
        if (!byId.containsKey(id)) {
          throw new IllegalArgumentException("cannot override the severity of unknown rule " + id);
        }
      }
      // The profiles' settings first, in the order the profiles were added; the builder's own win.
      Set<String> off = new HashSet<>(disabled);
      Map<String, Severity> resolved = new HashMap<>();
      for (Profile profile : profiles) {
        off.addAll(profile.disabledRules());
        resolved.putAll(profile.severities());
      }
      resolved.putAll(severities);
      List<Rule> active = new ArrayList<>();
      for (Rule rule : byId.values()) {
        if (!off.contains(rule.descriptor().id())) {
          active.add(rule);
        }
      }
      return new Validator(this, Collections.unmodifiableList(active), Map.copyOf(resolved));
    }
  }
}
