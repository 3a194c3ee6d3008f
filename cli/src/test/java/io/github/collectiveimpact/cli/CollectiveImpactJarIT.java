package io.github.collectiveimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar, run as a user runs it: {@code java -jar cli/target/collective-impact.jar}. */
class CollectiveImpactJarIT {
  private static final Path JAR = Path.of("target", "collective-impact.jar");

  /** What one process gave. */
  record Ran(int status, String out, String err) {}

  private static Ran java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    Path out = Files.createTempFile("cli-out", ".txt");
    Path err = Files.createTempFile("cli-err", ".txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    java.lang.Process process = builder.start();
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the jar did not finish");
    Ran result =
        new Ran(
            process.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return result;
  }

  @Test
  void theJarPrintsItsVersion() throws Exception {
    assertTrue(Files.isRegularFile(JAR), JAR.toAbsolutePath().toString());
    Ran result = java("--version");
    assertEquals(0, result.status(), result.err());
    assertEquals("collective-impact " + VersionProvider.version(), result.out().strip());
  }

  @Test
  void theJarValidatesDocumentsAndExitsWithTheDocumentedStatuses(@TempDir Path dir)
      throws Exception {
    Path clean = Cli.write(dir, "clean.json", Cli.clean());
    Path error = Cli.write(dir, "error.json", Cli.withError());
    Path bad = Cli.writeText(dir, "bad.json", "{\"schemaVersion\": \"1.1\", \"id\": 7}");
    Ran ok = java("validate", "--as-of", "2026-06-30", clean.toString());
    assertEquals(0, ok.status(), ok.err());
    assertTrue(ok.out().contains("as of 2026-06-30: valid"), ok.out());
    Ran findings = java("validate", "--lang", "ja", clean.toString(), error.toString());
    assertEquals(1, findings.status(), findings.err());
    assertTrue(findings.out().contains("== 要約"), findings.out());
    Ran unreadable = java("validate", clean.toString(), bad.toString());
    assertEquals(3, unreadable.status());
    assertTrue(unreadable.err().contains(bad + ": Invalid document at /id"), unreadable.err());
    Ran usage = java("validate", "--format", "xml", clean.toString());
    assertEquals(2, usage.status());
    for (Ran p : List.of(ok, findings, unreadable, usage)) {
      assertFalse(p.out().contains("\u001b") || p.err().contains("\u001b"));
      assertFalse(p.err().contains("Exception"), p.err());
    }
  }
}
