package io.github.collectiveimpact.json.format;

import io.github.collectiveimpact.model.Observation;
import java.util.List;

/**
 * What a binding's {@code ObservationsCsv} read from a CSV file: the observations, and what a lenient
 * reader left out.
 */
public final class CsvReadResult {
  private final List<Observation> observations;
  private final List<CsvProblem> skipped;
  private final int skippedRows;

  /**
   * Creates the result; the readers of the bindings do.
   *
   * @param observations the observations, in the order of their rows
   * @param skipped the problems of the rows and columns left out
   * @param skippedRows how many rows were left out
   */
  public CsvReadResult(List<Observation> observations, List<CsvProblem> skipped, int skippedRows) {
    this.observations = List.copyOf(observations);
    this.skipped = List.copyOf(skipped);
    this.skippedRows = skippedRows;
  }

  /**
   * The observations, in the order of their rows.
   *
   * @return the observations
   */
  public List<Observation> observations() {
    return observations;
  }

  /**
   * The problems of what a lenient reader left out: each unknown column, and the problems of each row it
   * skipped, up to the reader's limit of problems; always empty for a strict reader.
   *
   * @return the problems, in the order of the file
   */
  public List<CsvProblem> skipped() {
    return skipped;
  }

  /**
   * How many rows a lenient reader skipped for their problems, including those past the limit of problems.
   *
   * @return the number of rows; 0 for a strict reader
   */
  public int skippedRows() {
    return skippedRows;
  }
}
