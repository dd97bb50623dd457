package org.inspectra.framework.lac.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.inspectra.api.childdata.ChildRow;
import org.inspectra.api.error.RuleViolationException;
import org.inspectra.api.selection.Balancing;
import org.inspectra.api.selection.ProposedChild;
import org.inspectra.api.selection.RuleCheck;
import org.inspectra.api.selection.SelectionInput;
import org.inspectra.api.selection.SelectionProposal;
import org.inspectra.core.selection.FactorBalancing;
import org.junit.jupiter.api.Test;

/** 002 §30: eight cases with three care leavers before fieldwork, then a further twelve with four. */
class CaseSelectionRuleTest {

    private static final Balancing BALANCING = new FactorBalancing();

    private final List<ChildRow> list = new ArrayList<>();

    @Test
    void proposesEightCasesWithThreeCareLeaversBeforeFieldwork() {
        cases(30, 6);
        SelectionProposal proposal = rule(CaseSelection.PRE_FIELDWORK).propose(input(null, Map.of()));

        assertThat(proposal.children()).hasSize(8);
        assertThat(proposal.children().stream().filter(c -> c.reason().startsWith("care leaver"))).hasSize(3);
        assertThat(proposal.rules()).allMatch(RuleCheck::met);
        assertThat(ids(rule(CaseSelection.PRE_FIELDWORK).propose(input(null, Map.of()))))
                .isEqualTo(ids(proposal));
    }

    @Test
    void aFurtherTwelveAtFieldworkLeaveOutTheCasesAlreadyAccepted() {
        cases(30, 10);
        List<String> before = ids(rule(CaseSelection.PRE_FIELDWORK).propose(input(null, Map.of())));
        SelectionProposal proposal = rule(CaseSelection.FIELDWORK).propose(input(null,
                Map.of(CaseSelection.PRE_FIELDWORK, before)));

        assertThat(proposal.children()).hasSize(12);
        assertThat(ids(proposal)).doesNotContainAnyElementsOf(before);
        assertThat(proposal.rules()).extracting(RuleCheck::id, RuleCheck::met).containsExactly(
                org.assertj.core.groups.Tuple.tuple("minimum-cases", true),
                org.assertj.core.groups.Tuple.tuple("minimum-care-leavers", true),
                org.assertj.core.groups.Tuple.tuple("distinct-from-pre-fieldwork", true));
    }

    @Test
    void saysWhenTooFewCareLeaversAreOnTheListAndRefusesFewerCasesThanTheSeedAsks() {
        cases(20, 1);
        SelectionProposal proposal = rule(CaseSelection.PRE_FIELDWORK).propose(input(10, Map.of()));
        assertThat(proposal.children()).hasSize(10);
        assertThat(proposal.rules()).filteredOn(r -> r.id().equals("minimum-care-leavers")).singleElement()
                .satisfies(r -> assertThat(r.met()).isFalse());
        assertThatThrownBy(() -> rule(CaseSelection.PRE_FIELDWORK).propose(input(7, Map.of())))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("at least 8");
    }

    private void cases(int count, int careLeavers) {
        for (int i = 0; i < count; i++) {
            list.add(new ChildRow(i + 2, "L" + i, Map.of("child-id", "L" + i, "care-leaver",
                    i < careLeavers ? "Y" : "N")));
        }
    }

    private static CaseSelectionRule rule(String stage) {
        return new CaseSelectionRule(CaseSelection.stage(stage).orElseThrow());
    }

    private SelectionInput input(Integer size, Map<String, List<String>> accepted) {
        return new SelectionInput(size, 11L, this::forEachRow, accepted, null, null, BALANCING);
    }

    private void forEachRow(String listId, Consumer<ChildRow> consumer) {
        if (listId.equals(LacChildLists.LOOKED_AFTER_CHILDREN)) {
            list.forEach(consumer);
        }
    }

    private static List<String> ids(SelectionProposal proposal) {
        return proposal.children().stream().map(ProposedChild::childId).toList();
    }
}
