package org.inspectra.framework.targeted.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.inspectra.api.error.ConflictException;
import org.inspectra.api.error.RuleViolationException;
import org.inspectra.api.framework.SelectionRule;
import org.inspectra.api.selection.Balance;
import org.inspectra.api.selection.ProposedChild;
import org.inspectra.api.selection.RuleCheck;
import org.inspectra.api.selection.SelectionInput;
import org.inspectra.api.selection.SelectionProposal;

/**
 * One stage of {@link ChildSelection}: 20 children from the deep-dive list by day 1, then five to seven of the
 * accepted 20 by day 2 ({@code 003 §21}), each group balanced by age, gender, disability and ethnicity (§54) where the
 * list has those columns. The deep-dive list is the pinned theme's own where the inspection has a theme, else the
 * framework's {@code deep-dive-children}. Candidates are shuffled by the seed, which settles the balance's ties.
 */
final class DeepDiveSelectionRule implements SelectionRule {

    private final ChildSelection.Stage stage;

    DeepDiveSelectionRule(ChildSelection.Stage stage) {
        this.stage = stage;
    }

    @Override
    public String stage() {
        return stage.id();
    }

    @Override
    public String source() {
        return stage.source();
    }

    @Override
    public SelectionProposal propose(SelectionInput input) {
        CountRange range = stage.children();
        int size = input.size() == null ? range.max() : input.size();
        if (!range.contains(size)) {
            throw new RuleViolationException(stage.source() + ": " + stage.activity() + " (" + (range.min()
                    == range.max() ? range.min() : range.min() + " to " + range.max()) + " children)");
        }
        String list = deepDiveList(input);
        Map<String, Balance.Profile> onList = new LinkedHashMap<>();
        input.lists().forEachRow(list, row -> {
            if (row.childId() != null) {
                onList.putIfAbsent(row.childId(), Balance.Profile.of(row, input.asAt()));
            }
        });
        List<Balance.Profile> candidates = new ArrayList<>();
        String from;
        if (stage.from().equals(TargetedChildLists.DEEP_DIVE_CHILDREN)) {
            candidates.addAll(onList.values());
            from = "the deep-dive list " + list;
        } else {
            List<String> earlier = input.accepted().get(stage.from());
            if (earlier == null) {
                throw new ConflictException(stage.source() + ": the " + stage.id() + " children are chosen from the "
                        + "accepted " + stage.from() + " selection, and none is accepted yet");
            }
            earlier.forEach(id -> candidates.add(onList.getOrDefault(id, Balance.Profile.unknown(id))));
            from = "the accepted " + stage.from() + " selection";
        }
        Collections.shuffle(candidates, new Random(input.seed()));
        List<Balance.Profile> chosen = Balance.choose(candidates, List.of(), size);

        String why = stage.activity() + " (" + stage.source() + "); balanced by age, gender, disability and "
                + "ethnicity (003 §54)";
        List<ProposedChild> children = chosen.stream().map(p -> new ProposedChild(p.childId(), why)).toList();
        ChildSelection.Factor balance = ChildSelection.BALANCE.get(0);
        List<RuleCheck> rules = List.of(
                new RuleCheck("children", stage.activity(), range.contains(children.size()), children.size()
                        + " proposed of " + candidates.size() + " in " + from),
                new RuleCheck("from-" + stage.from(), "the children come from " + from, true, candidates.size()
                        + " candidates"),
                Balance.check(balance.id(), balance.text() + " (003 §54)", candidates, chosen));
        return new SelectionProposal(stage.id(), stage.source(), input.seed(), children, rules);
    }

    /** The pinned theme's child list, or the framework's where the inspection has no theme. */
    static String deepDiveList(SelectionInput input) {
        return input.theme() != null ? input.theme().childList().id()
                : TargetedChildLists.DEEP_DIVE_CHILDREN;
    }
}
