package org.inspectra.core.selection;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.inspectra.api.error.InvalidInputException;
import org.inspectra.api.error.NotFoundException;
import org.inspectra.api.error.RuleViolationException;
import org.inspectra.api.error.TooLargeException;
import org.inspectra.api.error.Violation;
import org.inspectra.api.framework.SelectionRule;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.security.Caller;
import org.inspectra.api.selection.Balancing;
import org.inspectra.api.selection.ProposedChild;
import org.inspectra.api.selection.Selection;
import org.inspectra.api.selection.SelectionInput;
import org.inspectra.api.selection.SelectionProposal;
import org.inspectra.api.selection.SelectionService;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.ChildListStore;
import org.inspectra.api.store.SelectionStore;
import org.inspectra.core.inspection.InspectionAccess;
import org.inspectra.core.inspection.InspectionLookup;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The selection engine: runs the pinned framework version's rule for a stage over the inspection's child-level lists
 * (the pinned deep-dive theme's among them) and keeps what the lead inspector accepts. Without a seed, the seed is
 * fixed by the inspection and the stage, so asking twice gives the same proposal until the lists change. The engine
 * adds the proposal's balance, counted from the rows the rule read ({@link CohortBalance}).
 */
@Component(service = SelectionService.class)
public final class StoredSelectionService implements SelectionService {

    /** The reason a child added by the lead inspector carries when none is given. */
    static final String LEAD_CHOICE = "chosen by the lead inspector (000 §151)";

    private static final Balancing BALANCING = new FactorBalancing();

    /**
     * The longest a proposal may read the lists for. A proposal reads every row of the lists its rule names; under load
     * a large inspection's took 20 seconds, holding a request thread and a connection all along. Past the bound the
     * proposal is refused (413) rather than left to run.
     */
    static final Duration MAX_READING = Duration.ofSeconds(10);

    private final InspectionLookup lookup;
    private final ChildListStore lists;
    private final SelectionStore store;
    private final Clock clock;

    @Activate
    public StoredSelectionService(@Reference InspectionLookup lookup, @Reference ChildListStore lists,
                                  @Reference SelectionStore store) {
        this(lookup, lists, store, Clock.systemUTC());
    }

    StoredSelectionService(InspectionLookup lookup, ChildListStore lists, SelectionStore store, Clock clock) {
        this.lookup = lookup;
        this.lists = lists;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public SelectionProposal propose(String inspectionId, String stage, Integer size, Long seed, Caller caller) {
        Inspection inspection = lookup.inspection(inspectionId);
        InspectionAccess.requireTeam(inspection, caller);
        SelectionRule rule = rule(inspection, stage);
        if (size != null && size < 1) {
            throw new InvalidInputException("Ask for at least one child", List.of(new Violation("size", "too-small",
                    "at least 1")));
        }
        long used = seed != null ? seed : defaultSeed(inspectionId, stage);
        InspectionLookup.Pinned pinned = lookup.pinned(inspection);
        Map<String, List<String>> accepted = new HashMap<>();
        for (SelectionRule any : pinned.framework().selectionRules()) {
            store.find(inspectionId, any.stage()).ifPresent(s -> accepted.put(s.stage(),
                    s.children().stream().map(ProposedChild::childId).toList()));
        }
        Instant deadline = clock.instant().plus(MAX_READING);
        CohortBalance balance = new CohortBalance(BALANCING, inspection.notifiedOn());
        SelectionProposal proposal = rule.propose(new SelectionInput(size, used,
                (listId, consumer) -> lists.forEachRow(inspectionId, listId, row -> {
                    if (clock.instant().isAfter(deadline)) {
                        throw new TooLargeException("The lists took longer than " + MAX_READING.toSeconds()
                                + " seconds to read for this selection; ask again when the server is less busy, or "
                                + "for a smaller stage");
                    }
                    balance.observe(row);
                    consumer.accept(row);
                }), accepted,
                pinned.installedTheme().orElse(null), inspection.notifiedOn(), BALANCING));
        return proposal.withBalance(balance.counts(proposal.children()));
    }

    @Override
    public Selection accept(String inspectionId, String stage, List<ProposedChild> children, Caller caller) {
        Inspection inspection = lookup.inspection(inspectionId);
        InspectionAccess.requireLead(inspection, caller);
        InspectionAccess.requireOpen(inspection);
        rule(inspection, stage);
        List<ProposedChild> accepted = acceptable(inspectionId, children, lists);
        Selection selection = new Selection(stage, accepted, caller.user(), clock.instant());
        return store.save(inspectionId, selection, new AuditEntry(clock.instant(), caller.user(), "selection.accepted",
                "inspection/" + inspectionId + "/selections/" + stage, null, accepted.size() + " children"));
    }

    @Override
    public Optional<Selection> accepted(String inspectionId, String stage, Caller caller) {
        Inspection inspection = lookup.inspection(inspectionId);
        InspectionAccess.requireTeam(inspection, caller);
        return store.find(inspectionId, stage);
    }

    private SelectionRule rule(Inspection inspection, String stage) {
        List<SelectionRule> rules = lookup.pinned(inspection).framework().selectionRules();
        return rules.stream().filter(r -> r.stage().equals(stage)).findFirst()
                .orElseThrow(() -> new NotFoundException("The framework " + inspection.framework()
                        + " has no selection rule for the stage " + stage + (rules.isEmpty() ? "" : "; its stages: "
                        + String.join(", ", rules.stream().map(SelectionRule::stage).toList()))));
    }

    /**
     * The lead's choice as it will be kept: every child once, on at least one of the inspection's lists, with a
     * reason (the lead's own where none is given).
     *
     * @throws RuleViolationException where a child is unknown or twice in the choice
     */
    static List<ProposedChild> acceptable(String inspectionId, List<ProposedChild> children, ChildListStore lists) {
        if (children.isEmpty()) {
            throw new InvalidInputException("Accept at least one child", List.of(new Violation("children",
                    "required", "at least one child")));
        }
        List<Violation> refused = new ArrayList<>();
        List<ProposedChild> accepted = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < children.size(); i++) {
            ProposedChild child = children.get(i);
            String field = "children[" + i + "].childId";
            if (child.childId() == null || child.childId().isBlank()) {
                refused.add(new Violation(field, "required", "the child unique ID"));
            } else if (!seen.add(child.childId())) {
                refused.add(new Violation(field, "duplicate-child", "the child is in the selection twice"));
            } else if (lists.rowsOfChild(inspectionId, child.childId()).isEmpty()) {
                refused.add(new Violation(field, "unknown-child", "the child is on none of the inspection's "
                        + "child-level lists"));
            } else {
                String reason = child.reason() == null || child.reason().isBlank() ? LEAD_CHOICE : child.reason();
                accepted.add(new ProposedChild(child.childId(), reason));
            }
        }
        if (!refused.isEmpty()) {
            throw new RuleViolationException("The selection names children it cannot take", refused);
        }
        return accepted;
    }

    /** A seed fixed by the inspection and stage. */
    static long defaultSeed(String inspectionId, String stage) {
        return UUID.nameUUIDFromBytes((inspectionId + "/" + stage).getBytes(StandardCharsets.UTF_8))
                .getMostSignificantBits();
    }
}
