package io.github.collectiveimpact.examples;

import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.validation.ValidationReport;
import io.github.collectiveimpact.validation.Validator;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates the showcase initiatives and prints each report, grouped by condition with a summary line per
 * condition: {@link StriveTogether}, {@link RoadMapProject}, the {@link PromiseNeighborhoods} member (always
 * with the network's profile) and the {@link EmergingCoalition}.
 *
 * <p>Reports are made as of the fixed date {@link #AS_OF}, so the output is the same on every run. Options:
 *
 * <ul>
 *   <li>{@code --lang en|ja}: the language of the messages (default: the system property
 *       {@code collectiveimpact.lang}, else English);
 *   <li>{@code --profile promise-neighborhoods}: apply the Promise Neighborhoods profile to every initiative;
 *   <li>{@code --json}, {@code --file PATH}: write the reports as JSON, or validate a user's initiative
 *       read from a JSON file; these need the JSON binding and are reserved for it;
 *   <li>{@code --help}.
 * </ul>
 *
 * <p>The exit status is 0 whatever the findings (the examples are meant to have some), and 2 for a bad
 * command line. Text is written in UTF-8.
 */
public final class ExamplesMain {
  /** The validation date of every report. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  /** The exit status of a bad command line, or of a mode that is not available. */
  static final int EXIT_USAGE = 2;

  private static final String PROGRAM = "collective-impact-examples";

  private ExamplesMain() {}

  /**
   * Runs the examples and exits with status 2 on a bad command line.
   *
   * @param args the options, see the class comment
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int status = run(args, out, err);
    out.flush();
    err.flush();
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the examples with the given arguments.
   *
   * @return the exit status
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (Options.UsageException e) {
      err.println(PROGRAM + ": " + e.getMessage() + "; usage: " + PROGRAM + " " + Options.SYNOPSIS);
      return EXIT_USAGE;
    }
    if (options.help()) {
      out.print(help());
      return 0;
    }
    if (options.json() || options.file().isPresent()) {
      return runJson(options, out, err);
    }
    List<ValidationReport> reports = reports(options);
    for (int i = 0; i < reports.size(); i++) {
      if (i > 0) {
        out.println();
      }
      out.print(reports.get(i).toText());
    }
    return 0;
  }

  /**
   * The modes that need the JSON binding: {@code --json} writes {@link #reports(Options)} as JSON, and
   * {@code --file} reads a user's initiative from a JSON file and validates it with
   * {@link #validator(Options, boolean)} (not as a network member), as text or, with {@code --json}, as
   * JSON. The JSON binding is not part of this module yet: until it is, this method says so and returns
   * {@link #EXIT_USAGE}. Wiring the binding in replaces this method and nothing else.
   */
  static int runJson(Options options, PrintStream out, PrintStream err) {
    String mode = options.file().isPresent() ? "--file" : "--json";
    err.println(PROGRAM + ": " + mode + " is not available: it needs the JSON binding, which is not in this build");
    return EXIT_USAGE;
  }

  /** The showcase initiatives, in the order they are reported. */
  static List<Initiative> showcase() {
    return List.of(
        StriveTogether.initiative(),
        RoadMapProject.initiative(),
        PromiseNeighborhoods.initiative(),
        EmergingCoalition.initiative());
  }

  /** The report of every showcase initiative, with the validator {@link #validator(Options, boolean)}. */
  static List<ValidationReport> reports(Options options) {
    List<ValidationReport> reports = new ArrayList<>();
    for (Initiative initiative : showcase()) {
      boolean member = initiative.id().equals(PromiseNeighborhoods.ID);
      reports.add(validator(options, member).validate(initiative));
    }
    return reports;
  }

  /**
   * The validator for the options: as of {@link #AS_OF}, in the options' language, with the Promise
   * Neighborhoods profile if the options ask for it or the initiative is a member of the network.
   */
  static Validator validator(Options options, boolean promiseNeighborhoodsMember) {
    Validator.Builder builder = Validator.builder().asOf(AS_OF).locale(options.locale());
    if (promiseNeighborhoodsMember || options.profile().isPresent()) {
      builder.profile(PromiseNeighborhoods.profile());
    }
    return builder.build();
  }

  private static String help() {
    String n = System.lineSeparator();
    return "usage: " + PROGRAM + " " + Options.SYNOPSIS + n
        + n
        + "Validates the showcase initiatives (StrivePartnership, the Road Map Project, a Promise" + n
        + "Neighborhoods member, an emerging coalition) as of " + AS_OF + " and prints each report." + n
        + n
        + "  --lang en|ja        language of the messages (default: system property " + Options.LANG_PROPERTY
        + ", else en)" + n
        + "  --profile " + Options.PROMISE_NEIGHBORHOODS + n
        + "                      apply the Promise Neighborhoods profile to every initiative" + n
        + "                      (it always applies to the Promise Neighborhoods member)" + n
        + "  --json              write the reports as JSON (needs the JSON binding)" + n
        + "  --file PATH         validate the initiative in a JSON file (needs the JSON binding)" + n
        + "  --help              print this help" + n;
  }
}
