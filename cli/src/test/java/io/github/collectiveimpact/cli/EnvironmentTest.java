package io.github.collectiveimpact.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What a run takes from the machine. */
class EnvironmentTest {
  @Test
  void aJvmWhoseOutputIsAPipeIsNotInATerminal() {
    // The tests run in a JVM forked with its standard streams piped: no progress bar may be drawn
    // there,
    // although from JDK 22 on such a JVM has a console.
    assertFalse(Environment.inTerminal());
    assertFalse(Environment.system().interactive());
  }

  @Test
  void coresArePositive() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Environment(Locale.ENGLISH, false, LocalDate.of(2026, 6, 30), 0));
  }
}
