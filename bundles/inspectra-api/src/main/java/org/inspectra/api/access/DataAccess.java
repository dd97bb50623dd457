package org.inspectra.api.access;

import java.time.Instant;
import java.util.Locale;

/**
 * One read of children's data.
 *
 * @param at           when
 * @param user         who
 * @param inspectionId which inspection
 * @param kind         what was read
 * @param subject      the child unique ID or the list id read, or {@code null} for the data-quality findings of all
 *                     lists
 */
public record DataAccess(Instant at, String user, String inspectionId, Kind kind, String subject) {

    /** What was read. */
    public enum Kind {
        /** A child's rows across the lists ({@code GET …/children/{childId}}); the subject is the child. */
        CHILD,
        /** A child's chronology; the subject is the child. */
        CHRONOLOGY,
        /** A list's rows, filtered or not; the subject is the list. */
        LIST_ROWS,
        /** The data-quality findings of every list, in any format. */
        DATA_QUALITY;

        /** Kebab-case id used in the API ({@code list-rows}). */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
