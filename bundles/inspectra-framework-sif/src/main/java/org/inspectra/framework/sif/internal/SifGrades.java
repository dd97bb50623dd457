package org.inspectra.framework.sif.internal;

import java.util.List;

import org.inspectra.api.framework.Grade;

/** The four-point scale of SIF judgements ({@code 004 §18}), best grade first, ids fixed by API.md. */
final class SifGrades {

    static final String OUTSTANDING = "outstanding";
    static final String GOOD = "good";
    static final String REQUIRES_IMPROVEMENT = "requires-improvement";
    static final String INADEQUATE = "inadequate";

    /**
     * 004 §18: "outstanding, good, requires improvement, inadequate". Titles are capitalised as the seed's descriptor
     * headings print them ("Outstanding", "Requires improvement", "Inadequate"); unlike ILACS, the 2015 scale does not
     * say "requires improvement to be good".
     */
    static final List<Grade> SCALE = List.of(
            new Grade(OUTSTANDING, "Outstanding"),
            new Grade(GOOD, "Good"),
            new Grade(REQUIRES_IMPROVEMENT, "Requires improvement"),
            new Grade(INADEQUATE, "Inadequate"));

    private SifGrades() {
    }

    /** Whether {@code grade} sits below good on the scale (requires improvement or inadequate). */
    static boolean belowGood(String grade) {
        return REQUIRES_IMPROVEMENT.equals(grade) || INADEQUATE.equals(grade);
    }
}
