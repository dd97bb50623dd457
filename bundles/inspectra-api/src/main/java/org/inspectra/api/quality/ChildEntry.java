package org.inspectra.api.quality;

import java.time.LocalDate;
import java.util.List;

import org.inspectra.api.childdata.ChronologyEvent;
import org.inspectra.api.framework.ChildListSpec;

/**
 * One row of a child's, as the checks across lists see it: what the row's fields mean, not all of their values
 * (memory stays small for the largest authority).
 */
public interface ChildEntry {

    /** The list the row is on. */
    ChildListSpec list();

    /** The row's number in the sheet. */
    long row();

    /** The date of the row's field with this meaning, or {@code null}. */
    LocalDate date(String meaning);

    /** The value of the row's field with this meaning, normalised as the import left it, or {@code null}. */
    String value(String meaning);

    /** The row's dated events, in the list's column order. */
    List<ChronologyEvent> events();
}
