package org.inspectra.api.quality;

import java.util.Locale;

/** How much a finding matters. Neither rejects a row the import accepted. */
public enum Severity {
    /** The data contradicts itself or the seed: it cannot all be right. */
    ERROR,
    /** The data may be right but is worth checking with the local authority. */
    WARNING;

    /** Lower-case id used in the API ({@code error}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
