package io.github.collectiveimpact.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.fixtures.Initiatives;
import io.github.collectiveimpact.model.Cadence;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.ReportingPeriod;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ValidatorProperties {
  private static final Validator VALIDATOR = Validator.builder().asOf(Initiatives.AS_OF).build();

  @Provide
  Arbitrary<Initiative> any() {
    return Initiatives.any();
  }

  @Provide
  Arbitrary<Initiative> complete() {
    return Initiatives.complete();
  }

  @Provide
  Arbitrary<String> ruleIds() {
    return Arbitraries.of(
        BuiltInRules.descriptors().stream().map(RuleDescriptor::id).collect(Collectors.toList()));
  }

  @Property(tries = 300)
  void aCompleteInitiativeHasNoFindings(@ForAll("complete") Initiative initiative) {
    ValidationReport report = VALIDATOR.validate(initiative);
    assertEquals(List.of(), report.findings(), report.toText());
    assertTrue(report.isValid());
  }

  @Property(tries = 300)
  void validationIsDeterministic(@ForAll("any") Initiative initiative) {
    ValidationReport first = VALIDATOR.validate(initiative);
    ValidationReport second = VALIDATOR.validate(Initiative.builder().from(initiative).build());
    assertEquals(first, second);
    assertEquals(first.toText(), second.toText());
  }

  @Property(tries = 300)
  void everyFindingNamesAKnownRuleAndAPointer(@ForAll("any") Initiative initiative) {
    ValidationReport report = VALIDATOR.validate(initiative);
    for (Finding f : report.findings()) {
      assertTrue(f.path().isEmpty() || f.path().startsWith("/"), f.path());
      assertTrue(report.summary(f.category()).failedRuleIds().contains(f.ruleId()));
      assertTrue(!f.message().isBlank());
    }
    int run = report.summaries().stream().mapToInt(CategorySummary::rulesRun).sum();
    assertEquals(VALIDATOR.ruleDescriptors().size(), run);
  }

  @Property(tries = 200)
  void disablingARuleRemovesExactlyItsFindings(
      @ForAll("any") Initiative initiative, @ForAll("ruleIds") String ruleId) {
    Validator without = Validator.builder().asOf(Initiatives.AS_OF).disable(ruleId).build();
    List<Finding> expected =
        VALIDATOR.validate(initiative).findings().stream()
            .filter(f -> !f.ruleId().equals(ruleId))
            .collect(Collectors.toList());
    assertEquals(expected, without.validate(initiative).findings());
  }

  @Property(tries = 200)
  void aSeverityOverrideChangesOnlyThatRulesFindings(
      @ForAll("any") Initiative initiative,
      @ForAll("ruleIds") String ruleId,
      @ForAll Severity severity) {
    Validator overridden =
        Validator.builder().asOf(Initiatives.AS_OF).severity(ruleId, severity).build();
    List<Finding> before = VALIDATOR.validate(initiative).findings();
    List<Finding> after = overridden.validate(initiative).findings();
    assertEquals(before.size(), after.size());
    List<Finding> expected = new ArrayList<>();
    for (Finding f : before) {
      expected.add(
          f.ruleId().equals(ruleId)
              ? new Finding(
                  f.ruleId(),
                  f.category(),
                  severity,
                  f.path(),
                  f.paths(),
                  f.message(),
                  f.arguments(),
                  f.source())
              : f);
    }
    assertEquals(expected, after);
  }

  @Property(tries = 20)
  void oneValidatorFromManyThreadsGivesTheSequentialReports(@ForAll("any") Initiative initiative)
      throws Exception {
    List<Initiative> batch = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      batch.add(i % 2 == 0 ? initiative : Initiatives.completeExample());
    }
    List<ValidationReport> sequential = new ArrayList<>();
    for (Initiative i : batch) {
      sequential.add(VALIDATOR.validate(i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ValidationReport>> futures = new ArrayList<>();
      for (Initiative i : batch) {
        futures.add(pool.submit(() -> VALIDATOR.validate(i)));
      }
      for (int k = 0; k < batch.size(); k++) {
        assertEquals(sequential.get(k), futures.get(k).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Random settings of a validator: thresholds, disabled rules, severity overrides, date and language. */
  record Settings(
      Map<Threshold<?>, Object> thresholds,
      Set<String> disabled,
      Map<String, Severity> severities,
      LocalDate asOf,
      Locale locale) {

    @SuppressWarnings("unchecked")
    Validator validator() {
      Validator.Builder builder = Validator.builder().asOf(asOf).locale(locale);
      thresholds.forEach((t, v) -> builder.threshold((Threshold<Object>) t, v));
      builder.disable(disabled.toArray(new String[0]));
      severities.forEach(builder::severity);
      return builder.build();
    }
  }

  @Provide
  Arbitrary<Settings> settings() {
    Arbitrary<Integer> counts = Arbitraries.integers().between(0, 15);
    Arbitrary<Double> shares = Arbitraries.doubles().between(0, 1);
    Arbitrary<Period> periods =
        Combinators.combine(
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 14),
                Arbitraries.integers().between(0, 120))
            .as(Period::of);
    Arbitrary<Map<Threshold<?>, Object>> thresholds =
        Combinators.combine(counts, shares, periods, counts, periods, periods, shares)
            .as(
                (minSectors, endorsement, grace, dataPartners, gap, since, led) -> {
                  Map<Threshold<?>, Object> values = new LinkedHashMap<>();
                  values.put(Threshold.MIN_SECTORS, minSectors);
                  values.put(Threshold.MIN_ENDORSEMENT_SHARE, endorsement);
                  values.put(Threshold.FRESHNESS_GRACE, grace);
                  values.put(Threshold.MIN_POPULATION_DATA_PARTNERS, dataPartners);
                  values.put(Threshold.MAX_STEERING_MEETING_GAP, gap);
                  values.put(Threshold.MAX_SINCE_LAST_STEERING_MEETING, since);
                  values.put(Threshold.MAX_BACKBONE_LED_SHARE, led);
                  return values;
                });
    List<String> ids =
        BuiltInRules.descriptors().stream().map(RuleDescriptor::id).collect(Collectors.toList());
    Arbitrary<Set<String>> disabled = Arbitraries.subsetOf(ids);
    Arbitrary<Map<String, Severity>> severities =
        Arbitraries.maps(Arbitraries.of(ids), Arbitraries.of(Severity.class)).ofMaxSize(12);
    Arbitrary<LocalDate> dates =
        Arbitraries.integers().between(-800, 800).map(d -> Initiatives.AS_OF.plusDays(d));
    Arbitrary<Locale> locales =
        Arbitraries.of(Locale.ROOT, Locale.JAPANESE, Locale.ENGLISH, Locale.JAPAN);
    return Combinators.combine(thresholds, disabled, severities, dates, locales).as(Settings::new);
  }

  @Property(tries = 250)
  void aValidatorOfAnySettingsNeverThrowsAndHonoursThem(
      @ForAll("any") Initiative initiative, @ForAll("settings") Settings settings) {
    Validator validator = settings.validator();
    ValidationReport report = validator.validate(initiative);
    assertEquals(settings.asOf(), report.asOf());
    settings.thresholds().forEach((t, v) -> assertEquals(v, validator.threshold(t)));
    Map<String, RuleDescriptor> enabled = new LinkedHashMap<>();
    for (RuleDescriptor d : BuiltInRules.descriptors()) {
      if (!settings.disabled().contains(d.id())) {
        enabled.put(d.id(), d);
      }
    }
    assertEquals(
        enabled.keySet(),
        validator.ruleDescriptors().stream().map(RuleDescriptor::id).collect(Collectors.toSet()));
    Map<Category, Set<String>> failed = new EnumMap<>(Category.class);
    for (Finding f : report.findings()) {
      RuleDescriptor d = enabled.get(f.ruleId());
      assertTrue(d != null, "finding of a disabled rule " + f.ruleId());
      assertEquals(
          settings.severities().getOrDefault(f.ruleId(), d.defaultSeverity()), f.severity());
      assertEquals(d.category(), f.category());
      assertEquals(d.arguments().size(), f.arguments().size());
      failed.computeIfAbsent(f.category(), c -> new TreeSet<>()).add(f.ruleId());
    }
    for (CategorySummary summary : report.summaries()) {
      assertEquals(
          new ArrayList<>(failed.getOrDefault(summary.category(), new TreeSet<>())),
          summary.failedRuleIds());
      Set<String> run = new TreeSet<>(summary.passedRuleIds());
      run.addAll(summary.failedRuleIds());
      Set<String> expected =
          enabled.values().stream()
              .filter(d -> d.category() == summary.category())
              .map(RuleDescriptor::id)
              .collect(Collectors.toCollection(TreeSet::new));
      assertEquals(expected, run);
    }
    assertEquals(report.count(Severity.ERROR) == 0, report.isValid());
  }

  @Provide
  Arbitrary<LocalDate> extremeDates() {
    return Arbitraries.of(
        LocalDate.MIN,
        LocalDate.MAX,
        LocalDate.MAX.minusDays(1),
        LocalDate.MIN.plusYears(1),
        Initiatives.AS_OF);
  }

  @Property(tries = 200)
  void validationNeverThrowsAtTheEndsOfTheCalendar(
      @ForAll("any") Initiative initiative,
      @ForAll("extremeDates") LocalDate asOf,
      @ForAll("extremeDates") LocalDate edge) {
    Initiative extreme =
        initiative
            .withObservations(
                initiative.observations().stream()
                    .map(o -> o.withPeriod(ReportingPeriod.of(edge, LocalDate.MAX)))
                    .collect(Collectors.toList()))
            .withMeetingSeries(
                initiative.meetingSeries().stream()
                    .map(
                        m ->
                            m.withCadence(Cadence.of(Cadence.LONGEST))
                                .withMeetingDates(edge, LocalDate.MAX))
                    .collect(Collectors.toList()));
    Validator validator =
        Validator.builder()
            .asOf(asOf)
            .threshold(Threshold.FRESHNESS_GRACE, Period.ofYears(Integer.MAX_VALUE))
            .threshold(Threshold.MAX_SINCE_LAST_STEERING_MEETING, Period.ofYears(Integer.MAX_VALUE))
            .threshold(Threshold.MAX_STEERING_MEETING_GAP, Period.ofDays(Integer.MAX_VALUE))
            .build();
    ValidationReport report = validator.validate(extreme);
    assertEquals(asOf, report.asOf());
  }
}
