package org.inspectra.rest.representation;

import java.time.Instant;

import org.inspectra.api.childdata.ImportProgress;

/**
 * {@code GET /inspections/{id}/child-lists/{listId}/import}: the list's running upload, else its last finished one.
 * {@code percent} is the share of the body read where the request declared its length (at most 99 while running).
 */
public record ImportProgressView(String importId, String listId, String state, String startedBy, Instant startedAt,
                                 Instant finishedAt, long bytesRead, Long totalBytes, Integer percent, long rowsRead,
                                 long rowsAccepted, long rowsRejected, long problems, String detail) {

    public static ImportProgressView of(ImportProgress p) {
        return new ImportProgressView(p.importId(), p.listId(), p.state().id(), p.startedBy(), p.startedAt(),
                p.finishedAt(), p.bytesRead(), p.totalBytes(), p.percent(), p.rowsRead(), p.rowsAccepted(),
                p.rowsRejected(), p.problems(), p.detail());
    }
}
