package org.inspectra.api.store;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The framework and theme bundles administrators deployed, kept once in the database so that every node of a cluster
 * installs them: each node installs what it lacks when it starts, when another node deploys or removes one (it is
 * told: {@link #onChange}) and on a periodic check, and uninstalls what was removed.
 */
public interface BundleArchiveStore {

    /**
     * A deployed bundle, or the mark that one was removed.
     *
     * @param symbolicName the bundle's symbolic name
     * @param version      its version, as OSGi prints it
     * @param checksum     SHA-256 of the archive, hex; {@code null} once removed
     * @param size         the archive's bytes; 0 once removed
     * @param by           who deployed (or removed) it
     * @param at           when
     * @param removed      whether it was removed: every node uninstalls it
     */
    record StoredBundle(String symbolicName, String version, String checksum, long size, String by, Instant at,
                        boolean removed) {
    }

    /** Every bundle deployed or removed, without the archives. */
    List<StoredBundle> list();

    /** Stores the archive of a deployed bundle, replacing an earlier one of the same name and version. */
    void store(StoredBundle bundle, Path archive);

    /** Marks the bundle removed (its archive dropped), so every node uninstalls it. */
    void remove(String symbolicName, String version, String by, Instant at);

    /** The archive of a stored bundle, to read once and close. */
    InputStream archive(String symbolicName, String version);

    /**
     * Calls {@code listener} soon after any node stores or removes a bundle (PostgreSQL's LISTEN/NOTIFY), from a
     * thread of the store's; on a database that has one node (Derby) it never calls. Closing the answer stops it.
     */
    AutoCloseable onChange(Runnable listener);
}
