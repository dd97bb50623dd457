package org.inspectra.framework.lscb.internal;

import java.util.List;

import org.inspectra.api.framework.Grade;

/** The four-point scale of the LSCB review ({@code 004 §37}), best grade first, ids fixed by API.md. */
final class LscbGrades {

    static final String OUTSTANDING = "outstanding";
    static final String GOOD = "good";
    static final String REQUIRES_IMPROVEMENT = "requires-improvement";
    static final String INADEQUATE = "inadequate";

    /**
     * 004 §37: "outstanding, good, requires improvement, inadequate", the scale of the SIF (§18); titles capitalised as
     * the descriptor headings print them.
     */
    static final List<Grade> SCALE = List.of(
            new Grade(OUTSTANDING, "Outstanding"),
            new Grade(GOOD, "Good"),
            new Grade(REQUIRES_IMPROVEMENT, "Requires improvement"),
            new Grade(INADEQUATE, "Inadequate"));

    private LscbGrades() {
    }
}
