package org.inspectra.framework.targeted.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.inspectra.api.childdata.ChildRow;
import org.inspectra.api.error.ConflictException;
import org.inspectra.api.error.RuleViolationException;
import org.inspectra.api.framework.ChildListSpec;
import org.inspectra.api.selection.Balancing;
import org.inspectra.api.selection.ProposedChild;
import org.inspectra.api.selection.RuleCheck;
import org.inspectra.api.selection.SelectionInput;
import org.inspectra.api.selection.SelectionProposal;
import org.inspectra.api.theme.ThemeDefinition;
import org.inspectra.core.selection.FactorBalancing;
import org.junit.jupiter.api.Test;

/** 003 §21: 20 children from the deep-dive list, then five to seven of the accepted 20, balanced as §54 asks. */
class DeepDiveSelectionRuleTest {

    private static final Balancing BALANCING = new FactorBalancing();

    private static final String THEME_LIST = "a-theme-children";
    private static final LocalDate NOTIFIED = LocalDate.of(2016, 3, 1);

    private final Map<String, List<ChildRow>> lists = new HashMap<>();

    @Test
    void theFrameworkRegistersBothStages() {
        assertThat(new TargetedFramework().selectionRules()).extracting(r -> r.stage())
                .containsExactly("deep-dive-20", "la-evaluation");
    }

    @Test
    void proposesTwentyFromThePinnedThemesListBalancedAndReproducibly() {
        children(THEME_LIST, 60);
        SelectionProposal proposal = rule(ChildSelection.DEEP_DIVE_20).propose(input(null, Map.of(), 5L));

        assertThat(proposal.children()).hasSize(20).extracting(ProposedChild::childId).doesNotHaveDuplicates()
                .allMatch(id -> id.startsWith("T"));
        assertThat(proposal.rules()).allMatch(RuleCheck::met);
        assertThat(proposal.rules()).filteredOn(r -> r.id().equals("age-gender-disability-ethnicity"))
                .singleElement().satisfies(r -> assertThat(r.detail()).contains("gender {female=", "male=")
                        .contains("age {0-4=").contains("disability {N=", "Y="));
        assertThat(ids(rule(ChildSelection.DEEP_DIVE_20).propose(input(null, Map.of(), 5L)))).isEqualTo(ids(proposal));
        assertThat(ids(rule(ChildSelection.DEEP_DIVE_20).propose(input(null, Map.of(), 6L))))
                .isNotEqualTo(ids(proposal));
    }

    @Test
    void aBalancedGroupTakesEveryValueTheListHas() {
        children(THEME_LIST, 60);
        List<String> ids = ids(rule(ChildSelection.DEEP_DIVE_20).propose(input(null, Map.of(), 1L)));
        List<ChildRow> chosen = lists.get(THEME_LIST).stream().filter(r -> ids.contains(r.childId())).toList();

        assertThat(chosen).extracting(r -> r.value("ethnicity")).containsOnly("a", "b", "c", "d", "e")
                .contains("a", "b", "c", "d", "e");
    }

    @Test
    void withoutAThemeTheFrameworksOwnListIsRead() {
        children(TargetedChildLists.DEEP_DIVE_CHILDREN, 25);
        SelectionProposal proposal = rule(ChildSelection.DEEP_DIVE_20).propose(
                new SelectionInput(null, 3L, this::forEachRow, Map.of(), null, null, BALANCING));

        assertThat(proposal.children()).hasSize(20);
        assertThat(proposal.rules()).filteredOn(r -> r.id().equals("children")).singleElement()
                .satisfies(r -> assertThat(r.detail()).contains("deep-dive-children"));
    }

    @Test
    void tooShortAListIsProposedWholeAndReportedUnmet() {
        children(THEME_LIST, 12);
        SelectionProposal proposal = rule(ChildSelection.DEEP_DIVE_20).propose(input(null, Map.of(), 1L));

        assertThat(proposal.children()).hasSize(12);
        assertThat(proposal.rules()).filteredOn(r -> r.id().equals("children")).singleElement()
                .satisfies(r -> assertThat(r.met()).isFalse());
    }

    @Test
    void theLocalAuthorityEvaluatesFiveToSevenOfTheAcceptedTwenty() {
        children(THEME_LIST, 60);
        List<String> twenty = ids(rule(ChildSelection.DEEP_DIVE_20).propose(input(null, Map.of(), 2L)));
        Map<String, List<String>> accepted = Map.of(ChildSelection.DEEP_DIVE_20, twenty);

        SelectionProposal proposal = rule(ChildSelection.LA_EVALUATION).propose(input(null, accepted, 2L));
        assertThat(proposal.children()).hasSize(7).extracting(ProposedChild::childId).isSubsetOf(twenty);
        assertThat(proposal.rules()).allMatch(RuleCheck::met);
        assertThat(rule(ChildSelection.LA_EVALUATION).propose(input(5, accepted, 2L)).children()).hasSize(5)
                .extracting(ProposedChild::childId).isSubsetOf(twenty);
    }

    @Test
    void theSizesOutsideTheSeedAreRefused() {
        children(THEME_LIST, 60);
        assertThatThrownBy(() -> rule(ChildSelection.DEEP_DIVE_20).propose(input(19, Map.of(), 1L)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("003 §9 (table), §21");
        Map<String, List<String>> accepted = Map.of(ChildSelection.DEEP_DIVE_20, List.of("T1", "T2"));
        assertThatThrownBy(() -> rule(ChildSelection.LA_EVALUATION).propose(input(8, accepted, 1L)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("5 to 7 children");
        assertThatThrownBy(() -> rule(ChildSelection.LA_EVALUATION).propose(input(4, accepted, 1L)))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void theEvaluationWaitsForTheAcceptedTwenty() {
        children(THEME_LIST, 60);
        assertThatThrownBy(() -> rule(ChildSelection.LA_EVALUATION).propose(input(null, Map.of(), 1L)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("none is accepted yet");
    }

    /** Child i: gender alternating, disability every fourth, five ethnicities, ages 0-19 years at notification. */
    private void children(String listId, int count) {
        List<ChildRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = (listId.equals(THEME_LIST) ? "T" : "D") + i;
            rows.add(new ChildRow(i + 2, id, Map.of("child-id", id, "date-of-birth",
                    NOTIFIED.minusYears(i % 20).minusDays(1).toString(), "gender", i % 2 == 0 ? "Female" : "Male",
                    "disability", i % 4 == 0 ? "Y" : "N", "ethnicity", String.valueOf((char) ('a' + i % 5)))));
        }
        lists.put(listId, rows);
    }

    private static DeepDiveSelectionRule rule(String stage) {
        return new DeepDiveSelectionRule(ChildSelection.stage(stage).orElseThrow());
    }

    private SelectionInput input(Integer size, Map<String, List<String>> accepted, long seed) {
        ThemeDefinition theme = new ThemeDefinition("a-theme", "1.0", "A theme", "targeted", "003 Annex A",
                List.of(), new ChildListSpec(THEME_LIST, "The theme's children", "003 §19", true,
                List.of(TargetedChildLists.CHILD_ID)), List.of(), List.of());
        return new SelectionInput(size, seed, this::forEachRow, accepted, theme, NOTIFIED, BALANCING);
    }

    private void forEachRow(String listId, Consumer<ChildRow> consumer) {
        lists.getOrDefault(listId, List.of()).forEach(consumer);
    }

    private static List<String> ids(SelectionProposal proposal) {
        return proposal.children().stream().map(ProposedChild::childId).toList();
    }
}
