package org.inspectra.childdata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.inspectra.api.childdata.ImportProgress;
import org.inspectra.api.childdata.ImportState;
import org.inspectra.api.error.RuleViolationException;
import org.inspectra.api.error.TooLargeException;
import org.inspectra.api.error.Violation;
import org.junit.jupiter.api.Test;

class ImportTrackerTest {

    private static final Instant NOW = Instant.parse("2025-09-01T09:00:00Z");

    private final InMemoryImportProgressStore store = new InMemoryImportProgressStore();
    private final ImportTracker tracker = new ImportTracker(store, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void nothingIsReportedForAListNeverUploaded() {
        assertThat(tracker.current("i-1", "list-3")).isEmpty();
    }

    @Test
    void aRunningUploadReportsWhatItHasReadAndCompletesWithItsCounts() {
        TrackedImport upload = tracker.start("i-1", "list-3", "lead", 2_000);
        upload.bytesRead(500);
        upload.counted(40, 38, 2, 3);

        ImportProgress running = tracker.current("i-1", "list-3").orElseThrow();
        assertThat(running.importId()).isEqualTo(upload.id());
        assertThat(running.state()).isEqualTo(ImportState.RUNNING);
        assertThat(running.startedBy()).isEqualTo("lead");
        assertThat(running.startedAt()).isEqualTo(NOW);
        assertThat(running.finishedAt()).isNull();
        assertThat(running.bytesRead()).isEqualTo(500);
        assertThat(running.totalBytes()).isEqualTo(2_000);
        assertThat(running.percent()).isEqualTo(25);
        assertThat(running).extracting(ImportProgress::rowsRead, ImportProgress::rowsAccepted,
                ImportProgress::rowsRejected, ImportProgress::problems).containsExactly(40L, 38L, 2L, 3L);

        upload.bytesRead(2_000);
        assertThat(tracker.current("i-1", "list-3").orElseThrow().percent()).as("running shows at most 99")
                .isEqualTo(99);
        upload.counted(80, 77, 3, 4);
        tracker.completed(upload);

        ImportProgress done = tracker.current("i-1", "list-3").orElseThrow();
        assertThat(done.state()).isEqualTo(ImportState.COMPLETED);
        assertThat(done.finishedAt()).isEqualTo(NOW);
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.rowsRead()).isEqualTo(80);
        assertThat(done.detail()).isNull();
        assertThat(tracker.running()).isZero();
    }

    @Test
    void withoutADeclaredLengthThereIsNoPercentage() {
        TrackedImport upload = tracker.start("i-1", "list-3", "lead", -1);
        upload.bytesRead(500);
        ImportProgress running = upload.snapshot();
        assertThat(running.totalBytes()).isNull();
        assertThat(running.percent()).isNull();
    }

    @Test
    void aRefusalKeepsItsProblemsAndDetailAndCountsAtLeastItsViolations() {
        TrackedImport rows = tracker.start("i-1", "list-3", "lalink", 100);
        rows.counted(5, 0, 5, 7);
        tracker.refused(rows, new RuleViolationException("No row of list-3 could be accepted; the list is unchanged",
                List.of(new Violation("row 2", "invalid-date", "x"))));
        ImportProgress refused = tracker.current("i-1", "list-3").orElseThrow();
        assertThat(refused.state()).isEqualTo(ImportState.REFUSED);
        assertThat(refused.problems()).isEqualTo(7);
        assertThat(refused.rowsAccepted()).isZero();
        assertThat(refused.detail()).contains("the list is unchanged");
        assertThat(refused.finishedAt()).isEqualTo(NOW);

        TrackedImport headings = tracker.start("i-1", "list-4", "lalink", 100);
        tracker.refused(headings, new RuleViolationException("The heading row of list-4 does not fit",
                List.of(new Violation("heading", "missing-column", "a"), new Violation("heading",
                        "personal-name-column", "b"))));
        assertThat(tracker.current("i-1", "list-4").orElseThrow().problems()).isEqualTo(2);

        TrackedImport large = tracker.start("i-1", "list-5", "lalink", -1);
        tracker.refused(large, new TooLargeException("The upload is larger than the limit"));
        assertThat(tracker.current("i-1", "list-5").orElseThrow())
                .extracting(ImportProgress::state, ImportProgress::problems).containsExactly(ImportState.REFUSED, 0L);
    }

    @Test
    void aFailureSaysNothingOfItsCause() {
        TrackedImport upload = tracker.start("i-1", "list-3", "lead", -1);
        tracker.failed(upload);
        ImportProgress failed = tracker.current("i-1", "list-3").orElseThrow();
        assertThat(failed.state()).isEqualTo(ImportState.FAILED);
        assertThat(failed.detail()).contains("the list is unchanged");
    }

