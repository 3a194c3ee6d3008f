package io.github.collectiveimpact.cli;

import io.github.collectiveimpact.json.CollectiveImpactJson;
import io.github.collectiveimpact.json.InitiativeFormatException;
import io.github.collectiveimpact.json.ReadResult;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.validation.ValidationReport;
import io.github.collectiveimpact.validation.Validator;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code collective-impact validate FILE|DIR...}: reads and validates the documents on a fixed pool of
 * threads, keeps the results in input order, and writes the report of one document, or of several with a
 * summary, in the chosen format. A document that cannot be read is one line on standard error; the others
 * are still validated and reported.
 *
 * <p>Its two extension points: the input step, {@link #reader()}, which turns a file into an initiative;
 * and the output formats, {@link OutputFormat}, each with a {@link ReportOutput}.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false)
final class ValidateCommand implements Callable<Integer> {
  private final Run run;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE|DIR", arity = "1..*", descriptionKey = "validate.files")
  List<Path> files;

  @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "validate.asOf")
  String asOf;

  @Option(names = "--lang", paramLabel = "en|ja", descriptionKey = "option.lang")
  String lang;

  @Option(names = "--profile", paramLabel = "NAME|FILE.json", descriptionKey = "option.profile")
  String profile;

  @Option(names = "--format", paramLabel = "text|json", descriptionKey = "validate.format")
  String format = "text";

  @Option(names = "--output", paramLabel = "FILE|DIR", descriptionKey = "validate.output")
  Path output;

  @Option(names = "--lenient", descriptionKey = "validate.lenient")
  boolean lenient;

  @Option(
      names = "--fail-on",
      paramLabel = "error|warning|never",
      descriptionKey = "validate.failOn")
  String failOn = "error";

  @Option(names = "--recursive", descriptionKey = "validate.recursive")
  boolean recursive;

  @Option(names = "--threads", paramLabel = "N", descriptionKey = "validate.threads")
  String threads;

  ValidateCommand(Run run) {
    this.run = run;
  }

  private ParameterException badValue(String option, String value, String expected) {
    return new ParameterException(
        spec.commandLine(), run.texts().get("error.value", option, value, expected));
  }

  @Override
  public Integer call() {
    Texts texts = run.texts();
    Language.check(lang, spec, texts);
    OutputFormat outputFormat =
        OutputFormat.parse(format)
            .orElseThrow(() -> badValue("--format", format, OutputFormat.choices()));
    FailOn level =
        FailOn.parse(failOn)
            .orElseThrow(() -> badValue("--fail-on", failOn, "error|warning|never"));
    LocalDate date = run.environment().today();
    if (asOf != null) {
      try {
        date = LocalDate.parse(asOf);
      } catch (DateTimeParseException e) {
        throw badValue("--as-of", asOf, "2026-06-30");
      }
    }
    int poolSize = run.environment().cores();
    if (threads != null) {
      try {
        poolSize = Integer.parseInt(threads);
      } catch (NumberFormatException e) {
        poolSize = 0;
      }
      if (poolSize < 1) {
        throw badValue("--threads", threads, "1, 2, ...");
      }
    }
    Validator.Builder builder = Validator.builder().asOf(date).locale(texts.locale());
    if (profile != null) {
      builder.profile(ProfileOption.resolve(profile, spec, texts));
    }
    Validator validator = builder.build();

    List<Inputs.Entry> entries = Inputs.expand(files, recursive);
    List<Outcome> outcomes = validateAll(entries, validator, poolSize);
    for (Outcome outcome : outcomes) {
      if (!outcome.isRead()) {
        run.error(outcome.file() + ": " + outcome.message());
      }
    }
    boolean unreadable = outcomes.stream().anyMatch(o -> !o.isRead());
    boolean failing =
        outcomes.stream().anyMatch(o -> o.report().isPresent() && level.fails(o.report().get()));
    try {
      write(outcomes, outputFormat.output(), level);
    } catch (IOException e) {
      run.error(texts.get("output.unwritable", String.valueOf(output), Inputs.reason(e)));
      return ExitCodes.INPUT;
    }
    if (unreadable) {
      return ExitCodes.INPUT;
    }
    return failing ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  /**
   * The input step: how a file becomes an initiative. Today the JSON document alone; a step that adds to
   * it wraps this reader.
   */
  DocumentReader reader() {
    CollectiveImpactJson json = CollectiveImpactJson.builder().lenient(lenient).build();
    if (!lenient) {
      return json::readInitiative;
    }
    return file -> {
      ReadResult<Initiative> result = json.readInitiativeResult(file);
      if (!result.ignoredProperties().isEmpty()) {
        run.error(
            run.texts()
                .get(
                    "lenient.skipped",
                    file.toString(),
                    result.ignoredProperties().size(),
                    String.join(", ", result.ignoredProperties())));
      }
      return result.value();
    };
  }

  private List<Outcome> validateAll(List<Inputs.Entry> entries, Validator validator, int poolSize) {
    DocumentReader reader = reader();
    int documents = (int) entries.stream().filter(Inputs.Entry::isDocument).count();
    Progress progress = new Progress(run.err(), documents, run.environment().interactive());
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.max(1, Math.min(poolSize, documents)), threads());
    try {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (Inputs.Entry entry : entries) {
        if (entry.isDocument()) {
          futures.add(
              pool.submit(
                  () -> {
                    try {
                      return validate(entry, reader, validator);
                    } finally {
                      progress.step();
                    }
                  }));
        } else {
          futures.add(
              java.util.concurrent.CompletableFuture.completedFuture(
                  Outcome.problem(
                      entry.file(),
                      "",
                      -1,
                      -1,
                      run.texts().get(entry.key(), entry.arguments().toArray()))));
        }
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Outcome> future : futures) {
        outcomes.add(await(future));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
      progress.finish();
    }
  }

  private static Outcome await(Future<Outcome> future) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return future.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          throw new IllegalStateException(e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private Outcome validate(Inputs.Entry entry, DocumentReader reader, Validator validator) {
    Texts texts = run.texts();
    String file = entry.file();
    Initiative initiative;
    try {
      initiative = reader.read(entry.document());
    } catch (InitiativeFormatException e) {
      return Outcome.problem(file, e.path(), e.line(), e.column(), Problems.message(e, texts));
    } catch (NoSuchFileException e) {
      return Outcome.problem(file, "", -1, -1, texts.get("input.noSuchFile"));
    } catch (IOException e) {
      return Outcome.problem(file, "", -1, -1, texts.get("input.unreadableFile", Inputs.reason(e)));
    }
    return Outcome.of(file, validator.validate(initiative));
  }

  private void write(List<Outcome> outcomes, ReportOutput writer, FailOn level) throws IOException {
    boolean one = outcomes.size() == 1;
    if (one && !outcomes.get(0).isRead()) {
      return;
    }
    if (output == null) {
      emit(outcomes, writer, level, run.out());
      run.out().flush();
      return;
    }
    Path target = Files.isDirectory(output) ? output.resolve(writer.fileName()) : output;
    try (Writer out =
        new OutputStreamWriter(Files.newOutputStream(target), StandardCharsets.UTF_8)) {
      emit(outcomes, writer, level, out);
    }
  }

  private void emit(List<Outcome> outcomes, ReportOutput writer, FailOn level, Writer out)
      throws IOException {
    if (outcomes.size() == 1) {
      ValidationReport report = outcomes.get(0).report().orElseThrow();
      writer.one(report, run.texts(), out);
    } else {
      writer.many(outcomes, Summary.of(outcomes, level), run.texts(), out);
    }
    out.flush();
  }

  private static ThreadFactory threads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "validate-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
