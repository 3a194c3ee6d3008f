package io.github.collectiveimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.collectiveimpact.fixtures.Initiatives;
import io.github.collectiveimpact.model.Initiative;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/** What holds for any documents: monotonic exit statuses, and output in input order. */
class CliProperties {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private Path dir;

  @BeforeProperty
  void createFolder() throws IOException {
    dir = Files.createTempDirectory("cli-properties");
  }

  @AfterProperty
  void deleteFolder() throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Provide
  Arbitrary<Initiative> initiatives() {
    return Initiatives.any();
  }

  /** never, error, warning: each fails on what the one before it fails on, and more. */
  @Property(tries = 40)
  void theExitStatusGrowsWithTheStrictnessOfFailOn(@ForAll("initiatives") Initiative initiative) {
    Path file = Cli.write(dir, "document.json", initiative);
    int never = Cli.run("validate", "--fail-on", "never", file.toString()).status();
    int error = Cli.run("validate", "--fail-on", "error", file.toString()).status();
    int warning = Cli.run("validate", "--fail-on", "warning", file.toString()).status();
    assertEquals(0, never);
    assertTrue(never <= error && error <= warning, never + " " + error + " " + warning);
    assertTrue(warning <= 1);
  }

  @Property(tries = 15)
  void theReportsFollowTheInputOrderForAnyNumberOfThreads(
      @ForAll @Size(min = 2, max = 8) List<@IntRange(min = 0, max = 999) Integer> numbers,
      @ForAll @IntRange(min = 1, max = 8) int threads)
      throws IOException {
    List<String> args =
        new ArrayList<>(List.of("validate", "--format=json", "--threads=" + threads));
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < numbers.size(); i++) {
      String id = "initiative-" + numbers.get(i) + "-" + i;
      expected.add(id);
      Initiative initiative = i % 3 == 0 ? Cli.withError() : Cli.clean();
      try {
        args.add(Cli.write(dir, "doc-" + i + ".json", initiative.withId(id)).toString());
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    Cli.Result result = Cli.run(args.toArray(String[]::new));
    List<String> ids = new ArrayList<>();
    MAPPER
        .readTree(result.out())
        .get("reports")
        .forEach(r -> ids.add(r.get("initiativeId").asText()));
    assertEquals(expected, ids);
  }
}
