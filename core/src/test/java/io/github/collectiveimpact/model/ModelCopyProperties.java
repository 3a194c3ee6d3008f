package io.github.collectiveimpact.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.collectiveimpact.fixtures.Initiatives;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Builders copy values exactly, {@code withY} copies change one attribute, and equality is by value. */
class ModelCopyProperties {
  @Provide
  Arbitrary<Initiative> initiatives() {
    return Initiatives.any();
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings()
        .alpha()
        .numeric()
        .withChars(' ', '-')
        .ofMinLength(1)
        .ofMaxLength(20)
        .filter(s -> !s.isBlank());
  }

  /** A copy equals the value, has its hash code and its text form. */
  private static <T> void assertSameValue(T value, T copy) {
    assertEquals(value, copy);
    assertEquals(copy, value);
    assertEquals(value.hashCode(), copy.hashCode());
    assertEquals(value.toString(), copy.toString());
  }

  private static <T> void eachCopies(List<T> values, UnaryOperator<T> copy) {
    for (T value : values) {
      assertSameValue(value, copy.apply(value));
    }
  }

  @Property(tries = 150)
  void aBuilderFromAnInitiativeBuildsAnEqualInitiative(
      @ForAll("initiatives") Initiative initiative) {
    assertSameValue(initiative, Initiative.builder().from(initiative).build());
  }

  @Property(tries = 150)
  void aBuilderFromAnyPartBuildsAnEqualPart(@ForAll("initiatives") Initiative initiative) {
    CommonAgenda agenda = initiative.commonAgenda();
    assertSameValue(agenda, CommonAgenda.builder().from(agenda).build());
    eachCopies(agenda.goals(), g -> Goal.builder().from(g).build());
    eachCopies(agenda.endorsements(), e -> Endorsement.builder().from(e).build());
    for (Goal goal : agenda.goals()) {
      goal.equityFocus().ifPresent(f -> assertSameValue(f, EquityFocus.builder().from(f).build()));
    }
    eachCopies(initiative.partners(), p -> Partner.builder().from(p).build());
    eachCopies(initiative.indicators(), i -> Indicator.builder().from(i).build());
    for (Indicator indicator : initiative.indicators()) {
      indicator.baseline().ifPresent(v -> assertSameValue(v, DatedValue.builder().from(v).build()));
      indicator.target().ifPresent(v -> assertSameValue(v, DatedValue.builder().from(v).build()));
      eachCopies(indicator.interimTargets(), v -> DatedValue.builder().from(v).build());
      eachCopies(indicator.externalCodes(), c -> ExternalCode.builder().from(c).build());
    }
    eachCopies(initiative.observations(), o -> Observation.builder().from(o).build());
    for (Observation o : initiative.observations()) {
      assertSameValue(o.period(), ReportingPeriod.builder().from(o.period()).build());
      o.disaggregation()
          .ifPresent(d -> assertSameValue(d, Disaggregation.builder().from(d).build()));
    }
    eachCopies(initiative.activities(), a -> Activity.builder().from(a).build());
    eachCopies(initiative.workingGroups(), w -> WorkingGroup.builder().from(w).build());
    eachCopies(initiative.meetingSeries(), s -> MeetingSeries.builder().from(s).build());
    eachCopies(initiative.channels(), c -> Channel.builder().from(c).build());
    if (initiative.backbone().isPresent()) {
      Backbone backbone = initiative.backbone().get();
      assertSameValue(backbone, Backbone.builder().from(backbone).build());
      eachCopies(backbone.staff(), s -> StaffPosition.builder().from(s).build());
      eachCopies(backbone.fundingSources(), f -> FundingSource.builder().from(f).build());
      eachCopies(backbone.roles(), r -> BackboneRole.builder().from(r).build());
    }
  }

