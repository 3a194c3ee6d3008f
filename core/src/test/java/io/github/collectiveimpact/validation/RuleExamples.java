package io.github.collectiveimpact.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.collectiveimpact.fixtures.Initiatives;
import io.github.collectiveimpact.model.Endorsement;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.MeetingKind;
import io.github.collectiveimpact.model.Partner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Shared support of the rule example tests: the complete example they break, the validator they run, the
 * assertion that a report holds the findings of exactly one rule, and (as a JUnit extension) the check that
 * a test asserts the findings of exactly the rules its {@link Triggers} annotation declares.
 */
final class RuleExamples implements BeforeEachCallback, AfterEachCallback {
  static final LocalDate AS_OF = Initiatives.AS_OF;

  /** Every built-in rule with its defaults, as of {@link #AS_OF}. */
  static final Validator VALIDATOR = Validator.builder().asOf(AS_OF).build();

  private static final Initiative BASE = Initiatives.completeExample();

  private static final Set<String> BUILT_IN_IDS =
      BuiltInRules.descriptors().stream().map(RuleDescriptor::id).collect(Collectors.toSet());

  /** The argument names whose values messages show in words rather than as they are. */
  private static final Set<String> SHOWN_IN_WORDS =
      Set.of(
          "attribute",
          "kind",
          "direction",
          "unit",
          "function",
          "functions",
          "families",
          "horizon",
          "cadence",
          "maxGap",
          "maxSince",
          "reportingFrequency");

  private static final ThreadLocal<Set<String>> DECLARED = new ThreadLocal<>();
  private static final ThreadLocal<Set<String>> ASSERTED = new ThreadLocal<>();

  /**
   * The initiative every example starts from: complete as of {@link #AS_OF}, so that one change makes one
   * rule fire.
   */
  static Initiative base() {
    return BASE;
  }

  /**
   * A finding expected at a path with the given message arguments, about the elements at the given
   * paths (by default just the path).
   */
  record Expected(String path, List<String> paths, List<String> arguments) {
    /** The same finding, about the elements at these paths. */
    Expected about(String... elementPaths) {
      return new Expected(path, List.of(elementPaths), arguments);
    }

    @Override
    public String toString() {
      return path + " " + paths + " " + arguments;
    }
  }

  static Expected at(String path, String... arguments) {
    return new Expected(path, List.of(path), List.of(arguments));
  }

  /** Validates with {@link #VALIDATOR} and asserts exactly the expected findings, all of one rule. */
  static ValidationReport assertOnly(Initiative initiative, String ruleId, Expected... expected) {
    return assertOnly(VALIDATOR, initiative, ruleId, expected);
  }

  /**
   * Validates and asserts that every finding is of the given rule, that the findings are exactly the
   * expected ones (path and arguments; in any order, the report's order is tested elsewhere), and that each
   * carries the rule's category, severity and source, and a message showing each argument.
   */
  static ValidationReport assertOnly(
      Validator validator, Initiative initiative, String ruleId, Expected... expected) {
    if (BUILT_IN_IDS.contains(ruleId)) {
      Set<String> declared = DECLARED.get();
      if (declared == null) {
        fail(
            "a test asserting findings of a built-in rule must run with @ExtendWith(RuleExamples.class)");
      }
      assertTrue(
          declared.contains(ruleId),
          "the test asserts findings of " + ruleId + " but its @Triggers omits it");
      ASSERTED.get().add(ruleId);
    }
    assertTrue(expected.length > 0, "a trigger example expects at least one finding");
    ValidationReport report = validator.validate(initiative);
    List<String> others =
        report.findings().stream()
            .filter(f -> !f.ruleId().equals(ruleId))
            .map(f -> f.ruleId() + " " + f.path() + " " + f.arguments())
            .collect(Collectors.toList());
    assertEquals(List.of(), others, () -> "only " + ruleId + " should fire:\n" + report.toText());
    List<String> actual =
        report.findings().stream()
            .map(f -> new Expected(f.path(), f.paths(), f.arguments()).toString())
            .sorted()
            .collect(Collectors.toList());
    List<String> wanted =
        Arrays.stream(expected).map(Expected::toString).sorted().collect(Collectors.toList());
    assertEquals(wanted, actual, report::toText);
    RuleDescriptor descriptor =
        validator.ruleDescriptors().stream()
            .filter(d -> d.id().equals(ruleId))
            .findFirst()
            .orElseThrow();
    for (Finding f : report.findings()) {
      assertEquals(descriptor.category(), f.category());
      assertEquals(validator.severity(ruleId).orElseThrow(), f.severity());
      assertEquals(descriptor.source(), f.source());
      for (int i = 0; i < f.arguments().size(); i++) {
        String argument = f.arguments().get(i);
        // Enum constants, periods and terms are shown in words; every other argument as it is.
        if (!SHOWN_IN_WORDS.contains(descriptor.arguments().get(i))) {
          assertTrue(
              f.message().contains(argument), () -> f.message() + " should show " + argument);
        }
      }
    }
    CategorySummary summary = report.summary(descriptor.category());
    assertTrue(summary.failedRuleIds().contains(ruleId));
    assertFalse(summary.passedRuleIds().contains(ruleId));
    return report;
  }

