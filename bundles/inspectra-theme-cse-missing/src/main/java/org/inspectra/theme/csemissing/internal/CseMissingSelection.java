package org.inspectra.theme.csemissing.internal;

import java.util.List;

import org.inspectra.api.theme.SelectionHint;

/**
 * How the lead inspector chooses the 20 children and then the five to seven ({@code 003 §21}) from the deep-dive
 * list: the balance §54 asks of every targeted inspection, the local context the DCS may give (§20), and the children
 * ILACS asks to have highlighted on this list ({@code 000} Annex A 2.02).
 */
final class CseMissingSelection {

    static final List<SelectionHint> HINTS = List.of(
            new SelectionHint("both-missing-and-at-risk", "highlight those that are both missing and at risk of "
                    + "sexual exploitation", "000 §258 (Annex A 2.02)"),
            new SelectionHint("balance", "age, gender, disability and ethnicity", "003 §54"),
            new SelectionHint("stages-of-involvement", "children and young people at different stages of involvement "
                    + "with public services", "003 §54"),
            new SelectionHint("local-context", "any contextual issues specific to the local area in relation to the "
                    + "deep dive theme", "003 §54, §20"));

    private CseMissingSelection() {
    }
}