  /**
   * {@code with} gives a copy with the new value; the original keeps its value; putting the old value back
   * gives a value equal to the original (so no other attribute changed).
   */
  private static <T, V> void assertWith(
      T original, Function<T, V> get, V newValue, WithFunction<T, V> with) {
    V before = get.apply(original);
    String text = original.toString();
    T copy = with.apply(original, newValue);
    assertEquals(newValue, get.apply(copy));
    assertEquals(before, get.apply(original));
    assertEquals(text, original.toString());
    assertEquals(original, with.apply(copy, before));
    if (!newValue.equals(before)) {
      assertNotEquals(original, copy);
    }
  }

  /** A {@code withY} method. */
  @FunctionalInterface
  interface WithFunction<T, V> {
    T apply(T target, V value);
  }

  @Property(tries = 150)
  void withCopiesOfAnInitiativeChangeOneAttribute(
      @ForAll("initiatives") Initiative initiative, @ForAll("names") String name) {
    assertWith(initiative, Initiative::name, name, Initiative::withName);
    assertWith(initiative, Initiative::geography, Optional.of(name), Initiative::withGeography);
    assertWith(
        initiative, Initiative::backbone, Optional.<Backbone>empty(), Initiative::withBackbone);
    List<Partner> reversed = new ArrayList<>(initiative.partners());
    Collections.reverse(reversed);
    assertWith(initiative, Initiative::partners, List.copyOf(reversed), Initiative::withPartners);
    assertWith(
        initiative, Initiative::commonAgenda, CommonAgenda.empty(), Initiative::withCommonAgenda);
  }

  @Property(tries = 150)
  void withCopiesOfThePartsChangeOneAttribute(
      @ForAll("initiatives") Initiative initiative,
      @ForAll("names") String name,
      @ForAll Sector sector,
      @ForAll Direction direction,
      @ForAll IndicatorLevel level,
      @ForAll Audience audience,
      @ForAll BackboneType type) {
    for (Partner p : initiative.partners()) {
      assertWith(p, Partner::sector, sector, Partner::withSector);
      assertWith(p, Partner::name, name, Partner::withName);
    }
    for (Indicator i : initiative.indicators()) {
      assertWith(i, Indicator::desiredDirection, direction, Indicator::withDesiredDirection);
      assertWith(i, Indicator::level, level, Indicator::withLevel);
      assertWith(i, Indicator::dataSource, Optional.of(name), Indicator::withDataSource);
    }
    for (Activity a : initiative.activities()) {
      assertWith(a, Activity::leadPartnerId, Optional.of(name), Activity::withLeadPartnerId);
      assertWith(a, Activity::end, Optional.<java.time.LocalDate>empty(), Activity::withEnd);
    }
    for (Goal g : initiative.commonAgenda().goals()) {
      assertWith(g, Goal::statement, name, Goal::withStatement);
    }
    for (Channel c : initiative.channels()) {
      assertWith(c, Channel::audience, audience, Channel::withAudience);
      assertWith(
          c, Channel::publishesResults, !c.publishesResults(), Channel::withPublishesResults);
    }
    for (MeetingSeries s : initiative.meetingSeries()) {
      assertWith(s, MeetingSeries::cadence, Cadence.WEEKLY, MeetingSeries::withCadence);
    }
    for (Observation o : initiative.observations()) {
      assertWith(o, Observation::value, o.value() + 1, Observation::withValue);
    }
    initiative
        .backbone()
        .ifPresent(b -> assertWith(b, Backbone::type, Optional.of(type), Backbone::withType));
  }

  @Property(tries = 150)
  void equalityIsByValue(@ForAll("initiatives") Initiative a, @ForAll("initiatives") Initiative b) {
    Initiative aCopy = Initiative.builder().from(a).build();
    assertEquals(a.equals(b), aCopy.equals(b));
    assertEquals(b.equals(a), a.equals(b));
    if (a.equals(b)) {
      assertEquals(a.hashCode(), b.hashCode());
    }
    assertNotEquals(a, a.withId(a.id() + "-other"));
    assertNotEquals(null, a);
    assertNotEquals(a, a.id());
  }
}
