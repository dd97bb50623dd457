package org.inspectra.api.framework;

import org.inspectra.api.selection.SelectionInput;
import org.inspectra.api.selection.SelectionProposal;

/**
 * A framework's rule for choosing the children inspectors track at one stage of an inspection (for example ILACS
 * {@code 000 §150}). A rule must be deterministic: the same lists and seed give the same proposal.
 */
public interface SelectionRule {

    /** The stage this rule proposes for, kebab-case (e.g. {@code cohort}, {@code before-fieldwork}). */
    String stage();

    /** The seed paragraph the rule implements. */
    String source();

    /**
     * Proposes children from the inspection's lists.
     *
     * @throws org.inspectra.api.error.RuleViolationException where the size asked for is outside what the rule allows
     */
    SelectionProposal propose(SelectionInput input);
}
