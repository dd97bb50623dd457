package org.inspectra.persistence.store;

import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;

import org.inspectra.api.inspection.Inspection;

/**
 * Inspections as this node last read them, each under the row version it was read at (docs/performance.md).
 *
 * <p>A reader first asks storage for the inspection's current row version (one indexed column of one row) and takes
 * the remembered inspection only if it is at that version; otherwise it reads the row and its team and topics and
 * remembers them. Every change to an inspection, its team included, raises its row version ({@code @Version}), so
 * an inspection answered from here is exactly the one storage holds at the moment of the check, whichever node
 * changed it: nothing here is ever stale, only unused.
 *
 * <p>Bounded: past {@link #capacity} inspections, an arbitrary tenth is forgotten (they are read again when next
 * asked for).
 */
final class ReadInspections {

    private final int capacity;
    private final ConcurrentHashMap<String, Inspection> byId = new ConcurrentHashMap<>();

    ReadInspections(int capacity) {
        this.capacity = capacity;
    }

    /** The inspection as remembered, if remembered at exactly this version; otherwise null. */
    Inspection at(String id, long version) {
        Inspection known = byId.get(id);
        return known != null && known.version() == version ? known : null;
    }

    /** Remembers an inspection just read or written; an older version never replaces a newer one. */
    Inspection remember(Inspection inspection) {
        if (byId.size() >= capacity) {
            forgetSome();
        }
        byId.merge(inspection.id(), inspection, (known, read) -> read.version() >= known.version() ? read : known);
        return inspection;
    }

    int size() {
        return byId.size();
    }

    private void forgetSome() {
        int forget = Math.max(1, capacity / 10);
        Iterator<String> ids = byId.keySet().iterator();
        while (forget-- > 0 && ids.hasNext()) {
            ids.next();
            ids.remove();
        }
    }
}