    @Test
    void anUploadEndsOnceAndTheFirstEndingStands() {
        TrackedImport upload = tracker.start("i-1", "list-3", "lead", -1);
        tracker.completed(upload);
        tracker.failed(upload);
        assertThat(tracker.current("i-1", "list-3").orElseThrow().state()).isEqualTo(ImportState.COMPLETED);
    }

    @Test
    void theLatestRunningUploadIsShownBeforeAnyFinishedOne() {
        TrackedImport first = tracker.start("i-1", "list-3", "lead", -1);
        TrackedImport second = tracker.start("i-1", "list-3", "inspector", -1);
        assertThat(tracker.current("i-1", "list-3").orElseThrow().importId()).isEqualTo(second.id());
        tracker.completed(second);
        assertThat(tracker.current("i-1", "list-3").orElseThrow())
                .extracting(ImportProgress::importId, ImportProgress::state)
                .containsExactly(first.id(), ImportState.RUNNING);
        tracker.refused(first, new TooLargeException("too large"));
        assertThat(tracker.current("i-1", "list-3").orElseThrow())
                .extracting(ImportProgress::importId, ImportProgress::state)
                .containsExactly(first.id(), ImportState.REFUSED);
        assertThat(tracker.current("i-2", "list-3")).as("another inspection's list").isEmpty();
    }

    @Test
    void anotherNodeSeesARunningUploadAsLastSavedAndItsOutcomeOnceFinished() {
        ImportTracker otherNode = new ImportTracker(store, Clock.fixed(NOW.plusSeconds(5), ZoneOffset.UTC));
        TrackedImport upload = tracker.start("i-1", "list-3", "lead", 1_000);
        upload.bytesRead(400);
        upload.counted(40, 40, 0, 0);
        assertThat(otherNode.current("i-1", "list-3").orElseThrow())
                .extracting(ImportProgress::state, ImportProgress::rowsRead)
                .as("saved when it started, not at every row").containsExactly(ImportState.RUNNING, 0L);

        tracker.saveRunning();
        assertThat(otherNode.current("i-1", "list-3").orElseThrow())
                .extracting(ImportProgress::rowsRead, ImportProgress::bytesRead).containsExactly(40L, 400L);
        assertThat(tracker.current("i-1", "list-3").orElseThrow().rowsRead()).as("its own node's live count")
                .isEqualTo(40);

        upload.counted(90, 88, 2, 2);
        tracker.completed(upload);
        assertThat(otherNode.current("i-1", "list-3").orElseThrow())
                .extracting(ImportProgress::state, ImportProgress::rowsRead)
                .containsExactly(ImportState.COMPLETED, 90L);
        assertThat(store.saves()).isEqualTo(3);
    }

    @Test
    void aFinishedUploadSurvivesARestartAndAListKeepsOnlyItsLastFinishedUpload() {
        for (int i = 0; i < 5; i++) {
            tracker.completed(tracker.start("i-1", "list-3", "lead", -1));
        }
        TrackedImport last = tracker.start("i-1", "list-3", "lead", -1);
        tracker.refused(last, new TooLargeException("too large"));
        assertThat(store.size()).isEqualTo(1);

        ImportTracker restarted = new ImportTracker(store, Clock.fixed(NOW.plusSeconds(600), ZoneOffset.UTC));
        assertThat(restarted.current("i-1", "list-3").orElseThrow())
                .extracting(ImportProgress::importId, ImportProgress::state)
                .containsExactly(last.id(), ImportState.REFUSED);
    }

    @Test
    void anUploadWhoseNodeStoppedIsReportedFailedOnceItGoesUnsaved() {
        TrackedImport upload = tracker.start("i-1", "list-3", "lead", 1_000);
        upload.counted(10, 10, 0, 0);
        tracker.saveRunning();
        // The node is killed: nothing saves the upload any more.
        ImportTracker soon = new ImportTracker(store, Clock.fixed(NOW.plusSeconds(10), ZoneOffset.UTC));
        assertThat(soon.current("i-1", "list-3").orElseThrow().state()).isEqualTo(ImportState.RUNNING);

        ImportTracker later = new ImportTracker(store,
                Clock.fixed(NOW.plus(ImportTracker.STALE).plusSeconds(1), ZoneOffset.UTC));
        ImportProgress abandoned = later.current("i-1", "list-3").orElseThrow();
        assertThat(abandoned.state()).isEqualTo(ImportState.FAILED);
        assertThat(abandoned.finishedAt()).isEqualTo(NOW);
        assertThat(abandoned.rowsRead()).isEqualTo(10);
        assertThat(abandoned.detail()).contains("the list is unchanged");
    }

