package io.github.collectiveimpact.cli;

import io.github.collectiveimpact.json.CollectiveImpactJson;
import io.github.collectiveimpact.json.csv.ObservationsCsv;
import io.github.collectiveimpact.json.format.CsvProblem;
import io.github.collectiveimpact.json.format.InitiativeFormatException;
import io.github.collectiveimpact.json.format.ObservationsFormatException;
import io.github.collectiveimpact.json.format.ReadResult;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.validation.ValidationReport;
import io.github.collectiveimpact.validation.Validator;
import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
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

  @Option(names = "--format", paramLabel = "text|json|html", descriptionKey = "validate.format")
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

  @Option(
      names = "--observations",
      paramLabel = "FILE.csv",
      descriptionKey = "validate.observations")
  List<Path> observations = new ArrayList<>();

  @Option(names = "--csv-separator", paramLabel = ",|;", descriptionKey = "validate.csvSeparator")
  String csvSeparator = ",";

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
    if (!",".equals(csvSeparator) && !";".equals(csvSeparator)) {
      throw badValue("--csv-separator", csvSeparator, ", ;");
    }

    List<Inputs.Entry> entries = Inputs.expand(files, recursive);
    if (!observations.isEmpty() && (files.size() != 1 || entries.size() != 1)) {
      // The observations go into one initiative: with several documents, which one is unsaid.
      throw new ParameterException(
          spec.commandLine(), texts.get("error.observationsOneDocument", entries.size()));
    }
    ReportOutput writer = outputFormat.output();
    boolean single = entries.size() == 1;
    Summary.Counter counter = new Summary.Counter(level);
    List<String> problems = new ArrayList<>();
    Writer out;
    try {
      out = open(writer);
    } catch (IOException e) {
      run.error(texts.get("output.unwritable", String.valueOf(output), Inputs.reason(e)));
      return ExitCodes.INPUT;
    }
    try (Writer target = out) {
      ReportOutput.Several several = single ? null : writer.several(texts, target);
      validateAll(
          entries,
          validator,
          poolSize,
          single,
          outcome -> {
            counter.add(outcome);
            if (!outcome.isRead()) {
              problems.add(outcome.file() + ": " + outcome.message());
            }
            if (several != null) {
              several.add(outcome);
            } else if (outcome.isRead()) {
              writer.one(outcome.report().get(), outcome.initiative().orElseThrow(), texts, target);
            }
          });
      if (several != null) {
        several.finish(counter.summary());
      }
      target.flush();
    } catch (IOException e) {
      problems.forEach(run::error);
      run.error(texts.get("output.unwritable", String.valueOf(output), Inputs.reason(e)));
      return ExitCodes.INPUT;
    }
    problems.forEach(run::error);
    Summary summary = counter.summary();
    if (!summary.unreadable().isEmpty()) {
      return ExitCodes.INPUT;
    }
    return summary.failing() > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  /** Where the output goes: standard output, or the file {@code --output} names (in a folder, its own). */
  private Writer open(ReportOutput writer) throws IOException {
    if (output == null) {
      return new FilterWriter(run.out()) {
        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    Path target = Files.isDirectory(output) ? output.resolve(writer.fileName()) : output;
    return new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(target), StandardCharsets.UTF_8));
  }

  /** Takes the outcomes of a run, one at a time, in input order. */
  @FunctionalInterface
  private interface OutcomeSink {
    void accept(Outcome outcome) throws IOException;
  }

  /**
   * The input step: how a file becomes an initiative. The JSON document, then, with {@code
   * --observations}, the rows of each CSV file added to it in the order given.
   */
  DocumentReader reader() {
    DocumentReader document = documentReader();
    if (observations.isEmpty()) {
      return document;
    }
    ObservationsCsv csv =
        ObservationsCsv.builder()
            .separator(csvSeparator.charAt(0))
            .locale(run.texts().locale())
            .build();
    return file -> {
      Initiative initiative = document.read(file);
      for (Path table : observations) {
        initiative = addObservations(csv, initiative, table);
      }
      return initiative;
    };
  }

  /**
   * Adds one CSV file's observations, or says where the file is wrong: every bad row at once, nothing of
   * the file added.
   */
  private Initiative addObservations(ObservationsCsv csv, Initiative initiative, Path table)
      throws ObservationsProblem {
    Texts texts = run.texts();
    try {
      return csv.readInto(initiative, table);
    } catch (ObservationsFormatException e) {
      CsvProblem first = e.problems().get(0);
      throw new ObservationsProblem(
          table.toString(), first.line(), first.column(), e.getMessage(), e);
    } catch (NoSuchFileException e) {
      throw new ObservationsProblem(table.toString(), -1, -1, texts.get("input.noSuchFile"), e);
    } catch (IOException e) {
      throw new ObservationsProblem(
          table.toString(), -1, -1, texts.get("input.unreadableFile", Inputs.reason(e)), e);
    }
  }

  /** How a JSON document becomes an initiative, strictly or, with {@code --lenient}, saying what it skipped. */
  private DocumentReader documentReader() {
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

  /**
   * Reads and validates the documents on a fixed pool, and hands their outcomes to the sink in input
   * order. At most twice as many documents as there are threads are in flight or waiting for their turn,
   * so that a run holds a few reports at a time, however many documents it has; the outcomes keep their
   * initiatives only if {@code keepInitiatives}, for a run of one document.
   */
  private void validateAll(
      List<Inputs.Entry> entries,
      Validator validator,
      int poolSize,
      boolean keepInitiatives,
      OutcomeSink sink)
      throws IOException {
    DocumentReader reader = reader();
    int documents = (int) entries.stream().filter(Inputs.Entry::isDocument).count();
    Progress progress = new Progress(run.err(), documents, run.environment().interactive());
    int threads = Math.max(1, Math.min(poolSize, documents));
    ExecutorService pool = Executors.newFixedThreadPool(threads, threads());
    try {
      Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
      Iterator<Inputs.Entry> next = entries.iterator();
      while (next.hasNext() || !inFlight.isEmpty()) {
        while (next.hasNext() && inFlight.size() < 2 * threads) {
          Inputs.Entry entry = next.next();
          inFlight.add(submit(pool, entry, reader, validator, keepInitiatives, progress));
        }
        sink.accept(await(inFlight.removeFirst()));
      }
    } finally {
      pool.shutdownNow();
      progress.finish();
    }
  }

  private Future<Outcome> submit(
      ExecutorService pool,
      Inputs.Entry entry,
      DocumentReader reader,
      Validator validator,
      boolean keepInitiative,
      Progress progress) {
    if (!entry.isDocument()) {
      return CompletableFuture.completedFuture(
          Outcome.problem(
              entry.file(), "", -1, -1, run.texts().get(entry.key(), entry.arguments().toArray())));
    }
    return pool.submit(
        () -> {
          try {
            return validate(entry, reader, validator, keepInitiative);
          } finally {
            progress.step();
          }
        });
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

  /**
   * Reads one document, with the rows of {@code --observations} added, and validates it; the outcome keeps
   * the initiative validated if {@code keepInitiative}.
   */
  private Outcome validate(
      Inputs.Entry entry, DocumentReader reader, Validator validator, boolean keepInitiative) {
    Texts texts = run.texts();
    String file = entry.file();
    Initiative initiative;
    try {
      initiative = reader.read(entry.document());
    } catch (InitiativeFormatException e) {
      return Outcome.problem(file, e.path(), e.line(), e.column(), Problems.message(e, texts));
    } catch (ObservationsProblem e) {
      return Outcome.problem(e.file(), "", e.line(), e.column(), e.getMessage());
    } catch (NoSuchFileException e) {
      return Outcome.problem(file, "", -1, -1, texts.get("input.noSuchFile"));
    } catch (IOException e) {
      return Outcome.problem(file, "", -1, -1, texts.get("input.unreadableFile", Inputs.reason(e)));
    }
    ValidationReport report = validator.validate(initiative);
    return keepInitiative ? Outcome.of(file, report, initiative) : Outcome.of(file, report);
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
