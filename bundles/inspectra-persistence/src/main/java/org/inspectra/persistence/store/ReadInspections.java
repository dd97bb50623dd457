package org.inspectra.persistence.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.inspectra.api.inspection.Inspection;

/**
 * Inspections as this node last read them, each under the row version it was read at (docs/performance.md).
 *
 * <p>A reader first asks storage for the inspection's current row version (one indexed column of one row) and takes
 * the remembered inspection only if it is at that version; otherwise it reads the row and its team and topics and
 * remembers them. Every change to an inspection, its team included, raises its row version ({@code @Version}), so
 * an inspection answered from here is exactly the one storage holds at the moment of the check, whichever node
 * changed it: nothing here is ever stale, only unused. The same inspection is answered as the same object while it
 * is unchanged, which lets what is worked out from it (its timeline, its JSON) be kept by identity.
 *
 * <p>Bounded (Caffeine): the least used are forgotten past {@code capacity}, and read again when next asked for.
 */
final class ReadInspections {

    private final Cache<String, Inspection> byId;

    ReadInspections(int capacity) {
        this.byId = Caffeine.newBuilder().maximumSize(capacity).executor(Runnable::run).build();
    }

    /** The inspection as remembered, if remembered at exactly this version; otherwise null. */
    Inspection at(String id, long version) {
        Inspection known = byId.getIfPresent(id);
        return known != null && known.version() == version ? known : null;
    }

    /** Remembers an inspection just read; an older version never replaces a newer one. */
    Inspection remember(Inspection inspection) {
        return byId.asMap().merge(inspection.id(), inspection,
                (known, read) -> read.version() > known.version() ? read : known);
    }

    long size() {
        byId.cleanUp();
        return byId.estimatedSize();
    }
}
