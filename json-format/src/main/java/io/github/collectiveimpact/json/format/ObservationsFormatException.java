package io.github.collectiveimpact.json.format;

import java.io.IOException;
import java.util.List;

/**
 * Thrown when a CSV file of observations cannot be read: it lists every problem found, each with its line,
 * column and column name (see {@link CsvProblem}), up to the reader's limit ({@code maxProblems} of a
 * binding's {@code ObservationsCsv.Builder}).
 *
 * <p>{@link #getMessage()} has one line saying how many problems there are, then one line per problem, in
 * the reader's language. It is an {@link IOException}, so that one {@code catch} takes both bad content and
 * failed input; {@code catch (ObservationsFormatException e)} before it tells the two apart.
 */
public final class ObservationsFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The problems, in the order of the file. */
  private final List<CsvProblem> problems;

  /** Whether reading stopped at the limit of problems. */
  private final boolean truncated;

  /**
   * Creates the exception; the readers of the bindings do.
   *
   * @param message the count of problems, then one line per problem
   * @param problems the problems, at least one
   * @param truncated whether reading stopped at the limit of problems
   */
  public ObservationsFormatException(String message, List<CsvProblem> problems, boolean truncated) {
    super(message);
    this.problems = List.copyOf(problems);
    this.truncated = truncated;
  }

  /**
   * The problems, in the order of the file.
   *
   * @return at least one problem
   */
  public List<CsvProblem> problems() {
    return problems;
  }

  /**
   * Whether reading stopped at the limit of problems, so that the file may have more than {@link
   * #problems()} lists.
   *
   * @return {@code true} if the list is cut short
   */
  public boolean truncated() {
    return truncated;
  }
}
