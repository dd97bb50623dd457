package org.inspectra.api.document;

import java.util.List;

import org.inspectra.api.security.Caller;

/**
 * The numbered documents an inspection asks the local authority for (Annex A), as a checklist the authority marks
 * supplied. Which documents are asked for follows from the pinned framework version and from what runs beside the
 * inspection (a SIF inspection with a concurrent LSCB review asks for 4.01-4.10 instead of 1.11-1.14).
 */
public interface DocumentChecklistService {

    /** The checklist, in the framework's order; for the team and the authority's link people. */
    List<ChecklistItem> checklist(String inspectionId, Caller caller);

    /**
     * Marks a document supplied (or, with {@code supplied} false, not supplied after all); the authority's link
     * people only.
     */
    ChecklistItem mark(String inspectionId, String number, boolean supplied, String note, Caller caller);
}
