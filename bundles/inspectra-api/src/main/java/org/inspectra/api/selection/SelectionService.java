package org.inspectra.api.selection;

import java.util.List;
import java.util.Optional;

import org.inspectra.api.security.Caller;

/** Proposals from the pinned framework's selection rules, and the selections the lead inspector accepts. */
public interface SelectionService {

    /**
     * Proposes children for one stage; the inspection's team and administrators may ask.
     *
     * @param size the number wanted, or {@code null} for the rule's own
     * @param seed the seed, or {@code null} for one fixed by the inspection and stage
     * @throws org.inspectra.api.error.NotFoundException      where the framework has no rule for the stage
     * @throws org.inspectra.api.error.RuleViolationException where the size is outside what the rule allows
     */
    SelectionProposal propose(String inspectionId, String stage, Integer size, Long seed, Caller caller);

    /**
     * Stores the lead inspector's choice for a stage in place of any earlier one.
     *
     * @throws org.inspectra.api.error.RuleViolationException where a child is on none of the inspection's lists
     */
    Selection accept(String inspectionId, String stage, List<ProposedChild> children, Caller caller);

    /** The selection accepted for a stage, if any. */
    Optional<Selection> accepted(String inspectionId, String stage, Caller caller);
}
