package org.inspectra.childdata.internal;

import java.time.Instant;

import org.inspectra.api.childdata.ImportProgress;
import org.inspectra.api.childdata.ImportState;

/**
 * The live progress of one upload. Only the importing thread writes it (the bytes after each read of the body, the
 * counts every {@link ListImport#PUBLISH_EVERY} rows), any thread reads it: each value is published through one
 * volatile field, and the four counts together as one immutable record, so a reader never sees rows read from one
 * moment and rows accepted from another.
 */
final class TrackedImport implements ListImport.Progress {

    private record Counts(long rows, long accepted, long rejected, long problems) {
        static final Counts NONE = new Counts(0, 0, 0, 0);
    }

    private final String id;
    private final String inspectionId;
    private final String listId;
    private final String startedBy;
    private final Instant startedAt;
    private final Long totalBytes;
    private volatile long bytesRead;
    private volatile Counts counts = Counts.NONE;
    private volatile ImportProgress finished;

    TrackedImport(String id, String inspectionId, String listId, String startedBy, Instant startedAt,
                  long contentLength) {
        this.id = id;
        this.inspectionId = inspectionId;
        this.listId = listId;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.totalBytes = contentLength >= 0 ? contentLength : null;
    }

    String id() {
        return id;
    }

    String inspectionId() {
        return inspectionId;
    }

    String listId() {
        return listId;
    }

    /** The bytes of the body read so far, in all. */
    void bytesRead(long total) {
        bytesRead = total;
    }

    @Override
    public void counted(long rows, long accepted, long rejected, long problems) {
        counts = new Counts(rows, accepted, rejected, problems);
    }

    /** As it stands: running, or as it finished. */
    ImportProgress snapshot() {
        ImportProgress done = finished;
        return done != null ? done : progress(ImportState.RUNNING, null, 0, null);
    }

    /**
     * Ends the upload in the state given, once; later calls answer the first ending.
     *
     * @param problemsAtLeast the violations a refusal gave, which the counts may not include (headings refused)
     */
    synchronized ImportProgress finish(ImportState state, Instant at, long problemsAtLeast, String detail) {
        if (finished == null) {
            finished = progress(state, at, problemsAtLeast, detail);
        }
        return finished;
    }

    private ImportProgress progress(ImportState state, Instant finishedAt, long problemsAtLeast, String detail) {
        Counts c = counts;
        return new ImportProgress(id, inspectionId, listId, state, startedBy, startedAt, finishedAt, bytesRead,
                totalBytes, c.rows(), c.accepted(), c.rejected(), Math.max(c.problems(), problemsAtLeast), detail);
    }
}
