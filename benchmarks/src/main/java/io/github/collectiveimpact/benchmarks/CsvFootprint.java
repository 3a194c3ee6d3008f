package io.github.collectiveimpact.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.collectiveimpact.json.csv.ObservationsCsv;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.ref.Reference;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Measures, for each way of reading the CSV text of a size's observations, the heap retained by what was
 * read, per row, and the peak heap while reading, as {@link HeapFootprint} does for JSON documents:
 *
 * <pre>{@code
 * java -XX:+UseSerialGC -Xmn64m -Xmx4g -cp benchmarks/target/benchmarks.jar \
 *     io.github.collectiveimpact.benchmarks.CsvFootprint L
 * }</pre>
 */
public final class CsvFootprint {
  private static final double MB = 1024 * 1024;

  /** A reader of CSV text. */
  @FunctionalInterface
  private interface Reading {
    Object read(String text) throws IOException;
  }

  private CsvFootprint() {}

  /**
   * Prints the footprint table for one size.
   *
   * @param args the size ({@code S}, {@code M} or {@code L}; default {@code L})
   * @throws InterruptedException if interrupted while waiting for the collector's notifications
   */
  public static void main(String[] args) throws InterruptedException {
    Size size = args.length > 0 ? Size.valueOf(args[0]) : Size.L;
    ObservationsCsv csv = ObservationsCsv.create();
    CsvMapper mapper = new CsvMapper();
    Map<String, Reading> readers = new LinkedHashMap<>();
    readers.put(
        "library (ObservationsCsv.read) into the model", t -> csv.read(new StringReader(t)));
    readers.put(
        "Jackson CSV into String[] rows",
        t -> {
          try (MappingIterator<String[]> rows =
              mapper
                  .readerFor(String[].class)
                  .with(CsvParser.Feature.WRAP_AS_ARRAY)
                  .readValues(t)) {
            return rows.readAll();
          }
        });
    readers.put(
        "Jackson CSV into Map<String, String> rows",
        t -> {
          try (MappingIterator<Map<String, String>> rows =
              mapper
                  .readerFor(Map.class)
                  .with(CsvSchema.emptySchema().withHeader())
                  .readValues(t)) {
            return rows.readAll();
          }
        });

    long empty = Heap.usedAfterGc();
    String text = CsvBenchmark.text(size);
    long withText = Heap.usedAfterGc();
    int rows = size.observations();
    System.out.printf(
        Locale.ROOT,
        "%s: %,d rows; text %,d characters, %.1f MB on the heap%n",
        size,
        rows,
        text.length(),
        (withText - empty) / MB);
    System.out.printf(
        Locale.ROOT,
        "%-48s %9s %14s %12s %10s%n",
        "reader",
        "time s",
        "peak live MB",
        "retained MB",
        "B/row");
    for (Map.Entry<String, Reading> reader : readers.entrySet()) {
      Heap.usedAfterGc();
      Heap.Peaks peaks = new Heap.Peaks();
      long start = System.nanoTime();
      Object result;
      try {
        result = reader.getValue().read(text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      peaks.stop();
      long retained;
      try {
        retained = Heap.usedAfterGc() - withText;
      } finally {
        Reference.reachabilityFence(result);
      }
      long peakLive = Math.max(peaks.maxAfter - withText, retained);
      System.out.printf(
          Locale.ROOT,
          "%-48s %9.2f %14.1f %12.1f %10.0f%n",
          reader.getKey(),
          seconds,
          peakLive / MB,
          retained / MB,
          (double) retained / rows);
    }
  }
}
