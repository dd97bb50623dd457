package org.inspectra.framework.lac.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.inspectra.api.error.RuleViolationException;
import org.inspectra.api.framework.SelectionRule;
import org.inspectra.api.selection.ProposedChild;
import org.inspectra.api.selection.RuleCheck;
import org.inspectra.api.selection.SelectionInput;
import org.inspectra.api.selection.SelectionProposal;

/**
 * One stage of {@code 002 §30}: at least so many cases from the list of looked after children and care leavers, at
 * least so many of them care leavers (the list's care leaver flag), none already chosen at the stage this one follows.
 * Care leavers are drawn first, then the other cases, each in an order shuffled by the seed.
 */
final class CaseSelectionRule implements SelectionRule {

    private final CaseSelection.Stage stage;

    CaseSelectionRule(CaseSelection.Stage stage) {
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
        int size = input.size() == null ? stage.minimumCases() : input.size();
        if (size < stage.minimumCases()) {
            throw new RuleViolationException(stage.source() + ": at least " + stage.minimumCases() + " cases are "
                    + stage.when());
        }
        Set<String> earlier = stage.distinctFrom() == null ? Set.of()
                : Set.copyOf(input.accepted().getOrDefault(stage.distinctFrom(), List.of()));
        Set<String> careLeavers = new TreeSet<>();
        Set<String> others = new TreeSet<>();
        input.lists().forEachRow(LacChildLists.LOOKED_AFTER_CHILDREN, row -> {
            if (row.childId() != null && !earlier.contains(row.childId())) {
                ("Y".equals(row.value("care-leaver")) ? careLeavers : others).add(row.childId());
            }
        });
        Random random = new Random(input.seed());
        List<String> leaverOrder = shuffled(careLeavers, random);
        List<String> otherOrder = shuffled(others, random);

        List<ProposedChild> chosen = new ArrayList<>();
        String why = stage.when() + " (" + stage.source() + ")";
        leaverOrder.stream().limit(Math.min(size, stage.minimumCareLeavers()))
                .forEach(id -> chosen.add(new ProposedChild(id, "care leaver " + why)));
        List<String> rest = new ArrayList<>(otherOrder);
        rest.addAll(leaverOrder.subList(chosen.size(), leaverOrder.size()));
        rest.stream().limit(size - chosen.size()).forEach(id -> chosen.add(new ProposedChild(id, why)));

        long leaversChosen = chosen.stream().filter(c -> careLeavers.contains(c.childId())).count();
        List<RuleCheck> rules = new ArrayList<>();
        rules.add(new RuleCheck("minimum-cases", "at least " + stage.minimumCases() + " cases",
                chosen.size() >= stage.minimumCases(), chosen.size() + " proposed of " + (careLeavers.size()
                + others.size()) + " on the list" + (earlier.isEmpty() ? "" : " not chosen before")));
        rules.add(new RuleCheck("minimum-care-leavers", "at least " + stage.minimumCareLeavers() + " of them care "
                + "leavers", stage.satisfiedBy(chosen.size(), (int) leaversChosen), leaversChosen
                + " care leavers proposed of " + careLeavers.size() + " available"));
        if (stage.distinctFrom() != null) {
            boolean accepted = input.accepted().containsKey(stage.distinctFrom());
            rules.add(new RuleCheck("distinct-from-" + stage.distinctFrom(), "a further selection, none of the "
                    + stage.distinctFrom() + " cases", accepted, accepted ? earlier.size() + " cases of "
                    + stage.distinctFrom() + " left out" : "no " + stage.distinctFrom() + " selection is accepted "
                    + "yet, so none could be left out"));
        }
        return new SelectionProposal(stage.id(), stage.source(), input.seed(), chosen, rules);
    }

    private static List<String> shuffled(Set<String> ids, Random random) {
        List<String> order = new ArrayList<>(ids);
        Collections.shuffle(order, random);
        return order;
    }
}
