package io.github.collectiveimpact.benchmarks;

import io.github.collectiveimpact.benchmarks.plain.PlainJson;
import io.github.collectiveimpact.json.CollectiveImpactJson;
import io.github.collectiveimpact.json.format.InitiativeFormatException;
import java.lang.ref.Reference;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Measures, for each way of reading a JSON document, the peak heap while reading it and the retained size
 * of what was read, next to the size of the document itself.
 *
 * <p>Retained size: the heap in use after a full collection while the result is held, minus the same
 * before reading (the document text is held throughout). Peak: while reading, every garbage collection
 * reports the heap in use before and after it; the largest "after" is the most the reader kept alive at
 * once (an upper bound: an old generation may still hold garbage), the largest "before" the most heap it
 * occupied. Run it with the serial collector and a small young generation, so that collections come
 * every few tens of megabytes and the peaks are sampled finely:
 *
 * <pre>{@code
 * java -XX:+UseSerialGC -Xmn64m -Xmx4g -cp benchmarks/target/benchmarks.jar \
 *     io.github.collectiveimpact.benchmarks.HeapFootprint L
 * }</pre>
 */
public final class HeapFootprint {
  private static final double MB = 1024 * 1024;

  private HeapFootprint() {}

  /**
   * Prints the footprint table for one size.
   *
   * @param args the size ({@code S}, {@code M} or {@code L}; default {@code L})
   * @throws InterruptedException if interrupted while waiting for the collector's notifications
   */
  public static void main(String[] args) throws InterruptedException {
    Size size = args.length > 0 ? Size.valueOf(args[0]) : Size.L;
    Map<String, Function<String, Object>> readers = new LinkedHashMap<>();
    CollectiveImpactJson json = CollectiveImpactJson.create();
    readers.put(
        "library (CollectiveImpactJson.readInitiative) into the model", text -> read(json, text));
    readers.put("plain Jackson into plain classes", PlainJson::read);
    readers.put("plain Jackson, then a hand-written conversion to the model", PlainJson::readModel);

    long empty = Heap.usedAfterGc();
    String text = Documents.text(size);
    long withText = Heap.usedAfterGc();
    System.out.printf(
        Locale.ROOT,
        "%s: %,d partners, %,d indicators, %,d observations; document %,d characters, %.1f MB on the"
            + " heap%n",
        size,
        size.partners(),
        size.indicators(),
        size.observations(),
        text.length(),
        (withText - empty) / MB);
    System.out.printf(
        Locale.ROOT,
        "%-62s %9s %14s %14s %12s %12s%n",
        "reader",
        "time s",
        "peak live MB",
        "peak heap MB",
        "retained MB",
        "B/observ.");
    for (Map.Entry<String, Function<String, Object>> reader : readers.entrySet()) {
      Heap.usedAfterGc(); // the previous reader's result, now unreachable, must not count as this
      // one's
      Heap.Peaks peaks = new Heap.Peaks();
      long start = System.nanoTime();
      Object result = reader.getValue().apply(text);
      double seconds = (System.nanoTime() - start) / 1e9;
      long usedAtEnd = Heap.heapUsed();
      peaks.stop();
      long retained;
      try {
        retained = Heap.usedAfterGc() - withText;
      } finally {
        Reference.reachabilityFence(result); // held until its retained size is measured
      }
      long peakLive = Math.max(peaks.maxAfter - withText, retained);
      long peakHeap = Math.max(peaks.maxBefore, usedAtEnd) - withText;
      System.out.printf(
          Locale.ROOT,
          "%-62s %9.2f %14.1f %14.1f %12.1f %12.0f%n",
          reader.getKey(),
          seconds,
          peakLive / MB,
          peakHeap / MB,
          retained / MB,
          (double) retained / Math.max(1, size.observations()));
    }
  }

  private static Object read(CollectiveImpactJson json, String text) {
    try {
      return json.readInitiative(text);
    } catch (InitiativeFormatException e) {
      throw new IllegalStateException("the synthetic document does not read", e);
    }
  }
}
