package org.inspectra.api.selection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.inspectra.api.childdata.ChildRow;
import org.inspectra.api.theme.ThemeDefinition;

/**
 * What a selection rule chooses from.
 *
 * @param size     how many children the caller asks for, or the rule's own number where {@code null}
 * @param seed     the seed of every random choice: the same lists and seed give the same proposal
 * @param lists    the inspection's child-level lists, read as streams
 * @param accepted the children already accepted for the inspection, by stage (a later stage may have to choose others)
 * @param theme    the deep-dive theme version the inspection is pinned to (its child list is among {@code lists}), or
 *                 {@code null} where the inspection has no theme
 * @param asAt      the date ages are worked out at (the inspection's notification date), or {@code null} to read
 *                  ages only from an age column
 * @param balancing how the engine balances a group by age, gender, disability and ethnicity, for rules that do
 */
public record SelectionInput(Integer size, long seed, Lists lists, Map<String, List<String>> accepted,
                             ThemeDefinition theme, LocalDate asAt, Balancing balancing) {

    public SelectionInput {
        accepted = Map.copyOf(accepted);
        Objects.requireNonNull(balancing, "balancing");
    }

    /** The inspection's child-level lists. */
    @FunctionalInterface
    public interface Lists {
        /** Streams one list's accepted rows in sheet order; nothing where the list was never uploaded. */
        void forEachRow(String listId, Consumer<ChildRow> consumer);
    }
}
