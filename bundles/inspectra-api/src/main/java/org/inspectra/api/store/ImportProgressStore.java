package org.inspectra.api.store;

import java.time.Instant;
import java.util.List;

import org.inspectra.api.childdata.ImportProgress;

/**
 * The progress of child-level list uploads, kept in the database so that every node answers for an upload any node
 * runs, and a finished upload's outcome survives a restart. Writes are the uploading node's: when an upload starts,
 * every second or so while it runs, and when it finishes; each is a transaction of its own, outside the upload's.
 */
public interface ImportProgressStore {

    /**
     * An upload's progress as last saved.
     *
     * @param progress the snapshot
     * @param savedAt  when the node running the upload saved it: a running upload not saved for a while has lost its
     *                 node
     */
    record Saved(ImportProgress progress, Instant savedAt) {
    }

    /** Saves the upload's progress as it stands now, inserting it the first time. */
    void save(ImportProgress progress, Instant savedAt);

    /**
     * Saves a finished upload and forgets the list's earlier finished ones, so a list keeps its running uploads and
     * its last finished one.
     */
    void finish(ImportProgress progress, Instant savedAt);

    /** The list's uploads still kept: those running (or last seen running) and the last finished one. */
    List<Saved> uploads(String inspectionId, String listId);
}
