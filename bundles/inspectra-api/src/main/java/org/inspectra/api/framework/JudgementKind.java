package org.inspectra.api.framework;

import java.util.Locale;

/** How a judgement stands in its framework (API.md, Frameworks). */
public enum JudgementKind {
    /** Overall effectiveness, derived from the key judgements. */
    OVERALL,
    /** A key judgement that feeds the overall one. */
    KEY,
    /** A graded judgement that sits inside a key judgement (SIF adoption, care leavers). */
    GRADED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