    /**
     * The race CI met on PostgreSQL: the periodic save took a running snapshot, the upload was refused and its outcome
     * saved, and the running snapshot landed after it, so the list showed an upload running that had long ended.
     */
    @Test
    void aSaveOfTheRunningUploadNeverLandsAfterItsOutcome() throws Exception {
        CountDownLatch saving = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        InMemoryImportProgressStore slow = new InMemoryImportProgressStore() {
            @Override
            public void save(ImportProgress progress, Instant savedAt) {
                if (progress.state() == ImportState.RUNNING && progress.rowsRead() > 0) {
                    saving.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                super.save(progress, savedAt);
            }
        };
        ImportTracker node = new ImportTracker(slow, Clock.fixed(NOW, ZoneOffset.UTC));
        TrackedImport upload = node.start("i-1", "list-5", "lead", 100);
        upload.counted(1, 0, 1, 1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> periodic = pool.submit(node::saveRunning);
            assertThat(saving.await(10, TimeUnit.SECONDS)).isTrue();
            Future<ImportProgress> refusal = pool.submit(() -> node.refused(upload,
                    new TooLargeException("The upload is larger than the limit")));
            // The refusal waits for the save under way rather than saving its outcome first.
            Thread.sleep(200);
            release.countDown();
            periodic.get(10, TimeUnit.SECONDS);
            assertThat(refusal.get(10, TimeUnit.SECONDS).state()).isEqualTo(ImportState.REFUSED);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        assertThat(node.current("i-1", "list-5").orElseThrow().state()).isEqualTo(ImportState.REFUSED);
        assertThat(new ImportTracker(slow, Clock.fixed(NOW, ZoneOffset.UTC)).current("i-1", "list-5").orElseThrow()
                .state()).as("as another node reads it").isEqualTo(ImportState.REFUSED);
    }

    @Test
    void readersSeeConsistentGrowingCountsWhileUploadsRunAndFinishOnOtherThreads() throws Exception {
        InMemoryImportProgressStore sharedStore = new InMemoryImportProgressStore();
        ImportTracker shared = new ImportTracker(sharedStore, Clock.systemUTC());
        int uploads = 200;
        long rows = 5_000;
        ExecutorService pool = Executors.newFixedThreadPool(6);
        AtomicBoolean writing = new AtomicBoolean(true);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int u = 0; u < uploads; u++) {
                String list = "list-" + (u % 10);
                String inspection = "i-" + (u % 70);
                int n = u;
                writers.add(pool.submit(() -> {
                    go.await();
                    TrackedImport upload = shared.start(inspection, list, "user-" + n, rows * 10);
                    for (long r = 1; r <= rows; r++) {
                        upload.bytesRead(r * 10);
                        if (r % 100 == 0) {
                            // accepted + rejected = read, problems = rejected: a torn read would break either
                            upload.counted(r, r - r / 10, r / 10, r / 10);
                        }
                    }
                    if (n % 7 == 0) {
                        shared.refused(upload, new TooLargeException("too large"));
                    } else {
                        shared.completed(upload);
                    }
                    return null;
                }));
            }
            List<Future<Long>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(pool.submit(() -> {
                    go.await();
                    long seen = 0;
                    while (writing.get()) {
                        for (int i = 0; i < 70; i++) {
                            for (int l = 0; l < 10; l++) {
                                var p = shared.current("i-" + i, "list-" + l);
                                if (p.isPresent()) {
                                    ImportProgress progress = p.get();
                                    assertThat(progress.rowsAccepted() + progress.rowsRejected())
                                            .isEqualTo(progress.rowsRead());
                                    assertThat(progress.problems()).isEqualTo(progress.rowsRejected());
                                    assertThat(progress.rowsRead()).isBetween(0L, rows);
                                    assertThat(progress.bytesRead()).isBetween(0L, rows * 10);
                                    seen++;
                                }
                            }
                        }
                    }
                    return seen;
                }));
            }
            go.countDown();
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
            writing.set(false);
            for (Future<Long> reader : readers) {
                assertThat(reader.get(60, TimeUnit.SECONDS)).isPositive();
            }
        } finally {
            writing.set(false);
            pool.shutdownNow();
        }
        assertThat(shared.running()).isZero();
        assertThat(sharedStore.size()).as("each list's last finished upload").isEqualTo(70);
        for (int i = 0; i < 70; i++) {
            for (int l = 0; l < 10; l++) {
                shared.current("i-" + i, "list-" + l).ifPresent(p -> {
                    assertThat(p.state()).isIn(ImportState.COMPLETED, ImportState.REFUSED);
                    assertThat(p.rowsRead()).isEqualTo(rows);
                    assertThat(p.finishedAt()).isNotNull();
                });
            }
        }
    }
}
