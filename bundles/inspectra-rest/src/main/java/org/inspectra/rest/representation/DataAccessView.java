package org.inspectra.rest.representation;

import java.time.Instant;

import org.inspectra.api.access.DataAccess;

/**
 * One read of children's data in {@code GET /inspections/{id}/access-log}: who, when, what ({@code child},
 * {@code chronology}, {@code list-rows}, {@code data-quality}) and which child or list.
 */
public record DataAccessView(Instant at, String user, String inspectionId, String kind, String subject) {

    public static DataAccessView of(DataAccess access) {
        return new DataAccessView(access.at(), access.user(), access.inspectionId(), access.kind().id(),
                access.subject());
    }
}
