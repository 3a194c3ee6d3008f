package io.github.collectiveimpact.benchmarks;

import io.github.collectiveimpact.json.CollectiveImpactJson;
import io.github.collectiveimpact.json.format.FormatProblem;
import io.github.collectiveimpact.json.format.InitiativeFormatException;
import io.github.collectiveimpact.json.format.ReadResult;
import io.github.collectiveimpact.model.Initiative;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Measures the heap that reading a document from a file takes, per byte of the document, for the bound
 * the reader assumes ({@code DocumentReader.HEAP_PER_BYTE}); and shows what a reader with too little heap
 * does. The documents are large and written to files, never kept in the repository:
 *
 * <pre>{@code
 * CP=benchmarks/target/benchmarks.jar; M=io.github.collectiveimpact.benchmarks.ReadingHeap
 * java -cp $CP $M generate observations /tmp/observations.json 200
 * java -cp $CP $M generate meetings /tmp/meetings.json 200
 * java -cp $CP $M generate unknown /tmp/unknown.json 200
 * java -XX:+UseSerialGC -Xmn64m -Xmx4g -cp $CP $M read /tmp/observations.json strict
 * java -XX:+UseSerialGC -Xmn64m -Xmx4g -cp $CP $M read /tmp/unknown.json lenient
 * java -Xmx512m -cp $CP $M read /tmp/observations.json strict      # problem.heap, before reading
 * java -Xmx512m -cp $CP $M stream /tmp/observations.json strict    # problem.heap, while reading
 * }</pre>
 *
 * <p>Peak: every collection while reading reports the heap in use before and after it; the most in use
 * after one is what the reader kept alive at once, the most before one what it occupied, garbage
 * included. Both are taken less the heap in use before reading, and divided by the file's size.
 */
public final class ReadingHeap {
  private static final double MB = 1024 * 1024;

  private ReadingHeap() {}

  /**
   * Generates or reads a document.
   *
   * @param args {@code generate observations|meetings|unknown FILE MB}, or {@code read|stream FILE
   *     strict|lenient}
   * @throws Exception if a file cannot be written or read
   */
  public static void main(String[] args) throws Exception {
    if ("generate".equals(args[0])) {
      Path file = Path.of(args[2]);
      generate(args[1], file, Long.parseLong(args[3]) * 1024 * 1024);
      System.out.printf(Locale.ROOT, "%s: %,d bytes%n", file, Files.size(file));
      return;
    }
    Path file = Path.of(args[1]);
    CollectiveImpactJson json =
        CollectiveImpactJson.builder().lenient("lenient".equals(args[2])).build();
    long size = Files.size(file);
    long before = Heap.usedAfterGc();
    Heap.Peaks peaks = new Heap.Peaks();
    long start = System.nanoTime();
    try {
      ReadResult<Initiative> result;
      if ("stream".equals(args[0])) {
        try (InputStream in = Files.newInputStream(file)) {
          result = json.readInitiativeResult(in);
        }
      } else {
        result = json.readInitiativeResult(file);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long used = Heap.heapUsed();
      peaks.stop();
      long retained;
      try {
        retained = Heap.usedAfterGc() - before;
      } finally {
        Reference.reachabilityFence(result); // held until its retained size is measured
      }
      long peakLive = Math.max(peaks.maxAfter - before, retained);
      long peakHeap = Math.max(peaks.maxBefore, used) - before;
      System.out.printf(
          Locale.ROOT,
          "%s %s, max heap %.0f MB: %,d bytes read in %.1f s, %,d properties skipped;"
              + " peak live %.1f MB (%.2f B per document byte), peak heap %.1f MB (%.2f B/B),"
              + " retained %.1f MB (%.2f B/B)%n",
          args[2],
          file.getFileName(),
          Runtime.getRuntime().maxMemory() / MB,
          size,
          seconds,
          result.ignoredPropertyCount(),
          peakLive / MB,
          (double) peakLive / size,
          peakHeap / MB,
          (double) peakHeap / size,
          retained / MB,
          (double) retained / size);
    } catch (InitiativeFormatException e) {
      peaks.stop();
      FormatProblem first = e.problems().get(0);
      System.out.printf(
          Locale.ROOT,
          "%s %s, max heap %.0f MB: InitiativeFormatException after %.1f s, %s at %s: %s%n",
          args[2],
          file.getFileName(),
          Runtime.getRuntime().maxMemory() / MB,
          (System.nanoTime() - start) / 1e9,
          first.code(),
          first.path().isEmpty() ? "the root" : first.path(),
          first.message());
    }
  }

  /** Writes a valid document of about the given size whose bulk is of one kind. */
  private static void generate(String kind, Path file, long bytes) throws IOException {
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      out.write("{\"schemaVersion\":\"1.1\",\"id\":\"heap\",\"name\":\"Heap\",");
      LocalDate first = LocalDate.of(2000, 1, 1);
      long written = 0;
      switch (kind) {
        case "observations":
          out.write(
              "\"indicators\":[{\"id\":\"i1\",\"name\":\"Completion\",\"desiredDirection\":"
                  + "\"increase\",\"level\":\"population\"}],\"observations\":[");
          for (long i = 0; written < bytes; i++) {
            LocalDate start = first.plusDays(i % 7000);
            String o =
                (i == 0 ? "" : ",")
                    + "{\"indicatorId\":\"i1\",\"period\":{\"start\":\""
                    + start
                    + "\",\"end\":\""
                    + start.plusDays(90)
                    + "\"},\"value\":"
                    + (i % 1000) / 10.0
                    + ",\"partnerId\":\"partner-"
                    + (i % 10_000)
                    + "\",\"disaggregation\":{\"dimension\":\"income\",\"group\":\"group "
                    + (i % 7)
                    + "\"}}";
            out.write(o);
            written += o.length();
          }
          out.write("]}");
          break;
        case "meetings":
          out.write(
              "\"meetingSeries\":[{\"id\":\"m1\",\"name\":\"Steering\",\"kind\":"
                  + "\"steering_committee\",\"cadence\":\"P1D\",\"meetingDates\":[");
          for (long i = 0; written < bytes; i++) {
            String d = (i == 0 ? "\"" : ",\"") + first.plusDays(i % 2_900_000) + "\"";
            out.write(d);
            written += d.length();
          }
          out.write("]}]}");
          break;
        default:
          for (long i = 0; written < bytes; i++) {
            String p = "\"unknown" + i + "\":" + i + ",";
            out.write(p);
            written += p.length();
          }
          out.write("\"description\":\"many unknown properties\"}");
      }
    }
  }
}
