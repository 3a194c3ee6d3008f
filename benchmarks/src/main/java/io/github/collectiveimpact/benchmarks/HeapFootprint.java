package io.github.collectiveimpact.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.github.collectiveimpact.benchmarks.plain.PlainJson;
import io.github.collectiveimpact.json.CollectiveImpactJson;
import io.github.collectiveimpact.json.format.InitiativeFormatException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

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

    long empty = usedAfterGc();
    String text = Documents.text(size);
    long withText = usedAfterGc();
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
      usedAfterGc(); // the previous reader's result, now unreachable, must not count as this one's
      Peaks peaks = new Peaks();
      long start = System.nanoTime();
      Object result = reader.getValue().apply(text);
      double seconds = (System.nanoTime() - start) / 1e9;
      long usedAtEnd = heapUsed();
      peaks.stop();
      long retained;
      try {
        retained = usedAfterGc() - withText;
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

  static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  static long usedAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return heapUsed();
  }

  /** Listens to the collector while a reader runs; keeps the largest heap before and after a collection. */
  static final class Peaks implements NotificationListener {
    private final Set<String> heapPools = new TreeSet<>();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    volatile long maxBefore;
    volatile long maxAfter;

    Peaks() {
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          heapPools.add(pool.getName());
        }
      }
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        if (gc instanceof NotificationEmitter) {
          NotificationEmitter emitter = (NotificationEmitter) gc;
          emitter.addNotificationListener(this, null, null);
          emitters.add(emitter);
        }
      }
    }

    @Override
    public synchronized void handleNotification(Notification notification, Object handback) {
      if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
          notification.getType())) {
        return;
      }
      GarbageCollectionNotificationInfo info =
          GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
      maxBefore = Math.max(maxBefore, heap(info.getGcInfo().getMemoryUsageBeforeGc()));
      maxAfter = Math.max(maxAfter, heap(info.getGcInfo().getMemoryUsageAfterGc()));
    }

    private long heap(Map<String, MemoryUsage> usage) {
      long used = 0;
      for (Map.Entry<String, MemoryUsage> pool : usage.entrySet()) {
        if (heapPools.contains(pool.getKey())) {
          used += pool.getValue().getUsed();
        }
      }
      return used;
    }

    void stop() throws InterruptedException {
      Thread.sleep(300); // notifications arrive on another thread, a little after each collection
      for (NotificationEmitter emitter : emitters) {
        try {
          emitter.removeNotificationListener(this);
        } catch (javax.management.ListenerNotFoundException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }
}
