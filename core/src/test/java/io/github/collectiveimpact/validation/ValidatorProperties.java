package io.github.collectiveimpact.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.fixtures.Initiatives;
import io.github.collectiveimpact.model.Initiative;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
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
    return Arbitraries.of(BuiltInRules.descriptors().stream().map(RuleDescriptor::id).collect(Collectors.toList()));
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
    assertEquals(VALIDATOR.rules().size(), run);
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
              ? new Finding(f.ruleId(), f.category(), severity, f.path(), f.message(), f.arguments(), f.source())
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
}