  /** Asserts that the initiative has no finding at all with {@link #VALIDATOR}. */
  static void assertPasses(Initiative initiative) {
    assertPasses(VALIDATOR, initiative);
  }

  /** Asserts that the initiative has no finding at all. */
  static void assertPasses(Validator validator, Initiative initiative) {
    ValidationReport report = validator.validate(initiative);
    assertEquals(List.of(), report.findings(), report::toText);
    assertTrue(report.isValid());
  }

  /**
   * Adds a partner who takes full part: endorses the agenda, joins the first working group and the meetings
   * of the steering committee (every meeting series of that kind).
   */
  static Initiative withEngagedPartner(Initiative initiative, Partner partner) {
    String id = partner.id();
    return initiative
        .withPartners(append(initiative.partners(), partner))
        .withCommonAgenda(
            initiative
                .commonAgenda()
                .withEndorsements(
                    append(initiative.commonAgenda().endorsements(), Endorsement.of(id, AS_OF))))
        .withWorkingGroups(
            replace(
                initiative.workingGroups(),
                0,
                w -> w.withMemberPartnerIds(append(w.memberPartnerIds(), id))))
        .withMeetingSeries(
            mapAll(
                initiative.meetingSeries(),
                s ->
                    s.kind() == MeetingKind.STEERING_COMMITTEE
                        ? s.withParticipantPartnerIds(append(s.participantPartnerIds(), id))
                        : s));
  }

  static <T> List<T> append(List<T> list, T element) {
    List<T> copy = new ArrayList<>(list);
    copy.add(element);
    return Collections.unmodifiableList(copy);
  }

  static <T> List<T> replace(List<T> list, int index, UnaryOperator<T> change) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, change.apply(copy.get(index)));
    return Collections.unmodifiableList(copy);
  }

  static <T> List<T> mapAll(List<T> list, UnaryOperator<T> change) {
    return list.stream().map(change).collect(Collectors.toUnmodifiableList());
  }

  static <T> List<T> removeIf(List<T> list, Predicate<? super T> unwanted) {
    return list.stream().filter(unwanted.negate()).collect(Collectors.toUnmodifiableList());
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Triggers triggers = context.getRequiredTestMethod().getAnnotation(Triggers.class);
    DECLARED.set(
        triggers == null
            ? Set.of()
            : Collections.unmodifiableSet(new LinkedHashSet<>(List.of(triggers.value()))));
    ASSERTED.set(new HashSet<>());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Set<String> missing = new LinkedHashSet<>(DECLARED.get());
    missing.removeAll(ASSERTED.get());
    DECLARED.remove();
    ASSERTED.remove();
    if (context.getExecutionException().isEmpty() && !missing.isEmpty()) {
      fail("@Triggers declares " + missing + " but the test asserts no finding of it");
    }
  }
}
