package io.github.collectiveimpact.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Units: which values they accept, and which add up across partners. */
class UnitTest {
  @Test
  void onlyCountsAndCurrencyAddUpAcrossPartners() {
    EnumSet<Unit> additive = EnumSet.noneOf(Unit.class);
    for (Unit u : Unit.values()) {
      if (u.additive()) {
        additive.add(u);
      }
    }
    assertEquals(EnumSet.of(Unit.COUNT, Unit.CURRENCY), additive);
  }

  @Test
  void daysAreADurationNotBelowZero() {
    assertTrue(Unit.DAYS.accepts(0));
    assertTrue(Unit.DAYS.accepts(12.5));
    assertFalse(Unit.DAYS.accepts(-1));
  }

  private static Indicator.Builder indicator(Unit unit) {
    return Indicator.builder()
        .id("i")
        .name("i")
        .unit(unit)
        .desiredDirection(Direction.INCREASE)
        .level(IndicatorLevel.POPULATION);
  }

  @Test
  void anIndicatorSumsPartnersOnlyForAnAdditiveUnitNotDeclaredNone() {
    assertTrue(indicator(Unit.COUNT).build().sumsPartners());
    assertTrue(indicator(Unit.CURRENCY).aggregation(Aggregation.SUM).build().sumsPartners());
    assertFalse(indicator(Unit.COUNT).aggregation(Aggregation.NONE).build().sumsPartners());
    assertFalse(indicator(Unit.PERCENT).aggregation(Aggregation.SUM).build().sumsPartners());
    assertFalse(indicator(Unit.COUNT).build().withUnit(java.util.Optional.empty()).sumsPartners());
  }

  @Test
  void theNewIndicatorAttributesCheckTheirValues() {
    assertThrows(InvalidModelException.class, () -> indicator(Unit.COUNT).tolerance(-1.0).build());
    assertThrows(
        InvalidModelException.class,
        () -> indicator(Unit.COUNT).publicationLag(Period.ofMonths(-1)).build());
    assertThrows(
        InvalidModelException.class,
        () ->
            indicator(Unit.COUNT).putReferenceGroups(DisaggregationDimension.INCOME, " ").build());
    assertThrows(
        InvalidModelException.class, () -> MeasuredGroup.of(DisaggregationDimension.INCOME, " "));
    assertFalse(
        Observation.builder()
            .indicatorId("i")
            .period(ReportingPeriod.ofYear(2020))
            .value(1)
            .build()
            .seriesBreak());
  }
}
