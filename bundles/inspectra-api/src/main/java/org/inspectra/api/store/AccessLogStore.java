package org.inspectra.api.store;

import java.util.List;

import org.inspectra.api.access.DataAccess;

/** Storage of the access log: appended in batches, read by inspection in the order written. */
public interface AccessLogStore {

    /** A stored record with its position in the log, which a page's cursor names. */
    record Stored(long position, DataAccess access) {
    }

    /** Appends the records in one transaction. */
    void append(List<DataAccess> records);

    /** Up to {@code limit} of the inspection's records after {@code afterPosition} (0 for the first), in order. */
    List<Stored> page(String inspectionId, long afterPosition, int limit);
}
