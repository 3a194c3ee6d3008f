package io.github.collectiveimpact.json.format.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV format's columns, and the numbers and separators every binding shares. */
class CsvColumnsTest {
  @Test
  void theColumnsPositionsAreTheirOrder() {
    List<Column> columns = Column.all();
    assertEquals(9, columns.size());
    for (int i = 0; i < columns.size(); i++) {
      assertEquals(i, columns.get(i).position(), columns.get(i).header());
    }
    assertEquals("indicatorId", columns.get(0).header());
    assertEquals("seriesBreak", columns.get(8).header());
  }

  @Test
  void integersAreWrittenWithoutAFractionAndOtherValuesByTheBinding() {
    CsvObservations format =
        new CsvObservations(
            new CsvObservations.Engine() {
              @Override
              public JsonInput open(java.io.Reader in) {
                throw new UnsupportedOperationException();
              }

              @Override
              public CsvObservations.Rows rows(java.io.Writer out) {
                throw new UnsupportedOperationException();
              }

              @Override
              public String decimal(double value) {
                return "decimal";
              }
            },
            java.util.Locale.ENGLISH,
            1,
            1,
            1,
            false,
            false);
    assertEquals("12", format.number(12.0));
    assertEquals("-12", format.number(-12.0));
    assertEquals("0", format.number(0.0));
    assertEquals("-0", format.number(-0.0));
    assertEquals("decimal", format.number(0.1));
    assertEquals("decimal", format.number(1e15));
  }

  @Test
  void aSeparatorThatWouldMakeValuesAmbiguousIsRefused() {
    for (char c : new char[] {'"', '\n', '\r', ' ', '.', '-', '+', 'a', '7'}) {
      assertThrows(IllegalArgumentException.class, () -> CsvObservations.separator(c), "" + c);
    }
    assertEquals(';', CsvObservations.separator(';'));
    assertEquals('\t', CsvObservations.separator('\t'));
  }
}
