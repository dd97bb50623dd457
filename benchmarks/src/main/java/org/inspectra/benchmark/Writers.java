package org.inspectra.benchmark;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Team members recording evidence at once, each on its own connection, as fast as the server answers; afterwards every
 * acknowledged record is looked for, so a write answered 201 but not stored counts as lost.
 */
final class Writers {

    record Figure(double perSecond, double p50Millis, double p99Millis, long errors, long lost) {

        String describe() {
            return String.format(Locale.UK, "%.0f writes/s, p50 %.1f ms, p99 %.1f ms, %d errors, %d lost",
                    perSecond, p50Millis, p99Millis, errors, lost);
        }
    }

    private Writers() {
    }

    /**
     * Each of the writers records evidence into the inspection {@code target} gives it for {@code seconds}; or, with
     * {@code stopWhen} set, until it is.
     */
    static Figure run(int port, List<String> writers, IntFunction<String> target, String criterion, int seconds,
                      java.util.function.BooleanSupplier stopWhen) throws InterruptedException {
        Client reader = new Client(port, "admin");
        List<String> inspections = java.util.stream.IntStream.range(0, writers.size()).mapToObj(target).distinct().toList();
        long before = inspections.stream().mapToLong(i -> count(reader, i)).sum();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int w = 0; w < writers.size(); w++) {
            Client client = new Client(port, writers.get(w));
            String path = "/inspections/" + target.apply(w) + "/evidence";
            int writer = w;
            Thread thread = new Thread(() -> {
                for (int n = 0; stopWhen == null ? System.nanoTime() < end : !stopWhen.getAsBoolean(); n++) {
                    long sent = System.nanoTime();
                    int status = client.statusOf(client.request(path).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(Fixture.evidence(criterion, writer * 100_000
                                    + n))));
                    latencies.add(System.nanoTime() - sent);
                    if (status == 201) {
                        acknowledged.incrementAndGet();
                    } else {
                        errors.incrementAndGet();
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long after = inspections.stream().mapToLong(i -> count(reader, i)).sum();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Figure(sorted.size() / elapsed, percentile(sorted, 50), percentile(sorted, 99), errors.get(),
                Math.max(0, acknowledged.get() - (after - before)));
    }

    /** The inspection's evidence records, read page by page. */
    static long count(Client client, String inspection) {
        long count = 0;
        for (String path = "/inspections/" + inspection + "/evidence?limit=500"; path != null; ) {
            Client.Page page = client.page(path);
            count += page.items().size();
            path = page.next();
        }
        return count;
    }

    static double percentile(List<Long> sortedNanos, int percent) {
        if (sortedNanos.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, index)) / 1e6;
    }
}
