package io.github.collectiveimpact.examples;

import io.github.collectiveimpact.json.CollectiveImpactJson;
import io.github.collectiveimpact.json.csv.ObservationsCsv;
import io.github.collectiveimpact.json.format.InitiativeFormatException;
import io.github.collectiveimpact.json.format.ObservationsFormatException;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.profiles.Profiles;
import io.github.collectiveimpact.validation.ValidationReport;
import io.github.collectiveimpact.validation.Validator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates the showcase initiatives and prints each report, grouped by condition with a summary line per
 * condition: {@link StriveTogether}, {@link RoadMapProject}, the {@link PromiseNeighborhoods} member (always
 * with the network's profile) and the {@link EmergingCoalition}.
 *
 * <p>Reports of the showcase are made as of the fixed date {@link #AS_OF}, so the output is the same on every
 * run; a file's report as of today. Options:
 *
 * <ul>
 *   <li>{@code --lang en|ja}: the language of the messages (default: the system property
 *       {@code collectiveimpact.lang}, else English);
 *   <li>{@code --profile promise-neighborhoods}: apply the Promise Neighborhoods profile to every initiative;
 *   <li>{@code --json}: write the reports as a JSON array of validation reports;
 *   <li>{@code --file PATH}: validate a user's initiative read from a JSON file instead of the showcase;
 *   <li>{@code --observations FILE.csv}, repeatable, with {@code --file}: add the observations of a CSV
 *       file (see {@link ObservationsCsv}) to that initiative before it is validated; a file with any
 *       problem stops the run, listing its problems, and nothing is validated;
 *   <li>{@code --as-of DATE}: validate as of this ISO date instead;
 *   <li>{@code --help}.
 * </ul>
 *
 * <p>The exit status is 0 whatever the findings (the examples are meant to have some), 1 for an initiative
 * or observations file that is missing or malformed, and 2 for a bad command line (as {@code
 * --observations} without {@code --file}: the showcase has several initiatives, and the observations are
 * for one). Text is written in UTF-8.
 */
public final class ExamplesMain {
  /** The validation date of every report. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  /** The exit status of a bad command line. */
  static final int EXIT_USAGE = 2;

  /** The exit status of an initiative file that is missing, unreadable or malformed. */
  static final int EXIT_INPUT = 1;

  private static final String PROGRAM = "collective-impact-examples";

  private ExamplesMain() {}

  /**
   * Runs the examples and exits with status 1 for a bad initiative file, 2 for a bad command line.
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
   * The modes that use the JSON binding: {@code --json} writes {@link #reports(Options)} as a JSON array of
   * reports; {@code --file} reads a user's initiative from a JSON file and validates it with
   * {@link #validator(Options, boolean)} (with the profile only if asked for), as text or, with
   * {@code --json}, as JSON. A file that is missing, unreadable or malformed gives a one-line error naming
   * the file (and, for bad content, the JSON Pointer, line and column) and status {@link #EXIT_INPUT}.
   * The CSV files of {@code --observations} are added to the file's initiative, in order, before it is
   * validated; a bad one gives its problems, one per line, each with its line, column and column name,
   * and status {@link #EXIT_INPUT}.
   */
  static int runJson(Options options, PrintStream out, PrintStream err) {
    CollectiveImpactJson json =
        CollectiveImpactJson.builder().prettyPrint(true).locale(options.locale()).build();
    if (options.file().isEmpty()) {
      List<ValidationReport> reports = reports(options);
      out.println("[");
      for (int i = 0; i < reports.size(); i++) {
        out.print(indent(json.writeReport(reports.get(i))));
        out.println(i < reports.size() - 1 ? "," : "");
      }
      out.println("]");
      return 0;
    }
    Path file = options.file().get();
    Initiative initiative;
    try {
      initiative = json.readInitiative(file);
    } catch (NoSuchFileException e) {
      err.println(PROGRAM + ": " + file + ": no such file");
      return EXIT_INPUT;
    } catch (InitiativeFormatException e) {
      err.println(PROGRAM + ": " + file + ": " + e.getMessage());
      return EXIT_INPUT;
    } catch (IOException e) {
      err.println(PROGRAM + ": " + file + ": cannot be read (" + e.getMessage() + ")");
      return EXIT_INPUT;
    }
    ObservationsCsv csv = ObservationsCsv.builder().locale(options.locale()).build();
    for (Path observations : options.observations()) {
      try {
        initiative = csv.readInto(initiative, observations);
      } catch (NoSuchFileException e) {
        err.println(PROGRAM + ": " + observations + ": no such file");
        return EXIT_INPUT;
      } catch (ObservationsFormatException e) {
        err.println(PROGRAM + ": " + observations + ": " + e.getMessage());
        return EXIT_INPUT;
      } catch (IOException e) {
        err.println(PROGRAM + ": " + observations + ": cannot be read (" + e.getMessage() + ")");
        return EXIT_INPUT;
      }
    }
    ValidationReport report = validator(options, false).validate(initiative);
    if (options.json()) {
      out.println(json.writeReport(report));
    } else {
      out.print(report.toText());
    }
    return 0;
  }

  private static String indent(String text) {
    return "  " + text.strip().replace("\n", "\n  ");
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
   * The validator for the options: as of the options' date (by default {@link #AS_OF} for the showcase,
   * today for a file), in the options' language, with the Promise
   * Neighborhoods profile if the options ask for it or the initiative is a member of the network.
   */
  static Validator validator(Options options, boolean promiseNeighborhoodsMember) {
    LocalDate asOf =
        options
            .asOf()
            .orElseGet(
                () -> options.file().isPresent() ? LocalDate.now(ZoneId.systemDefault()) : AS_OF);
    Validator.Builder builder = Validator.builder().asOf(asOf).locale(options.locale());
    if (promiseNeighborhoodsMember || options.profile().isPresent()) {
      builder.profile(Profiles.promiseNeighborhoods());
    }
    return builder.build();
  }

  private static String help() {
    String n = System.lineSeparator();
    return "usage: "
        + PROGRAM
        + " "
        + Options.SYNOPSIS
        + n
        + n
        + "Validates the showcase initiatives (StrivePartnership, the Road Map Project, a Promise"
        + n
        + "Neighborhoods member, an emerging coalition) as of "
        + AS_OF
        + " and prints each report."
        + n
        + n
        + "  --lang en|ja        language of the messages (default: system property "
        + Options.LANG_PROPERTY
        + ", else en)"
        + n
        + "  --profile "
        + Options.PROMISE_NEIGHBORHOODS
        + n
        + "                      apply the Promise Neighborhoods profile to every initiative"
        + n
        + "                      (it always applies to the Promise Neighborhoods member)"
        + n
        + "  --as-of DATE        validate as of this ISO date (default "
        + AS_OF
        + "; with --file, today)"
        + n
        + "  --json              write the reports as JSON"
        + n
        + "  --file PATH         validate the initiative in a JSON file instead of the showcase,"
        + n
        + "                      as of today (see --as-of)"
        + n
        + "  --observations FILE.csv"
        + n
        + "                      with --file: add the observations of a CSV file (columns"
        + n
        + "                      indicatorId, periodStart, periodEnd, value, and optionally"
        + n
        + "                      partnerId, dimension, group, note, seriesBreak); repeatable"
        + n
        + "  --help              print this help"
        + n;
  }
}
