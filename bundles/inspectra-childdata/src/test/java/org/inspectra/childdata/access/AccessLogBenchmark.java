package org.inspectra.childdata.access;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.inspectra.api.access.DataAccess;
import org.inspectra.api.inspection.InspectionService;
import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;
import org.inspectra.api.store.AccessLogStore;

/**
 * Not a test: what recording a read costs the reading thread. A storage that takes {@code 2 ms} a transaction (an
 * insert batch on a busy database) behind the batching recorder, against the same storage written on the reading
 * thread, one transaction per read, as a plain audit write would be. Prints the reading thread's time per read (mean
 * and 99th percentile) and the records written, for 4,000 reads from 4 threads. Run from the module after a build:
 * {@code java -cp target/classes:target/test-classes:<dependencies> org.inspectra.childdata.access.AccessLogBenchmark}.
 */
public final class AccessLogBenchmark {

    private static final int THREADS = 4;
    private static final int READS = 1_000;
    private static final long TRANSACTION_MILLIS = 2;

    private AccessLogBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        for (int round = 0; round < 2; round++) {
            boolean print = round == 1;
            SlowStore batched = new SlowStore();
            BatchingAccessRecorder recorder = new BatchingAccessRecorder(batched, inspections());
            long[] queued = run(recorder::record);
            recorder.stop();
            SlowStore direct = new SlowStore();
            long[] inline = run(access -> direct.append(List.of(access)));
            if (print) {
                System.out.printf(Locale.UK, "%-34s %12s %12s %10s %14s%n", "recording", "mean µs", "p99 µs",
                        "written", "transactions");
                print("batched, off the reading thread", queued, batched);
                print("one transaction per read, inline", inline, direct);
            }
        }
    }

    private static void print(String what, long[] nanos, SlowStore store) {
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1000;
        double p99 = nanos[(int) (nanos.length * 0.99)] / 1000.0;
        System.out.printf(Locale.UK, "%-34s %12.2f %12.2f %10d %14d%n", what, mean, p99, store.written.get(),
                store.transactions.get());
    }

    private static long[] run(java.util.function.Consumer<DataAccess> record) throws InterruptedException {
        long[] nanos = new long[THREADS * READS];
        Thread[] threads = new Thread[THREADS];
        for (int t = 0; t < THREADS; t++) {
            int first = t * READS;
            threads[t] = new Thread(() -> {
                for (int i = 0; i < READS; i++) {
                    DataAccess access = new DataAccess(Instant.now(), "lead", "i-1", DataAccess.Kind.CHRONOLOGY,
                            "C" + i);
                    long start = System.nanoTime();
                    record.accept(access);
                    nanos[first + i] = System.nanoTime() - start;
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return nanos;
    }

    /** A storage whose every transaction takes {@link #TRANSACTION_MILLIS}. */
    private static final class SlowStore implements AccessLogStore {
        final AtomicLong written = new AtomicLong();
        final AtomicLong transactions = new AtomicLong();

        @Override
        public synchronized void append(List<DataAccess> records) {
            try {
                Thread.sleep(TRANSACTION_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            written.addAndGet(records.size());
            transactions.incrementAndGet();
        }

        @Override
        public Page<DataAccess> page(String inspectionId, PageRequest page) {
            return new Page<>(List.of(), null);
        }
    }

    private static InspectionService inspections() {
        return (InspectionService) Proxy.newProxyInstance(InspectionService.class.getClassLoader(),
                new Class<?>[] {InspectionService.class}, (proxy, method, args) -> null);
    }
}
