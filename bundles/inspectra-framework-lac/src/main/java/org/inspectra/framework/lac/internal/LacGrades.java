package org.inspectra.framework.lac.internal;

import java.util.List;

import org.inspectra.api.framework.Grade;

/**
 * The four-point scale of the looked after children inspection ({@code 002 §18}), best grade first. Its third point
 * is "Adequate": this framework has no "requires improvement".
 */
final class LacGrades {

    static final String OUTSTANDING = "outstanding";
    static final String GOOD = "good";
    static final String ADEQUATE = "adequate";
    static final String INADEQUATE = "inadequate";

    /** 002 §18: "Inspectors will make judgements against the evaluation schedules using a four-point scale." */
    static final List<Grade> SCALE = List.of(
            new Grade(OUTSTANDING, "Outstanding"),
            new Grade(GOOD, "Good"),
            new Grade(ADEQUATE, "Adequate"),
            new Grade(INADEQUATE, "Inadequate"));

    private LacGrades() {
    }
}
