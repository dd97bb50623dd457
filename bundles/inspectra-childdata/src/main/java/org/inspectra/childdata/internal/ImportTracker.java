package org.inspectra.childdata.internal;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.inspectra.api.childdata.ImportProgress;
import org.inspectra.api.childdata.ImportState;
import org.inspectra.api.error.InspectraException;

/**
 * The uploads of child-level lists running now, and the last finished one of each list, in memory: nothing of it
 * survives a restart. Running uploads are as many as the requests in flight; finished ones are kept for the
 * {@link #FINISHED_KEPT} lists finished most recently, the oldest forgotten first. Starting, finishing and reading are
 * synchronized here; the counting while an upload runs is not (see {@link TrackedImport}).
 */
final class ImportTracker {

    /** Lists whose last finished upload is remembered: a season's inspections, ten lists each, several times over. */
    static final int FINISHED_KEPT = 1000;

    private record ListKey(String inspectionId, String listId) {
    }

    private final Clock clock;
    private final int finishedKept;
    private final Map<ListKey, Deque<TrackedImport>> running = new HashMap<>();
    private final Map<ListKey, ImportProgress> finished = new LinkedHashMap<>();

    ImportTracker(Clock clock) {
        this(clock, FINISHED_KEPT);
    }

    ImportTracker(Clock clock, int finishedKept) {
        this.clock = clock;
        this.finishedKept = finishedKept;
    }

    /** A new upload of the list, running from now. */
    synchronized TrackedImport start(String inspectionId, String listId, String user, long contentLength) {
        TrackedImport upload = new TrackedImport(UUID.randomUUID().toString(), inspectionId, listId, user,
                clock.instant(), contentLength);
        running.computeIfAbsent(new ListKey(inspectionId, listId), k -> new ArrayDeque<>()).addLast(upload);
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

    private synchronized ImportProgress finish(TrackedImport upload, ImportState state, long problemsAtLeast,
                                               String detail) {
        ImportProgress progress = upload.finish(state, clock.instant(), problemsAtLeast, detail);
        ListKey key = new ListKey(upload.inspectionId(), upload.listId());
        Deque<TrackedImport> uploads = running.get(key);
        if (uploads != null && uploads.remove(upload) && uploads.isEmpty()) {
            running.remove(key);
        }
        // Re-inserted, so the map's order is the order lists last finished in and the eldest goes first.
        finished.remove(key);
        finished.put(key, progress);
        if (finished.size() > finishedKept) {
            finished.remove(finished.keySet().iterator().next());
        }
        return progress;
    }

    /** The list's latest running upload, else its last finished one. */
    synchronized Optional<ImportProgress> current(String inspectionId, String listId) {
        ListKey key = new ListKey(inspectionId, listId);
        Deque<TrackedImport> uploads = running.get(key);
        if (uploads != null && !uploads.isEmpty()) {
            return Optional.of(uploads.peekLast().snapshot());
        }
        return Optional.ofNullable(finished.get(key));
    }

    /** Every upload running now, then each list's last finished one, latest first. */
    synchronized List<ImportProgress> all() {
        List<ImportProgress> all = new ArrayList<>();
        running.values().forEach(uploads -> uploads.forEach(u -> all.add(u.snapshot())));
        List<ImportProgress> done = new ArrayList<>(finished.values());
        Collections.reverse(done);
        all.addAll(done);
        return all;
    }

    /** Uploads running now. */
    synchronized int running() {
        return running.values().stream().mapToInt(Deque::size).sum();
    }

    /** Lists whose last finished upload is remembered. */
    synchronized int finished() {
        return finished.size();
    }
}
