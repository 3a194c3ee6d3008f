package io.github.collectiveimpact.validation;

import static io.github.collectiveimpact.validation.RuleExamples.AS_OF;
import static io.github.collectiveimpact.validation.RuleExamples.assertOnly;
import static io.github.collectiveimpact.validation.RuleExamples.assertPasses;
import static io.github.collectiveimpact.validation.RuleExamples.at;
import static io.github.collectiveimpact.validation.RuleExamples.mapAll;
import static io.github.collectiveimpact.validation.RuleExamples.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.model.ExternalCode;
import io.github.collectiveimpact.model.Initiative;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The validator's settings: severities, disabled rules, rules of one's own, profiles, dates and errors. */
@ExtendWith(RuleExamples.class)
class ValidatorTest {
  private final Initiative base = RuleExamples.base();
  private final Initiative noBackbone = base.withBackbone(Optional.empty());

  private static RuleDescriptor userDescriptor(String id) {
    return RuleDescriptor.of(
        id,
        Category.CONTINUOUS_COMMUNICATION,
        Severity.INFO,
        "Counts the channels",
        "A rule of one's own for the tests.",
        "The test suite",
        "channels");
  }

  private static Rule countChannels(String id) {
    return Rule.of(
        userDescriptor(id).withMessage("The initiative has {0} channel(s)"),
        c -> c.report("/channels", c.initiative().channels().size()));
  }

  @Test
  void theStandardValidatorRunsEveryBuiltInRuleInIdOrder() {
    List<String> ids =
        Validator.standard().ruleDescriptors().stream()
            .map(RuleDescriptor::id)
            .collect(Collectors.toList());
    List<String> sorted = new ArrayList<>(ids);
    java.util.Collections.sort(sorted);
    assertEquals(sorted, ids);
    assertEquals(BuiltInRules.descriptors().size(), ids.size());
    assertEquals(Locale.ROOT, Validator.standard().locale());
    for (Threshold<?> t : Threshold.all()) {
      assertEquals(t.defaultValue(), Validator.standard().threshold(t));
    }
  }

  @Test
  @Triggers("BB-001")
  void aSeverityOverrideChangesTheSeverityOfTheRulesFindings() {
    Validator lenient =
        Validator.builder().asOf(AS_OF).severity("BB-001", Severity.WARNING).build();
    assertEquals(Optional.of(Severity.WARNING), lenient.severity("BB-001"));
    assertEquals(Optional.of(Severity.ERROR), RuleExamples.VALIDATOR.severity("BB-001"));
    ValidationReport report = assertOnly(lenient, noBackbone, "BB-001", at("/backbone"));
    assertEquals(Severity.WARNING, report.findings().get(0).severity());
    assertTrue(report.isValid());
    assertFalse(RuleExamples.VALIDATOR.validate(noBackbone).isValid());
  }

  @Test
  void aDisabledRuleDoesNotRunAndIsNotCounted() {
    Validator without = Validator.builder().asOf(AS_OF).disable("BB-001", "BB-002").build();
    assertPasses(without, noBackbone);
    assertEquals(Optional.empty(), without.severity("BB-001"));
    ValidationReport report = without.validate(noBackbone);
    assertEquals(
        BuiltInRules.descriptors().stream()
                .filter(d -> d.category() == Category.BACKBONE_SUPPORT)
                .count()
            - 2,
        report.summary(Category.BACKBONE_SUPPORT).rulesRun());
    assertEquals(BuiltInRules.descriptors().size() - 2, without.ruleDescriptors().size());
  }

  @Test
  void unknownRuleIdsAreRejectedWhenTheValidatorIsBuilt() {
    IllegalArgumentException disable =
        assertThrows(
            IllegalArgumentException.class, () -> Validator.builder().disable("XX-999").build());
    assertTrue(disable.getMessage().contains("XX-999"), disable.getMessage());
    IllegalArgumentException severity =
        assertThrows(
            IllegalArgumentException.class,
            () -> Validator.builder().severity("CA-999", Severity.INFO).build());
    assertTrue(severity.getMessage().contains("CA-999"), severity.getMessage());
  }

