package io.github.collectiveimpact.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The entry point of {@code collective-impact}: {@code java -jar collective-impact.jar COMMAND ...}.
 *
 * <p>Exit statuses: 0 nothing at or above {@code --fail-on}; 1 a finding at or above it; 2 a bad command
 * line; 3 a document that could not be read (the others are still validated and reported) or an output
 * that could not be written. Text is written in UTF-8, never with terminal escape sequences.
 */
public final class Main {
  private Main() {}

  /**
   * Runs a command line and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    System.exit(status);
  }

  /**
   * Runs a command line in this JVM, with this machine's defaults (language, console, today, cores).
   *
   * @param args the command line
   * @param out where the output goes, in UTF-8
   * @param err where errors and the progress bar go, in UTF-8
   * @return the exit status
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, Environment.system());
  }

  /** Runs a command line with the given environment. */
  static int run(String[] args, PrintStream out, PrintStream err, Environment environment) {
    PrintWriter outWriter =
        new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter =
        new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    Texts texts = Texts.of(Texts.language(args, environment.locale()));
    Run run = new Run(texts, environment, outWriter, errWriter);
    CommandLine commandLine = commandLine(run);
    int status = commandLine.execute(args);
    outWriter.flush();
    errWriter.flush();
    return status;
  }

  /** The command line of a run: its commands, in its language, writing to its streams without colour. */
  static CommandLine commandLine(Run run) {
    CommandLine commandLine =
        new CommandLine(new RootCommand())
            .addSubcommand(new ValidateCommand(run))
            .addSubcommand(new RulesCommand(run))
            .addSubcommand(new SchemaCommand(run));
    commandLine.setResourceBundle(run.texts().bundle());
    commandLine.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
    commandLine.setOut(run.out());
    commandLine.setErr(run.err());
    commandLine.setParameterExceptionHandler(
        (e, args) -> {
          run.error(usageMessage(e, run.texts()));
          CommandLine failed = e.getCommandLine();
          run.err()
              .println(run.texts().get("error.tryHelp", failed.getCommandSpec().qualifiedName()));
          run.err().flush();
          return ExitCodes.USAGE;
        });
    commandLine.setExecutionExceptionHandler(
        (e, failed, parseResult) -> {
          run.error(run.texts().get("error.unexpected", e.toString()));
          return ExitCodes.INPUT;
        });
    return commandLine;
  }

  private static String usageMessage(ParameterException e, Texts texts) {
    if (e instanceof UnmatchedArgumentException) {
      List<String> unmatched = ((UnmatchedArgumentException) e).getUnmatched();
      return texts.get("error.unknown", String.join(" ", unmatched));
    }
    // An unknown option is named before what is missing: it is likely why something is missing.
    List<String> unmatched = e.getCommandLine().getUnmatchedArguments();
    if (!unmatched.isEmpty()) {
      return texts.get("error.unknown", String.join(" ", unmatched));
    }
    if (e instanceof MissingParameterException) {
      List<String> labels = new java.util.ArrayList<>();
      for (CommandLine.Model.ArgSpec arg : ((MissingParameterException) e).getMissing()) {
        labels.add(
            arg.isOption()
                ? ((CommandLine.Model.OptionSpec) arg).longestName()
                : ((CommandLine.Model.PositionalParamSpec) arg).paramLabel());
      }
      return texts.get("error.missing", String.join(", ", labels));
    }
    return e.getMessage();
  }
}
