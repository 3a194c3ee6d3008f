package io.github.collectiveimpact.json.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collectiveimpact.model.Observation;
import io.github.collectiveimpact.model.ReportingPeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Jackson 2 reader's options, and the digits it writes. */
class ObservationsCsvOptionsTest {
  private static Observation valued(double value) {
    return Observation.builder()
        .indicatorId("i")
        .period(ReportingPeriod.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)))
        .value(value)
        .build();
  }

  /** The value field of the one row written for a value. */
  private static String written(double value) {
    String text = ObservationsCsv.create().write(List.of(valued(value)));
    return text.lines().skip(1).findFirst().orElseThrow().split(",", -1)[3];
  }

  @Test
  void valuesAreWrittenInTheirShortestForm() {
    assertEquals("12", written(12.0));
    assertEquals("-0", written(-0.0));
    assertEquals("0.1", written(0.1));
    assertEquals("1.0E23", written(Double.parseDouble("1e23")));
    assertEquals("4.9E-324", written(Double.MIN_VALUE));
  }

  @Test
  void optionsAreKeptAndChecked() {
    ObservationsCsv csv =
        ObservationsCsv.builder()
            .separator('\t')
            .locale(Locale.JAPAN)
            .maxRows(5)
            .maxFieldLength(6)
            .maxProblems(7)
            .lenient(true)
            .build();
    assertEquals('\t', csv.separator());
    assertEquals(Locale.JAPAN, csv.locale());
    assertEquals(5, csv.maxRows());
    assertEquals(6, csv.maxFieldLength());
    assertEquals(7, csv.maxProblems());
    assertTrue(csv.isLenient());
    assertFalse(csv.isByteOrderMark());
    assertEquals(1_000_000, ObservationsCsv.create().maxRows());
    assertThrows(IllegalArgumentException.class, () -> ObservationsCsv.builder().maxRows(0));
    assertThrows(IllegalArgumentException.class, () -> ObservationsCsv.builder().separator('"'));
    assertThrows(IllegalArgumentException.class, () -> ObservationsCsv.builder().separator('.'));
  }
}
