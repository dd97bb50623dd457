package org.inspectra.childdata.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.inspectra.api.childdata.ImportProgress;
import org.inspectra.api.childdata.ImportState;
import org.inspectra.api.error.InspectraException;
import org.inspectra.api.store.ImportProgressStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The uploads of child-level lists, kept in the database ({@link ImportProgressStore}) so that any node answers for
 * an upload any node runs and a finished upload's outcome survives a restart. An upload is saved when it starts and
 * when it finishes; while it runs, only in memory (its {@link TrackedImport}, counted by the importing thread) until
 * {@link #saveRunning} writes the running ones, which the service does every second or so: the database sees one
 * write a second per running upload, never one a row. A running upload not saved for {@link #STALE} has lost the
 * node that ran it (stopped, killed) and is reported failed; its list is unchanged, since the rows were never
 * committed.
 */
final class ImportTracker {

    private static final Logger LOG = LoggerFactory.getLogger(ImportTracker.class);

    /** How long a running upload may go unsaved before it counts as abandoned by its node. */
    static final Duration STALE = Duration.ofSeconds(30);

    private final ImportProgressStore store;
    private final Clock clock;
    /** The uploads this node runs now, by id: their live counts are fresher than what was last saved. */
    private final Map<String, TrackedImport> running = new ConcurrentHashMap<>();

    ImportTracker(ImportProgressStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A new upload of the list, running from now, saved at once so other nodes know of it. */
    TrackedImport start(String inspectionId, String listId, String user, long contentLength) {
        TrackedImport upload = new TrackedImport(UUID.randomUUID().toString(), inspectionId, listId, user,
                clock.instant(), contentLength);
        store.save(upload.snapshot(), clock.instant());
        running.put(upload.id(), upload);
        return upload;
    }

    /** The list is replaced. */
    ImportProgress completed(TrackedImport upload) {
        return finish(upload, ImportState.COMPLETED, 0, null);
    }

    /** The upload was refused as a whole; the refusal's detail never quotes a cell. */
    ImportProgress refused(TrackedImport upload, InspectraException refusal) {
        return finish(upload, ImportState.REFUSED, refusal.violations().size(), refusal.getMessage());
    }

    /** The server broke the upload off; what broke stays in the log, not in the progress anyone may read. */
    ImportProgress failed(TrackedImport upload) {
        return finish(upload, ImportState.FAILED, 0, "The import stopped on a fault of the server; the list is "
                + "unchanged");
    }

    /**
     * Ends the upload and saves its outcome. Holding the upload's lock while saving keeps a periodic save of it as
     * running ({@link #saveRunning}) from landing after its outcome and hiding it.
     */
    private ImportProgress finish(TrackedImport upload, ImportState state, long problemsAtLeast, String detail) {
        synchronized (upload) {
            ImportProgress progress = upload.finish(state, clock.instant(), problemsAtLeast, detail);
            running.remove(upload.id());
            try {
                store.finish(progress, clock.instant());
            } catch (RuntimeException e) {
                // The upload's own outcome stands (the list is replaced, or kept); only its report is lost, and the
                // upload shows as abandoned once it has gone unsaved for a while.
                LOG.warn("The outcome of upload {} could not be saved", upload.id(), e);
            }
            return progress;
        }
    }

    /** Saves the running uploads as they stand; the service calls this every second or so. */
    void saveRunning() {
        for (TrackedImport upload : running.values()) {
            // Under the upload's lock, as finish saves: a running snapshot is saved before the outcome or not at all.
            synchronized (upload) {
                ImportProgress progress = upload.snapshot();
                if (progress.state() != ImportState.RUNNING) {
                    continue;
                }
                try {
                    store.save(progress, clock.instant());
                } catch (RuntimeException e) {
                    LOG.warn("The progress of upload {} could not be saved", upload.id(), e);
                }
            }
        }
    }

    /**
     * The list's latest running upload (begun last, where several run), else its last finished one: this node's own
     * uploads as they stand now, the others' as their nodes last saved them.
     */
    Optional<ImportProgress> current(String inspectionId, String listId) {
        Instant now = clock.instant();
        List<ImportProgress> uploads = new ArrayList<>();
        for (ImportProgressStore.Saved saved : store.uploads(inspectionId, listId)) {
            TrackedImport mine = running.get(saved.progress().importId());
            uploads.add(mine != null ? mine.snapshot() : abandonedIfStale(saved, now));
        }
        // The store lists them as they began: on a tie, the later in the list.
        Optional<ImportProgress> latestRunning = uploads.stream().filter(p -> p.state() == ImportState.RUNNING)
                .reduce((a, b) -> b.startedAt().isBefore(a.startedAt()) ? a : b);
        if (latestRunning.isPresent()) {
            return latestRunning;
        }
        return uploads.stream().reduce((a, b) -> b.finishedAt().isBefore(a.finishedAt()) ? a : b);
    }

    private static ImportProgress abandonedIfStale(ImportProgressStore.Saved saved, Instant now) {
        ImportProgress p = saved.progress();
        if (p.state() != ImportState.RUNNING || saved.savedAt().plus(STALE).isAfter(now)) {
            return p;
        }
        return new ImportProgress(p.importId(), p.inspectionId(), p.listId(), ImportState.FAILED, p.startedBy(),
                p.startedAt(), saved.savedAt(), p.bytesRead(), p.totalBytes(), p.rowsRead(), p.rowsAccepted(),
                p.rowsRejected(), p.problems(), "The server running the upload stopped before it finished; the list "
                + "is unchanged");
    }

    /**
     * The latest uploads across inspections, latest begun first: this node's own as they stand now, the others' as
     * their nodes last saved them (an operator's view, inspectra:import-status).
     */
    List<ImportProgress> all(int limit) {
        Instant now = clock.instant();
        List<ImportProgress> uploads = new ArrayList<>();
        for (ImportProgressStore.Saved saved : store.recent(limit)) {
            TrackedImport mine = running.get(saved.progress().importId());
            uploads.add(mine != null ? mine.snapshot() : abandonedIfStale(saved, now));
        }
        return uploads;
    }

    /** Uploads this node runs now. */
    int running() {
        return running.size();
    }
}
