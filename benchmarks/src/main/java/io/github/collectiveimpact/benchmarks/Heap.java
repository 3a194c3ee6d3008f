package io.github.collectiveimpact.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap measurements the footprint programs share: the heap in use, the same after full collections,
 * and the peaks the collector reports while something runs.
 */
final class Heap {
  private Heap() {}

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
