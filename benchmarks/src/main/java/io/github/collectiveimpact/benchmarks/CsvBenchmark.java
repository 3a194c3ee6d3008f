package io.github.collectiveimpact.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.collectiveimpact.json.csv.ObservationsCsv;
import io.github.collectiveimpact.model.Observation;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading the observations of a synthetic initiative from CSV text, one row per observation: with {@link
 * ObservationsCsv} into the model, and, as the baseline, with Jackson's CSV format alone into a list of
 * string arrays and into a list of maps from column name to text (no dates, numbers or checks). Run with
 * {@code -prof gc}: {@code gc.alloc.rate.norm} divided by the size's observations is the allocation per
 * row.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class CsvBenchmark {
  /** The size of the initiative whose observations are read. */
  @Param({"S", "M", "L"})
  public Size size;

  private final ObservationsCsv csv = ObservationsCsv.create();
  private final io.github.collectiveimpact.json.jackson3.csv.ObservationsCsv jackson3 =
      io.github.collectiveimpact.json.jackson3.csv.ObservationsCsv.create();
  private String text;
  private List<Observation> observations;
  private ObjectReader arrays;
  private ObjectReader maps;

  /** Creates the benchmark; JMH calls this. */
  public CsvBenchmark() {}

  /**
   * Writes the observations of the size's initiative as CSV, once per trial.
   *
   * @throws IOException never: the text is the library's own
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    observations = Documents.asRead(size).observations();
    text = csv.write(observations);
    if (!csv.read(new StringReader(text)).equals(observations)
        || !jackson3.read(new StringReader(text)).equals(observations)
        || !jackson3.write(observations).equals(text)) {
      throw new IllegalStateException(
          "the observations do not read back the same with both bindings");
    }
    CsvMapper mapper = new CsvMapper();
    arrays = mapper.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY);
    maps = mapper.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader());
  }

  /**
   * The CSV text of the observations, for the other programs of this module.
   *
   * @param size the size
   * @return the text
   */
  public static String text(Size size) {
    return ObservationsCsv.create().write(Documents.asRead(size).observations());
  }

  /**
   * Reads the observations into the model with the library.
   *
   * @return the observations
   * @throws IOException never: the text is valid
   */
  @Benchmark
  public List<Observation> readOurs() throws IOException {
    return csv.read(new StringReader(text));
  }

  /**
   * Reads the observations into the model with the library's Jackson 3 binding.
   *
   * @return the observations
   * @throws IOException never: the text is valid
   */
  @Benchmark
  public List<Observation> readJackson3() throws IOException {
    return jackson3.read(new StringReader(text));
  }

  /**
   * Reads every row, the header included, into an array of its fields with Jackson alone.
   *
   * @return the rows
   * @throws IOException never: the text is valid
   */
  @Benchmark
  public List<String[]> readJacksonArrays() throws IOException {
    try (MappingIterator<String[]> rows = arrays.readValues(text)) {
      return rows.readAll();
    }
  }

  /**
   * Reads every row into a map from the header's names to its fields with Jackson alone.
   *
   * @return the rows
   * @throws IOException never: the text is valid
   */
  @Benchmark
  public List<Map<String, String>> readJacksonMaps() throws IOException {
    try (MappingIterator<Map<String, String>> rows = maps.readValues(text)) {
      return rows.readAll();
    }
  }

  /**
   * Writes the observations with the library.
   *
   * @return the text
   */
  @Benchmark
  public String writeOurs() {
    return csv.write(observations);
  }
}
