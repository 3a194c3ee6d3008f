package io.github.collectiveimpact.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.collectiveimpact.fixtures.Initiatives;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.Observation;
import io.github.collectiveimpact.model.ReportingPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The observation index that one validation shares among its rules: its positions, and that every
 * built-in rule finds the same through a context of its own (which builds the index itself) as through
 * the validator (which shares one).
 */
class ObservationIndexProperties {
  @Provide
  Arbitrary<Initiative> initiatives() {
    return Initiatives.any();
  }

  @Example
  void positionsAreGroupedByIndicatorIdInOrderOfFirstAppearance() {
    List<Observation> observations = new ArrayList<>();
    for (String id : List.of("b", "a", "b", "c", "a", "b")) {
      observations.add(
          Observation.builder()
              .indicatorId(id)
              .period(ReportingPeriod.ofYear(2020))
              .value(1)
              .build());
    }

    ObservationIndex index = ObservationIndex.build(observations);

    assertEquals(List.of("b", "a", "c"), new ArrayList<>(index.indicatorIds()));
    assertArrayEquals(new int[] {0, 2, 5}, index.positionsOf("b"));
    assertArrayEquals(new int[] {1, 4}, index.positionsOf("a"));
    assertArrayEquals(new int[] {3}, index.positionsOf("c"));
    assertArrayEquals(new int[0], index.positionsOf("unknown"));
  }

  @Property(tries = 60)
  void everyRuleFindsTheSameThroughAContextOfItsOwn(@ForAll("initiatives") Initiative initiative) {
    ValidationReport report =
        Validator.builder().asOf(Initiatives.AS_OF).build().validate(initiative);
    for (Rule rule : BuiltInRules.all()) {
      Recording context = new Recording(initiative, Initiatives.AS_OF);
      rule.check(context);
      List<String> expected = new ArrayList<>();
      for (Finding f : report.findings()) {
        if (f.ruleId().equals(rule.descriptor().id())) {
          expected.add(f.path() + " " + f.paths() + " " + f.arguments());
        }
      }
      expected.sort(null);
      context.found.sort(null);

      assertEquals(expected, context.found, rule.descriptor().id());
    }
  }

  /** A rule context that is not a validator's: default thresholds, findings recorded as text. */
  private static final class Recording implements RuleContext {
    private final Initiative initiative;
    private final LocalDate asOf;
    final List<String> found = new ArrayList<>();

    Recording(Initiative initiative, LocalDate asOf) {
      this.initiative = initiative;
      this.asOf = asOf;
    }

    @Override
    public Initiative initiative() {
      return initiative;
    }

    @Override
    public LocalDate asOf() {
      return asOf;
    }

    @Override
    public <T> T threshold(Threshold<T> threshold) {
      return threshold.defaultValue();
    }

    @Override
    public void report(String path, Object... arguments) {
      reportAll(path, List.of(path), arguments);
    }

    @Override
    public void reportAll(String path, List<String> paths, Object... arguments) {
      List<String> rendered = new ArrayList<>();
      for (Object argument : arguments) {
        rendered.add(Messages.render(argument));
      }
      found.add(path + " " + paths + " " + rendered);
    }
  }
}