  @Test
  void twoRulesWithOneIdAreRejected() {
    IllegalArgumentException builtIn =
        assertThrows(
            IllegalArgumentException.class,
            () -> Validator.builder().addRule(countChannels("CA-001")).build());
    assertTrue(builtIn.getMessage().contains("CA-001"), builtIn.getMessage());
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Validator.builder()
                    .addRule(countChannels("US-001"))
                    .addRule(countChannels("US-001"))
                    .build());
    assertTrue(twice.getMessage().contains("US-001"), twice.getMessage());
    Profile profile = Profile.builder("Network").addRule(countChannels("US-001")).build();
    assertThrows(
        IllegalArgumentException.class,
        () -> Validator.builder().profile(profile).addRule(countChannels("US-001")).build());
  }

  @Test
  void aRuleOfOnesOwnRunsWithItsEnglishMessageInEveryLocale() {
    Validator validator = Validator.builder().asOf(AS_OF).addRule(countChannels("US-001")).build();
    String channels = String.valueOf(base.channels().size());
    ValidationReport report = assertOnly(validator, base, "US-001", at("/channels", channels));
    Finding finding = report.findings().get(0);
    assertEquals("The initiative has " + channels + " channel(s)", finding.message());
    assertEquals(Severity.INFO, finding.severity());
    assertEquals(Category.CONTINUOUS_COMMUNICATION, finding.category());
    assertEquals("The test suite", finding.source());
    assertEquals(
        List.of("US-001"), report.summary(Category.CONTINUOUS_COMMUNICATION).failedRuleIds());
    assertTrue(validator.ruleDescriptors().stream().anyMatch(d -> d.id().equals("US-001")));
    Validator japanese =
        Validator.builder()
            .asOf(AS_OF)
            .locale(Locale.JAPANESE)
            .addRule(countChannels("US-001"))
            .build();
    assertEquals(finding.message(), japanese.validate(base).findings().get(0).message());
  }

  @Test
  void aRuleOfOnesOwnWithoutAMessageShowsItsTitleAsItIs() {
    RuleDescriptor descriptor =
        RuleDescriptor.of(
            "US-002",
            Category.STRUCTURE,
            Severity.WARNING,
            "The initiative's name isn't {0}",
            "For the tests.",
            "The test suite");
    Validator validator =
        Validator.builder()
            .asOf(AS_OF)
            .addRule(Rule.of(descriptor, c -> c.report("/name")))
            .build();
    ValidationReport report = assertOnly(validator, base, "US-002", at("/name"));
    assertEquals("The initiative's name isn't {0}", report.findings().get(0).message());
  }

  @Test
  void aRuleOfOnesOwnThatReportsNothingPasses() {
    Validator validator =
        Validator.builder().asOf(AS_OF).addRule(Rule.of(userDescriptor("US-003"), c -> {})).build();
    ValidationReport report = validator.validate(base);
    assertEquals(List.of(), report.findings());
    assertTrue(
        report.summary(Category.CONTINUOUS_COMMUNICATION).passedRuleIds().contains("US-003"));
  }

  @Test
  void aRuleOfOnesOwnReadsTheSharedObservationIndex() {
    String indicator = base.indicators().get(0).id();
    List<Integer> expected = new java.util.ArrayList<>();
    for (int i = 0; i < base.observations().size(); i++) {
      if (base.observations().get(i).indicatorId().equals(indicator)) {
        expected.add(i);
      }
    }
    List<ObservationIndex> seen = new java.util.ArrayList<>();
    List<List<Integer>> positions = new java.util.ArrayList<>();
    Rule reader =
        Rule.of(
            userDescriptor("US-005"),
            c -> {
              seen.add(c.observationIndex());
              int[] found = c.observationIndex().positions(indicator);
              positions.add(java.util.Arrays.stream(found).boxed().toList());
              found[0] = -1; // a copy: the index is not changed
            });
    Rule again = Rule.of(userDescriptor("US-006"), c -> seen.add(c.observationIndex()));
    Validator.builder().asOf(AS_OF).addRule(reader).addRule(again).build().validate(base);
    assertEquals(List.of(expected), positions);
    // One index per validation, the same for every rule.
    assertEquals(2, seen.size());
    assertTrue(seen.get(0) == seen.get(1));
    assertEquals(expected.get(0), seen.get(0).positions(indicator)[0]);
  }

  @Test
  void aRuleThatThrowsFailsTheValidationNamingTheRule() {
    RuntimeException boom = new ArithmeticException("boom");
    Validator validator =
        Validator.builder()
            .asOf(AS_OF)
            .addRule(
                Rule.of(
                    userDescriptor("US-004"),
                    c -> {
                      throw boom;
                    }))
            .build();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> validator.validate(base));
    assertTrue(e.getMessage().contains("US-004"), e.getMessage());
    assertTrue(e.getMessage().contains(base.id()), e.getMessage());
    assertSame(boom, e.getCause());
  }

  @Test
  void aRuleThatReportsTheWrongNumberOfArgumentsFailsNamingTheRule() {
    Validator validator =
        Validator.builder()
            .asOf(AS_OF)
            .addRule(Rule.of(userDescriptor("US-005"), c -> c.report("/channels", 1, 2)))
            .build();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> validator.validate(base));
    assertTrue(e.getMessage().contains("US-005"), e.getMessage());
    assertTrue(e.getCause() instanceof IllegalArgumentException);
  }

  @Test
  void thresholdsOutOfRangeAreRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Validator.builder().threshold(Threshold.MIN_SECTORS, -1));
    assertThrows(
        IllegalArgumentException.class,
        () -> Validator.builder().threshold(Threshold.MIN_ENDORSEMENT_SHARE, 1.01));
    assertThrows(
        IllegalArgumentException.class,
        () -> Validator.builder().threshold(Threshold.MAX_BACKBONE_LED_SHARE, -0.01));
    assertThrows(
        IllegalArgumentException.class,
        () -> Validator.builder().threshold(Threshold.FRESHNESS_GRACE, Period.ofDays(-1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> Profile.builder("Network").threshold(Threshold.MIN_POPULATION_DATA_PARTNERS, -2));
    assertThrows(
        NullPointerException.class,
        () -> Validator.builder().threshold(Threshold.MIN_SECTORS, null));
  }

  @Test
  void theValidationDateComesFromTheBuilderOrTheClock() {
    LocalDate tomorrow = AS_OF.plusDays(1);
    Clock clock = Clock.fixed(tomorrow.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    assertEquals(tomorrow, Validator.builder().clock(clock).build().validate(base).asOf());
    assertEquals(AS_OF, Validator.builder().clock(clock).asOf(AS_OF).build().validate(base).asOf());
    assertEquals(
        tomorrow, Validator.builder().asOf(AS_OF).clock(clock).build().validate(base).asOf());
  }

  private Initiative withoutExternalCodes() {
    return base.withIndicators(mapAll(base.indicators(), i -> i.withExternalCodes(List.of())));
  }

  private static Profile promiseNeighborhoods(String... codes) {
    return Profile.builder("Promise Neighborhoods")
        .description("Members report the GPRA indicators.")
        .requireIndicatorCodes(
            "PN-001",
            ExternalCode.PROMISE_NEIGHBORHOODS_GPRA,
            List.of(codes),
            "US Department of Education")
        .build();
  }

  @Test
  void aProfileRequiresIndicatorCodes() {
    String gpra = ExternalCode.PROMISE_NEIGHBORHOODS_GPRA;
    Initiative coded =
        withoutExternalCodes()
            .withIndicators(
                replace(
                    withoutExternalCodes().indicators(),
                    0,
                    i ->
                        i.withExternalCodes(
                            ExternalCode.of(gpra, "GPRA 1"), ExternalCode.of("other", "GPRA 2"))));
    Validator validator =
        Validator.builder()
            .asOf(AS_OF)
            .profile(promiseNeighborhoods("GPRA 1", "GPRA 2", "GPRA 3"))
            .build();
    ValidationReport report =
        assertOnly(validator, coded, "PN-001", at("/indicators", gpra, "2", "GPRA 2, GPRA 3"));
    Finding finding = report.findings().get(0);
    assertEquals(Category.SHARED_MEASUREMENT, finding.category());
    assertEquals(Severity.WARNING, finding.severity());
    assertEquals("US Department of Education", finding.source());
    assertEquals(
        "No indicator carries 2 codes of " + gpra + " that the network requires: GPRA 2, GPRA 3",
        finding.message());
    assertTrue(report.isValid());

    Validator japanese =
        Validator.builder()
            .asOf(AS_OF)
            .locale(Locale.JAPANESE)
            .profile(promiseNeighborhoods("GPRA 1", "GPRA 2", "GPRA 3"))
            .build();
    assertEquals(
        "ネットワークが求める " + gpra + " のコードのうち 2 件を、どの指標も持っていません: GPRA 2、GPRA 3",
        japanese.validate(coded).findings().get(0).message());

    assertPasses(
        Validator.builder().asOf(AS_OF).profile(promiseNeighborhoods("GPRA 1")).build(), coded);
    assertEquals(List.of("Promise Neighborhoods"), names(validator.profiles()));
  }

  private static List<String> names(List<Profile> profiles) {
    return profiles.stream().map(Profile::name).collect(Collectors.toList());
  }

  @Test
  @Triggers("CA-012")
  void aProfilesThresholdsApplyUnlessTheBuilderSetsThem() {
    java.util.Set<io.github.collectiveimpact.model.SectorFamily> families =
        java.util.EnumSet.noneOf(io.github.collectiveimpact.model.SectorFamily.class);
    base.partners().forEach(p -> families.add(p.sectorFamily()));
    int sectors = families.size();
    Profile strict =
        Profile.builder("Strict network").threshold(Threshold.MIN_SECTORS, sectors + 1).build();
    Validator validator = Validator.builder().asOf(AS_OF).profile(strict).build();
    assertEquals(sectors + 1, validator.threshold(Threshold.MIN_SECTORS));
    assertOnly(
        validator,
        base,
        "CA-012",
        at(
            "/partners",
            families.stream()
                .map(f -> f.name().toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.joining(", ")),
            String.valueOf(sectors + 1)));
    Validator overridden =
        Validator.builder()
            .asOf(AS_OF)
            .threshold(Threshold.MIN_SECTORS, sectors)
            .profile(strict)
            .build();
    assertEquals(sectors, overridden.threshold(Threshold.MIN_SECTORS));
    assertPasses(overridden, base);
  }

  @Test
  void aProfileNeedsAName() {
    assertThrows(IllegalArgumentException.class, () -> Profile.builder(" "));
    assertThrows(NullPointerException.class, () -> Profile.builder(null));
    Profile profile = promiseNeighborhoods("GPRA 1");
    assertEquals("Members report the GPRA indicators.", profile.description());
    assertEquals(1, profile.extraRules().size());
    assertEquals("PN-001", profile.extraRules().get(0).descriptor().id());
  }

  @Test
  void aDescriptorIdMustLookLikeACatalogueId() {
    for (String bad : new String[] {"CA-1", "ca-001", "CA001", "CA-0001", "-001", ""}) {
      assertThrows(IllegalArgumentException.class, () -> userDescriptor(bad), bad);
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> RuleDescriptor.of("US-001", Category.STRUCTURE, Severity.INFO, " ", "r", "s"));
  }

  @Test
  void theLocaleOfMessagesIsJapaneseOrEnglish() {
    assertEquals(Locale.JAPANESE, Validator.builder().locale(Locale.JAPAN).build().locale());
    assertEquals(
        Locale.JAPANESE,
        Validator.builder().locale(Locale.forLanguageTag("ja-JP-u-ca-japanese")).build().locale());
    assertEquals(Locale.ROOT, Validator.builder().locale(Locale.ENGLISH).build().locale());
    assertEquals(Locale.ROOT, Validator.builder().locale(Locale.FRENCH).build().locale());
  }
}
