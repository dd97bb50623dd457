package org.inspectra.childdata.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.inspectra.api.childdata.ImportProgress;
import org.inspectra.api.childdata.ImportState;
import org.inspectra.api.store.ImportProgressStore;

/** The database's {@code child_list_import} table for unit tests: shared by trackers that stand for several nodes. */
class InMemoryImportProgressStore implements ImportProgressStore {

    private final Map<String, Saved> uploads = new LinkedHashMap<>();
    private int saves;

    @Override
    public synchronized void save(ImportProgress progress, Instant savedAt) {
        uploads.put(progress.importId(), new Saved(progress, savedAt));
        saves++;
    }

    @Override
    public synchronized void finish(ImportProgress progress, Instant savedAt) {
        save(progress, savedAt);
        uploads.values().removeIf(s -> s.progress().inspectionId().equals(progress.inspectionId())
                && s.progress().listId().equals(progress.listId()) && s.progress().state() != ImportState.RUNNING
                && !s.progress().importId().equals(progress.importId()));
    }

    @Override
    public synchronized List<Saved> uploads(String inspectionId, String listId) {
        List<Saved> found = new ArrayList<>(uploads.values().stream()
                .filter(s -> s.progress().inspectionId().equals(inspectionId) && s.progress().listId().equals(listId))
                .toList());
        found.sort(Comparator.comparing(s -> s.progress().startedAt()));
        return found;
    }

    @Override
    public synchronized List<Saved> recent(int limit) {
        List<Saved> found = new ArrayList<>(uploads.values());
        found.sort(Comparator.comparing((Saved s) -> s.progress().startedAt()).reversed());
        return found.subList(0, Math.min(limit, found.size()));
    }

    /** Saves so far, of any upload. */
    synchronized int saves() {
        return saves;
    }

    /** Uploads kept, of every list. */
    synchronized int size() {
        return uploads.size();
    }
}
