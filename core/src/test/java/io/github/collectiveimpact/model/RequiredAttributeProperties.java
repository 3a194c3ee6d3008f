package io.github.collectiveimpact.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A model type built without some of its required attributes throws an {@link InvalidModelException} that
 * names the type and every missing attribute, for every model type and every choice of missing
 * attributes.
 */
class RequiredAttributeProperties {
  private static final LocalDate DAY = LocalDate.of(2020, 6, 30);

  /** Every model type with a builder: its required attributes, in declaration order, and their setters. */
  private static final List<Type<?>> TYPES =
      List.of(
          type("Initiative", Initiative::builder, Initiative.Builder::build)
              .requires("id", b -> b.id("eastside"))
              .requires("name", b -> b.name("Eastside")),
          type("CommonAgenda", CommonAgenda::builder, CommonAgenda.Builder::build),
          type("Goal", Goal::builder, Goal.Builder::build)
              .requires("id", b -> b.id("ready"))
              .requires("statement", b -> b.statement("More children ready")),
          type("EquityFocus", EquityFocus::builder, EquityFocus.Builder::build),
          type("Endorsement", Endorsement::builder, Endorsement.Builder::build)
              .requires("partnerId", b -> b.partnerId("district")),
          type("Partner", Partner::builder, Partner.Builder::build)
              .requires("id", b -> b.id("district"))
              .requires("name", b -> b.name("School district"))
              .requires("sector", b -> b.sector(Sector.GOVERNMENT)),
          type("Backbone", Backbone::builder, Backbone.Builder::build)
              .requires("name", b -> b.name("Backbone")),
          type("StaffPosition", StaffPosition::builder, StaffPosition.Builder::build)
              .requires("role", b -> b.role("Director")),
          type("FundingSource", FundingSource::builder, FundingSource.Builder::build)
              .requires("name", b -> b.name("Foundation")),
          type("MonetaryAmount", MonetaryAmount::builder, MonetaryAmount.Builder::build)
              .requires("value", b -> b.value(1_000_000))
              .requires("currency", b -> b.currency("USD")),
          type("DateRange", DateRange::builder, DateRange.Builder::build)
              .requires("start", b -> b.start(DAY.minusYears(1)))
              .requires("end", b -> b.end(DAY)),
          type("SystemsChange", SystemsChange::builder, SystemsChange.Builder::build)
              .requires("id", b -> b.id("policy-1"))
              .requires("date", b -> b.date(DAY))
              .requires("kind", b -> b.kind(SystemsChangeKind.POLICY))
              .requires("description", b -> b.description("A common readiness assessment")),
          type("BackboneRole", BackboneRole::builder, BackboneRole.Builder::build)
              .requires("function", b -> b.function(BackboneFunction.GUIDE_VISION_AND_STRATEGY)),
          type("Indicator", Indicator::builder, Indicator.Builder::build)
              .requires("id", b -> b.id("kready"))
              .requires("name", b -> b.name("Kindergarten readiness"))
              .requires("desiredDirection", b -> b.desiredDirection(Direction.INCREASE))
              .requires("level", b -> b.level(IndicatorLevel.POPULATION)),
          type("DatedValue", DatedValue::builder, DatedValue.Builder::build)
              .requires("value", b -> b.value(41.5))
              .requires("date", b -> b.date(DAY)),
          type("ExternalCode", ExternalCode::builder, ExternalCode.Builder::build)
              .requires("catalogue", b -> b.catalogue("GPRA"))
              .requires("code", b -> b.code("1")),
          type("MeasuredGroup", MeasuredGroup::builder, MeasuredGroup.Builder::build)
              .requires("dimension", b -> b.dimension(DisaggregationDimension.RACE_ETHNICITY))
              .requires("group", b -> b.group("Black")),
          type("Observation", Observation::builder, Observation.Builder::build)
              .requires("indicatorId", b -> b.indicatorId("kready"))
              .requires("period", b -> b.period(ReportingPeriod.ofYear(2020)))
              .requires("value", b -> b.value(41.5)),
          type("ReportingPeriod", ReportingPeriod::builder, ReportingPeriod.Builder::build)
              .requires("start", b -> b.start(DAY.minusYears(1)))
              .requires("end", b -> b.end(DAY)),
          type("Disaggregation", Disaggregation::builder, Disaggregation.Builder::build)
              .requires("dimension", b -> b.dimension(DisaggregationDimension.INCOME))
              .requires("group", b -> b.group("low income")),
          type("Activity", Activity::builder, Activity.Builder::build)
              .requires("id", b -> b.id("tutoring"))
              .requires("name", b -> b.name("Tutoring"))
              .requires("start", b -> b.start(DAY)),
          type("WorkingGroup", WorkingGroup::builder, WorkingGroup.Builder::build)
              .requires("id", b -> b.id("early"))
              .requires("name", b -> b.name("Early learning")),
          type("MeetingSeries", MeetingSeries::builder, MeetingSeries.Builder::build)
              .requires("id", b -> b.id("steering"))
              .requires("name", b -> b.name("Steering committee"))
              .requires("kind", b -> b.kind(MeetingKind.STEERING_COMMITTEE))
              .requires("cadence", b -> b.cadence(Cadence.MONTHLY)),
          type("Channel", Channel::builder, Channel.Builder::build)
              .requires("id", b -> b.id("news"))
              .requires("name", b -> b.name("Newsletter"))
              .requires("kind", b -> b.kind(ChannelKind.NEWSLETTER))
              .requires("audience", b -> b.audience(Audience.PARTNERS))
              .requires("publishesResults", b -> b.publishesResults(true)));

