package org.inspectra.api.framework;

/** DOMAIN.md, "best fit": the platform enforces a framework's hard rules and shows its soft ones. */
public enum RuleStrength {
    /** Refuses the grade (422 with a violation naming the rule and its paragraph). */
    HARD,
    /** Warns; the team may accept it with a rationale. */
    SOFT
}
