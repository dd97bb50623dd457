package org.inspectra.api.selection;

import java.util.List;

/**
 * What a selection rule proposes (API.md, {@code POST /inspections/{id}/selections}).
 *
 * @param stage    the stage of the inspection the selection is for
 * @param source   the seed paragraph of the rule
 * @param seed     the seed used, to reproduce the proposal
 * @param children the children proposed, each with its reason
 * @param rules    each constraint of the rule and whether the proposal meets it
 */
public record SelectionProposal(String stage, String source, long seed, List<ProposedChild> children,
                                List<RuleCheck> rules) {
    public SelectionProposal {
        children = List.copyOf(children);
        rules = List.copyOf(rules);
    }
}
