package io.github.collectiveimpact.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OptionsTest {
  private static Options parse(String... args) {
    return Options.parse(args, null);
  }

  @Test
  void noArgumentsMeansEnglishTextForTheShowcase() {
    Options options = parse();
    assertEquals(Locale.ENGLISH, options.locale());
    assertEquals(Optional.empty(), options.profile());
    assertFalse(options.json());
    assertEquals(Optional.empty(), options.file());
    assertEquals(List.of(), options.observations());
    assertFalse(options.help());
  }

  @Test
  void observationsAreRepeatableInTheirOrderAndNeedAFile() {
    Options options =
        parse(
            "--observations",
            "q1.csv",
            "--file",
            "a.json",
            "--observations=q2 data.csv",
            "--observations",
            "q1.csv");
    assertEquals(Optional.of(Path.of("a.json")), options.file());
    assertEquals(
        List.of(Path.of("q1.csv"), Path.of("q2 data.csv"), Path.of("q1.csv")),
        options.observations());

    Options.UsageException e =
        assertThrows(Options.UsageException.class, () -> parse("--observations", "q1.csv"));
    assertTrue(e.getMessage().contains("--observations needs --file"), e.getMessage());
    assertTrue(
        assertThrows(
                Options.UsageException.class, () -> parse("--file", "a.json", "--observations"))
            .getMessage()
            .contains("--observations needs a value"));
    assertTrue(
        assertThrows(
                Options.UsageException.class, () -> parse("--file", "a.json", "--observations="))
            .getMessage()
            .contains("--observations needs a path"));
  }

  @Test
  void languageAsNextArgumentOrAfterEquals() {
    assertEquals(Locale.JAPANESE, parse("--lang", "ja").locale());
    assertEquals(Locale.JAPANESE, parse("--lang=ja").locale());
    assertEquals(Locale.ENGLISH, parse("--lang", "en").locale());
  }

  @Test
  void theSystemPropertySetsTheDefaultAndTheOptionOverridesIt() {
    assertEquals(Locale.JAPANESE, Options.parse(new String[0], "ja").locale());
    assertEquals(Locale.ENGLISH, Options.parse(new String[] {"--lang", "en"}, "ja").locale());
    Options.UsageException e =
        assertThrows(Options.UsageException.class, () -> Options.parse(new String[0], "fr"));
    assertTrue(e.getMessage().contains(Options.LANG_PROPERTY), e.getMessage());
  }

  @Test
  void theLastOfARepeatedOptionWins() {
    assertEquals(Locale.ENGLISH, parse("--lang", "ja", "--lang", "en").locale());
  }

  @Test
  void profileJsonAndFile() {
    Options options =
        parse("--profile", "promise-neighborhoods", "--json", "--file", "my initiative.json");
    assertEquals(Optional.of(Options.PROMISE_NEIGHBORHOODS), options.profile());
    assertTrue(options.json());
    assertEquals(Optional.of(Path.of("my initiative.json")), options.file());
    assertEquals(Optional.of(Path.of("a.json")), parse("--file=a.json").file());
  }

  @Test
  void asOfTakesAnIsoDate() {
    assertEquals(Optional.empty(), parse().asOf());
    assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), parse("--as-of", "2024-02-29").asOf());
    assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), parse("--as-of=2024-02-29").asOf());
    assertThrows(Options.UsageException.class, () -> parse("--as-of", "2023-02-29"));
    assertThrows(Options.UsageException.class, () -> parse("--as-of", "30/06/2026"));
    assertThrows(Options.UsageException.class, () -> parse("--as-of"));
  }

  @Test
  void helpStopsParsing() {
    assertTrue(parse("--help").help());
    assertTrue(parse("-h").help());
    Options options = parse("--lang", "ja", "--help", "--no-such-option");
    assertTrue(options.help());
    assertEquals(Locale.JAPANESE, options.locale());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--bogus",
        "stray",
        "--lang",
        "--lang fr",
        "--lang=",
        "--lang --json",
        "--profile",
        "--profile other",
        "--file",
        "--file=",
        "--observations",
        "--observations x.csv",
        "--file a.json --observations --json",
        "--json=yes",
        "--help=please",
        "-x"
      })
  void badArgumentsGiveAOneLineUsageError(String commandLine) {
    String[] args = commandLine.split(" ");
    Options.UsageException e = assertThrows(Options.UsageException.class, () -> parse(args));
    assertFalse(e.getMessage().isBlank());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  @Test
  void theErrorNamesTheOffendingArgument() {
    assertTrue(
        assertThrows(Options.UsageException.class, () -> parse("--bogus"))
            .getMessage()
            .contains("--bogus"));
    assertTrue(
        assertThrows(Options.UsageException.class, () -> parse("--profile", "other"))
            .getMessage()
            .contains("other"));
    assertTrue(
        assertThrows(Options.UsageException.class, () -> parse("--lang", "fr"))
            .getMessage()
            .contains("fr"));
  }
}
