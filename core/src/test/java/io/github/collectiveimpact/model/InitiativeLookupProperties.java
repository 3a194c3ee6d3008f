package io.github.collectiveimpact.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.collectiveimpact.fixtures.Initiatives;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The indexed lookups of {@link Initiative} agree with a linear scan that takes the first match, for ids
 * that exist (including repeated ones) and ids that do not.
 */
class InitiativeLookupProperties {
  @Provide
  Arbitrary<Initiative> initiatives() {
    return Initiatives.any();
  }

  /** The ids of the elements, every id referred to anywhere, and some that name nothing. */
  private static Set<String> candidateIds(Initiative initiative) {
    Set<String> ids =
        new LinkedHashSet<>(List.of("", "missing", "p-missing-0", "ind-missing", "goal-missing-1"));
    initiative.partners().forEach(p -> ids.add(p.id()));
    initiative.indicators().forEach(i -> ids.add(i.id()));
    initiative.commonAgenda().goals().forEach(g -> ids.addAll(g.indicatorIds()));
    initiative.commonAgenda().goals().forEach(g -> ids.add(g.id()));
    initiative.activities().forEach(a -> ids.add(a.id()));
    initiative.activities().forEach(a -> ids.addAll(a.goalIds()));
    initiative.activities().forEach(a -> a.workingGroupId().ifPresent(ids::add));
    initiative.workingGroups().forEach(w -> ids.add(w.id()));
    initiative.meetingSeries().forEach(s -> ids.add(s.id()));
    initiative.channels().forEach(c -> ids.add(c.id()));
    initiative.observations().forEach(o -> ids.add(o.indicatorId()));
    return ids;
  }

  private static <T> void assertFirstMatch(
      List<T> elements,
      Function<T, String> id,
      Function<String, Optional<T>> lookup,
      Set<String> ids) {
    for (String candidate : ids) {
      T first =
          elements.stream().filter(e -> id.apply(e).equals(candidate)).findFirst().orElse(null);
      assertSame(first, lookup.apply(candidate).orElse(null), candidate);
    }
  }

  @Property(tries = 300)
  void lookupsFindTheFirstElementWithTheId(@ForAll("initiatives") Initiative initiative) {
    Set<String> ids = candidateIds(initiative);
    assertFirstMatch(initiative.partners(), Partner::id, initiative::partner, ids);
    assertFirstMatch(initiative.indicators(), Indicator::id, initiative::indicator, ids);
    assertFirstMatch(initiative.commonAgenda().goals(), Goal::id, initiative::goal, ids);
    assertFirstMatch(initiative.activities(), Activity::id, initiative::activity, ids);
    assertFirstMatch(initiative.workingGroups(), WorkingGroup::id, initiative::workingGroup, ids);
    assertFirstMatch(initiative.meetingSeries(), MeetingSeries::id, initiative::meetingSeries, ids);
    assertFirstMatch(initiative.channels(), Channel::id, initiative::channel, ids);
  }

  @Property(tries = 300)
  void observationsOfAnIndicatorKeepTheirOrder(@ForAll("initiatives") Initiative initiative) {
    for (String id : candidateIds(initiative)) {
      List<Observation> expected =
          initiative.observations().stream()
              .filter(o -> o.indicatorId().equals(id))
              .collect(Collectors.toList());
      List<Observation> actual = initiative.observationsOf(id);
      assertEquals(expected.size(), actual.size(), id);
      for (int i = 0; i < expected.size(); i++) {
        assertSame(expected.get(i), actual.get(i), id);
      }
    }
  }

  @Property(tries = 100)
  void aRepeatedIdFindsTheFirstElement(@ForAll("initiatives") Initiative initiative) {
    List<Partner> partners = new ArrayList<>(initiative.partners());
    Partner first = Partner.builder().id("p-twice").name("First").sector(Sector.GOVERNMENT).build();
    Partner second = first.withName("Second");
    partners.add(0, first);
    partners.add(second);
    Initiative twice = initiative.withPartners(partners);
    assertSame(first, twice.partner("p-twice").orElseThrow());
    assertEquals(Optional.empty(), initiative.partner("p-twice"));
  }
}
