package org.inspectra.api.childdata;

import java.util.Locale;

/** Where one upload of a list stands. */
public enum ImportState {
    /** Being read and checked; the list is not yet replaced. */
    RUNNING,
    /** Read and stored: the list is replaced. */
    COMPLETED,
    /** Refused as a whole (unreadable, too large, headings or rows against the specification): the list is unchanged. */
    REFUSED,
    /** Broken off by the server (the database, say), not by the upload: the list is unchanged. */
    FAILED;

    /** Lower-case id used in the API ({@code running}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
