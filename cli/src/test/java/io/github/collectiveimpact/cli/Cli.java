package io.github.collectiveimpact.cli;

import io.github.collectiveimpact.fixtures.Initiatives;
import io.github.collectiveimpact.json.CollectiveImpactJson;
import io.github.collectiveimpact.model.Initiative;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** Runs the tool in this JVM with its output captured, and writes documents for it to read. */
final class Cli {
  static final LocalDate AS_OF = Initiatives.AS_OF;
  static final CollectiveImpactJson JSON = CollectiveImpactJson.create();

  /** What one run gave. */
  record Result(int status, String out, String err) {}

  private Cli() {}

  /** An English run without a console on a two-core machine, today being the fixtures' date. */
  static Result run(String... args) {
    return run(new Environment(Locale.ENGLISH, false, AS_OF, 2), args);
  }

  static Result run(Environment environment, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = Main.run(args, o, e, environment);
    }
    return new Result(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** An initiative with no finding as of {@link #AS_OF}. */
  static Initiative clean() {
    return Initiatives.completeExample();
  }

  /** An initiative whose one finding is an ERROR (BB-001: no backbone). */
  static Initiative withError() {
    return clean().withId("no-backbone").withBackbone(Optional.empty());
  }

  static Path write(Path dir, String name, Initiative initiative) {
    return writeText(dir, name, JSON.writeInitiative(initiative));
  }

  static Path writeText(Path dir, String name, String text) {
    try {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