  @Property
  void aMissingRequiredAttributeIsNamedWithItsType(@ForAll("omissions") Omission omission) {
    Type<?> type = omission.type;
    List<String> missing =
        type.required().stream().filter(omission.missing::contains).collect(Collectors.toList());
    Set<String> set = new TreeSet<>(type.required());
    set.removeAll(omission.missing);

    InvalidModelException e =
        assertThrows(InvalidModelException.class, () -> type.buildWith(set), omission.toString());
    assertEquals(type.name, e.type());
    assertEquals(missing, e.missingAttributes());
    assertEquals(missing.get(0), e.attribute());
    assertTrue(e.index().isEmpty());
    assertTrue(e.getMessage().contains(type.name), e.getMessage());
    for (String attribute : missing) {
      assertTrue(e.getMessage().contains(attribute), e.getMessage());
    }
  }

  @Provide
  Arbitrary<Omission> omissions() {
    return Arbitraries.of(
            TYPES.stream().filter(t -> !t.required().isEmpty()).collect(Collectors.toList()))
        .flatMap(
            t ->
                Arbitraries.subsetOf(t.required())
                    .ofMinSize(1)
                    .map(missing -> new Omission(t, missing)));
  }

  @Example
  void withEveryRequiredAttributeSetEachTypeBuilds() {
    for (Type<?> type : TYPES) {
      assertNotNull(type.buildWith(type.required()), type.name);
    }
  }

  @Example
  void anEmptyBuilderNamesExactlyTheRequiredAttributesOfTheTable() {
    // Keeps the table above true as attributes are added: a new required attribute shows up here.
    for (Type<?> type : TYPES) {
      if (type.required().isEmpty()) {
        assertNotNull(type.buildWith(List.of()), type.name);
      } else {
        InvalidModelException e =
            assertThrows(InvalidModelException.class, () -> type.buildWith(List.of()), type.name);
        assertEquals(type.required(), e.missingAttributes(), type.name);
      }
    }
  }

  @Example
  void theTableHasEveryModelTypeThatHasABuilder() throws IOException, URISyntaxException {
    Path model =
        Path.of(Initiative.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve("io/github/collectiveimpact/model");
    Set<String> generated;
    try (Stream<Path> files = Files.list(model)) {
      generated =
          files
              .map(f -> f.getFileName().toString())
              .filter(n -> n.matches("Immutable[A-Za-z]+\\.class"))
              .map(n -> n.substring("Immutable".length(), n.length() - ".class".length()))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> listed =
        TYPES.stream().map(t -> t.name).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(generated, listed);
  }

  @Example
  void oneMissingAttributeIsNamedInTheSingular() {
    InvalidModelException e =
        assertThrows(InvalidModelException.class, () -> Backbone.builder().build());
    assertEquals("Cannot build Backbone: required attribute name is not set", e.getMessage());
    assertEquals("null", e.value());
  }

  @Example
  void severalMissingAttributesAreNamedInOrder() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class, () -> Indicator.builder().id("i").name("I").build());
    assertEquals(
        "Cannot build Indicator: required attributes desiredDirection, level are not set",
        e.getMessage());
  }

  @Example
  void theMissingAttributesCanBeGivenDirectly() {
    InvalidModelException e = new InvalidModelException("Partner", List.of("name", "sector"));
    assertEquals(List.of("name", "sector"), e.missingAttributes());
    assertEquals("name", e.attribute());
    assertThrows(
        IllegalArgumentException.class, () -> new InvalidModelException("Partner", List.of()));
  }

  @Example
  void anInvalidValueHasNoMissingAttributes() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () -> Partner.builder().id(" ").name("P").sector(Sector.GOVERNMENT).build());
    assertTrue(e.missingAttributes().isEmpty());
  }

  @Example
  void aGeneratedMessageOfAnotherFormIsKept() {
    InvalidModelException e =
        new InvalidModelException("Cannot build Initiative, attribute initializers form cycle [x]");
    assertEquals("Cannot build Initiative, attribute initializers form cycle [x]", e.getMessage());
    assertTrue(e.missingAttributes().isEmpty());
    assertEquals("", e.type());
  }

  /** A model type's builder and how to set each of its required attributes. */
  private static final class Type<B> {
    final String name;
    private final Supplier<B> builder;
    private final Function<B, ?> build;
    private final Map<String, Consumer<B>> setters = new LinkedHashMap<>();

    Type(String name, Supplier<B> builder, Function<B, ?> build) {
      this.name = name;
      this.builder = builder;
      this.build = build;
    }

    Type<B> requires(String attribute, Consumer<B> setter) {
      setters.put(attribute, setter);
      return this;
    }

    List<String> required() {
      return new ArrayList<>(setters.keySet());
    }

    /** Builds with only the given required attributes set. */
    Object buildWith(Collection<String> attributes) {
      B b = builder.get();
      setters.forEach(
          (attribute, setter) -> {
            if (attributes.contains(attribute)) {
              setter.accept(b);
            }
          });
      return build.apply(b);
    }
  }

  private static <B> Type<B> type(String name, Supplier<B> builder, Function<B, ?> build) {
    return new Type<>(name, builder, build);
  }

  /** A model type and the required attributes left unset. */
  static final class Omission {
    final Type<?> type;
    final Set<String> missing;

    Omission(Type<?> type, Set<String> missing) {
      this.type = type;
      this.missing = missing;
    }

    @Override
    public String toString() {
      return type.name + " without " + missing;
    }
  }
}
