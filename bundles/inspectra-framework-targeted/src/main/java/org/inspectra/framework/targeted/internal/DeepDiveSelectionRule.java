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
import org.inspectra.api.selection.Balancing;
import org.inspectra.api.selection.ChildProfile;
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
record DeepDiveSelectionRule(ChildSelection.Stage definition) implements SelectionRule {

    @Override
    public String stage() {
        return definition.id();
    }

    @Override
    public String source() {
        return definition.source();
    }

    @Override
    public SelectionProposal propose(SelectionInput input) {
        CountRange range = definition.children();
        int size = input.size() == null ? range.max() : input.size();
        if (!range.contains(size)) {
            throw new RuleViolationException(definition.source() + ": " + definition.activity() + " ("
                    + (range.min() == range.max() ? range.min() : range.min() + " to " + range.max()) + " children)");
        }
        String list = deepDiveList(input);
        Balancing balancing = input.balancing();
        Map<String, ChildProfile> onList = new LinkedHashMap<>();
        input.lists().forEachRow(list, row -> {
            if (row.childId() != null) {
                onList.putIfAbsent(row.childId(), balancing.profile(row, input.asAt()));
            }
        });
        List<ChildProfile> candidates = new ArrayList<>();
        String from;
        if (definition.from().equals(TargetedChildLists.DEEP_DIVE_CHILDREN)) {
            candidates.addAll(onList.values());
            from = "the deep-dive list " + list;
        } else {
            List<String> earlier = input.accepted().get(definition.from());
            if (earlier == null) {
                throw new ConflictException(definition.source() + ": the " + definition.id() + " children are chosen "
                        + "from the accepted " + definition.from() + " selection, and none is accepted yet");
            }
            earlier.forEach(id -> candidates.add(onList.getOrDefault(id, ChildProfile.unknown(id))));
            from = "the accepted " + definition.from() + " selection";
        }
        Collections.shuffle(candidates, new Random(input.seed()));
        List<ChildProfile> chosen = balancing.choose(candidates, List.of(), size);

        String why = definition.activity() + " (" + definition.source() + "); balanced by age, gender, disability "
                + "and ethnicity (003 §54)";
        List<ProposedChild> children = chosen.stream().map(p -> new ProposedChild(p.childId(), why)).toList();
        ChildSelection.Factor balance = ChildSelection.BALANCE.get(0);
        List<RuleCheck> rules = List.of(
                new RuleCheck("children", definition.activity(), range.contains(children.size()), children.size()
                        + " proposed of " + candidates.size() + " in " + from),
                new RuleCheck("from-" + definition.from(), "the children come from " + from, true, candidates.size()
                        + " candidates"),
                balancing.check(balance.id(), balance.text() + " (003 §54)", candidates, chosen));
        return new SelectionProposal(definition.id(), definition.source(), input.seed(), children, rules);
    }

    /** The pinned theme's child list, or the framework's where the inspection has no theme. */
    static String deepDiveList(SelectionInput input) {
        return input.theme() != null ? input.theme().childList().id()
                : TargetedChildLists.DEEP_DIVE_CHILDREN;
    }
}
