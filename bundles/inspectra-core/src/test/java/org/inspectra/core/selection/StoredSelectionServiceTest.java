package org.inspectra.core.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.inspectra.api.childdata.ChildRow;
import org.inspectra.api.childdata.ImportResult;
import org.inspectra.api.error.InvalidInputException;
import org.inspectra.api.error.RuleViolationException;
import org.inspectra.api.error.Violation;
import org.inspectra.api.selection.ProposedChild;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.ChildListStore;
import org.junit.jupiter.api.Test;

/** What the engine makes of the lead inspector's choice, and its seeds. */
class StoredSelectionServiceTest {

    /** Children C1 and C2 are on list 8; nobody else is on any list. */
    private static final ChildListStore LISTS = new ChildListStore() {
        @Override
        public ImportResult replace(String inspectionId, String listId, RowWriter writer, AuditEntry audit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<ImportResult> summary(String inspectionId, String listId) {
            return Optional.empty();
        }

        @Override
        public void forEachRow(String inspectionId, String listId, Consumer<ChildRow> consumer) {
            // no rows
        }

        @Override
        public Map<String, List<ChildRow>> rowsOfChild(String inspectionId, String childId) {
            return childId.equals("C1") || childId.equals("C2")
                    ? Map.of("list-8", List.of(new ChildRow(2, childId, Map.of("child-id", childId))))
                    : Map.of();
        }

        @Override
        public Map<String, Long> rowCounts(String inspectionId) {
            return Map.of("list-8", 2L);
        }

        @Override
        public long deleteRows(String inspectionId, AuditEntry audit) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void keepsTheProposedReasonsAndGivesTheLeadsOwnChoiceItsReason() {
        assertThat(StoredSelectionService.acceptable("i", List.of(new ProposedChild("C1", "missing (000 §150)"),
                new ProposedChild("C2", " ")), LISTS)).containsExactly(new ProposedChild("C1", "missing (000 §150)"),
                new ProposedChild("C2", StoredSelectionService.LEAD_CHOICE));
    }

    @Test
    void refusesAChildOnNoListAChildTwiceAndAnEmptyChoice() {
        assertThatThrownBy(() -> StoredSelectionService.acceptable("i", List.of(new ProposedChild("C1", null),
                new ProposedChild("C1", null), new ProposedChild("C9", null), new ProposedChild("", null)), LISTS))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).violations())
                .satisfies(v -> assertThat(v).extracting(Violation::field, Violation::code).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("children[1].childId", "duplicate-child"),
                        org.assertj.core.groups.Tuple.tuple("children[2].childId", "unknown-child"),
                        org.assertj.core.groups.Tuple.tuple("children[3].childId", "required")));
        assertThatThrownBy(() -> StoredSelectionService.acceptable("i", List.of(), LISTS))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theDefaultSeedIsFixedByTheInspectionAndStage() {
        long seed = StoredSelectionService.defaultSeed("inspection-1", "cohort");
        assertThat(StoredSelectionService.defaultSeed("inspection-1", "cohort")).isEqualTo(seed);
        assertThat(StoredSelectionService.defaultSeed("inspection-2", "cohort")).isNotEqualTo(seed);
        assertThat(StoredSelectionService.defaultSeed("inspection-1", "before-fieldwork")).isNotEqualTo(seed);
    }
}
