package org.inspectra.framework.ilacs.internal;

import java.util.List;

import org.inspectra.api.framework.Grade;

/** The four-point scale of ILACS judgements ({@code 000 §97}), best grade first. */
final class IlacsGrades {

    static final String OUTSTANDING = "outstanding";
    static final String GOOD = "good";
    static final String REQUIRES_IMPROVEMENT = "requires-improvement";
    static final String INADEQUATE = "inadequate";

    /** 000 §97: "outstanding, good, requires improvement to be good, inadequate". */
    static final List<Grade> SCALE = List.of(
            new Grade(OUTSTANDING, "Outstanding"),
            new Grade(GOOD, "Good"),
            new Grade(REQUIRES_IMPROVEMENT, "Requires improvement to be good"),
            new Grade(INADEQUATE, "Inadequate"));

    private IlacsGrades() {
    }

    /** Whether {@code grade} sits below good on the scale (requires improvement or inadequate). */
    static boolean belowGood(String grade) {
        return REQUIRES_IMPROVEMENT.equals(grade) || INADEQUATE.equals(grade);
    }
}
