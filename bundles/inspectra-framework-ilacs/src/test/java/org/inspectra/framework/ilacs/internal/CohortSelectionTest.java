package org.inspectra.framework.ilacs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.inspectra.api.childdata.ChildRow;
import org.inspectra.api.error.RuleViolationException;
import org.inspectra.api.selection.Balancing;
import org.inspectra.api.selection.ProposedChild;
import org.inspectra.api.selection.RuleCheck;
import org.inspectra.api.selection.SelectionInput;
import org.inspectra.api.selection.SelectionProposal;
import org.inspectra.core.selection.FactorBalancing;
import org.junit.jupiter.api.Test;

/** 000 §150 over synthetic lists: who must be in the cohort, at least one of each kind, and a balance. */
class CohortSelectionTest {

    private static final Balancing BALANCING = new FactorBalancing();

    private final Map<String, List<ChildRow>> lists = new HashMap<>();
    private final CohortSelection rule = new CohortSelection();

    @Test
    void includesTheMissingASiblingGroupADelegatedProviderAndEachPlacementType() {
        for (int i = 0; i < 60; i++) {
            row("list-8", "C" + i, "gender", i % 2 == 0 ? "F" : "M", "ethnicity", i % 3 == 0 ? "WBRI" : "ASIA",
                    "age", String.valueOf(i % 18), "disability", i % 5 == 0 ? "Y" : "N",
                    "placement-type", i % 4 == 0 ? "foster" : "residential",
                    "number-of-brothers-and-sisters", i == 41 ? "5" : "1",
                    "number-of-episodes-the-child-has-been-missing", i == 17 || i == 23 ? "2" : "0");
        }
        row("list-6", "C50", "supported-by-delegated-provider", "Yes");
        row("list-11", "adopter", "child-placed", "Y");

        SelectionProposal proposal = rule.propose(input(10, 42L));

        assertThat(proposal.children()).hasSize(10);
        assertThat(proposal.children()).extracting(ProposedChild::childId).contains("C17", "C23", "C41", "C50")
                .doesNotHaveDuplicates().doesNotContain("adopter");
        assertThat(proposal.children().get(0).reason()).startsWith("Missing, or at risk of abuse or exploitation")
                .contains("(000 §150); on list").contains("8").hasSizeLessThan(120);
        assertThat(proposal.rules()).extracting(RuleCheck::id).containsExactly("age-gender-disability-ethnicity",
                "abuse-exploitation-missing", "type-of-placement", "large-sibling-group", "delegated-provider");
        assertThat(proposal.rules()).allMatch(RuleCheck::met, "every factor met");
    }

    @Test
    void aReasonNamesTheListsAChildIsOnInWords() {
        assertThat(CohortSelection.lists(List.of("list-8"))).isEqualTo("list 8");
        assertThat(CohortSelection.lists(List.of("list-1", "list-3", "list-8"))).isEqualTo("lists 1, 3 and 8");
    }

    @Test
    void theSameListsAndSeedGiveTheSameCohortAndAnotherSeedMayNot() {
        for (int i = 0; i < 200; i++) {
            row("list-3", "C" + i, "gender", i % 2 == 0 ? "F" : "M");
        }
        List<String> first = ids(rule.propose(input(8, 7L)));
        assertThat(ids(rule.propose(input(8, 7L)))).isEqualTo(first);
        assertThat(ids(rule.propose(input(8, 8L)))).isNotEqualTo(first);
        assertThat(rule.propose(input(null, 7L)).children())
                .hasSize(CohortSelection.DEFAULT_SIZE);
    }

    @Test
    void balancesGenderAndSaysWhatTheListsDoNotRecord() {
        for (int i = 0; i < 30; i++) {
            row("list-7", "C" + i, "gender", i < 27 ? "F" : "M");
        }
        SelectionProposal proposal = rule.propose(input(6, 1L));
        assertThat(proposal.rules()).filteredOn(r -> r.id().equals("age-gender-disability-ethnicity"))
                .singleElement().satisfies(r -> {
                    assertThat(r.met()).isTrue();
                    assertThat(r.detail()).contains("gender {f=3, m=3}");
                });
        assertThat(proposal.rules()).filteredOn(r -> !r.id().equals("age-gender-disability-ethnicity"))
                .noneMatch(RuleCheck::met);
    }

    @Test
    void refusesWithoutListsOrForAnOversizedCohort() {
        assertThatThrownBy(() -> rule.propose(input(5, 1L)))
                .isInstanceOf(RuleViolationException.class);
        row("list-1", "C1");
        assertThatThrownBy(() -> rule.propose(input(CohortSelection.MAX_SIZE + 1, 1L)))
                .isInstanceOf(RuleViolationException.class);
        assertThat(rule.propose(input(5, 1L)).children()).hasSize(1);
    }

    private void row(String list, String childId, String... fieldsAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("child-id", childId);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            values.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        List<ChildRow> rows = lists.computeIfAbsent(list, l -> new ArrayList<>());
        rows.add(new ChildRow(rows.size() + 2, list.equals("list-11") ? null : childId, values));
    }

    private void forEachRow(String list, java.util.function.Consumer<ChildRow> consumer) {
        lists.getOrDefault(list, List.of()).forEach(consumer);
    }

    private static List<String> ids(SelectionProposal proposal) {
        return proposal.children().stream().map(ProposedChild::childId).toList();
    }

    private SelectionInput input(Integer size, long seed) {
        return new SelectionInput(size, seed, this::forEachRow, Map.of(), null, null, BALANCING);
    }
}
