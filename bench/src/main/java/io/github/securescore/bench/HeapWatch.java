package io.github.securescore.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Heap figures for one measured run. "Peak used" is the sum of the heap pools' peaks (what the
 * JVM reports; with a young generation it includes garbage not yet collected, so it tends
 * towards the heap limit for anything that allocates). "Max after GC" is the largest heap
 * occupancy right after a collection during the run: the closer measure of what the run keeps.
 */
final class HeapWatch implements NotificationListener {

    /** One run's figures, in bytes and milliseconds. */
    record Usage(long peakUsed, long maxAfterGc, long collections, long collectionMillis) {
    }

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final AtomicLong maxAfterGc = new AtomicLong();
    private volatile boolean watching;
    private long collectionsAtStart;
    private long collectionMillisAtStart;

    HeapWatch() {
        for (GarbageCollectorMXBean collector : collectors) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(this, null, null);
            }
        }
    }

    /** Collects what earlier runs left, then starts counting from the live heap. */
    void start() {
        watching = false;
        System.gc();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        maxAfterGc.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        collectionsAtStart = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
        collectionMillisAtStart = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
        watching = true;
    }

    Usage stop() {
        watching = false;
        long peak = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long collections = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum()
                - collectionsAtStart;
        long millis = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum()
                - collectionMillisAtStart;
        return new Usage(peak, maxAfterGc.get(), collections, millis);
    }

    /** Heap in use after a full collection: what is reachable now. */
    long liveAfterFullGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        // notifications arrive on a JMX thread shortly after each collection
        if (!watching || !GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                (CompositeData) notification.getUserData());
        long used = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            MemoryUsage after = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
            if (after != null) {
                used += after.getUsed();
            }
        }
        maxAfterGc.accumulateAndGet(used, Math::max);
    }
}
