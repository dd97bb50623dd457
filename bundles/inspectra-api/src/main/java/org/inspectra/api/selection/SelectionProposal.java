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
 * @param balance  the balance of the proposal against the children it was chosen from, by factor and value (the
 *                 selection engine counts it from the rows the rule read; empty as a rule returns it)
 */
public record SelectionProposal(String stage, String source, long seed, List<ProposedChild> children,
                                List<RuleCheck> rules, List<BalanceCount> balance) {
    public SelectionProposal {
        children = List.copyOf(children);
        rules = List.copyOf(rules);
        balance = List.copyOf(balance);
    }

    /** A rule's proposal, before the engine counts its balance. */
    public SelectionProposal(String stage, String source, long seed, List<ProposedChild> children,
                             List<RuleCheck> rules) {
        this(stage, source, seed, children, rules, List.of());
    }

    /** This proposal with its balance. */
    public SelectionProposal withBalance(List<BalanceCount> counts) {
        return new SelectionProposal(stage, source, seed, children, rules, counts);
    }
}
