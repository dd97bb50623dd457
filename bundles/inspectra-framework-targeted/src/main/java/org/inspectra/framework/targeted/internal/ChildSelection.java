package org.inspectra.framework.targeted.internal;

import java.util.List;
import java.util.Optional;

import org.inspectra.api.framework.SelectionRule;

/**
 * How the lead inspector chooses the children whose experiences are evaluated ({@code 003 §9 (table)}, §21-22,
 * §53-62), proposed stage by stage by {@link DeepDiveSelectionRule} (API.md, Child-level data and selection).
 */
final class ChildSelection {

    /**
     * One selection stage.
     *
     * @param id       kebab-case stage id, as {@code POST /inspections/{id}/selections} will take it
     * @param activity what happens, as the table words it
     * @param children how many children
     * @param from     the child list or earlier stage the children come from
     * @param byDay    the working day (table under §9) by which the selection is made
     * @param source   seed paragraphs
     */
    record Stage(String id, String activity, CountRange children, String from, int byDay, String source) {
    }

    /**
     * One factor the group of tracked and sampled children is balanced on (§54).
     *
     * @param id   kebab-case id
     * @param text as the seed words it
     */
    record Factor(String id, String text) {
    }

    static final String DEEP_DIVE_20 = "deep-dive-20";
    static final String LA_EVALUATION = "la-evaluation";

    static final List<Stage> STAGES = List.of(
            // Day 1 "By midday"; §21 "The lead inspector will select 20 children from the deep dive list".
            new Stage(DEEP_DIVE_20, "the lead inspector selects 20 children from the deep dive theme and requests "
                    + "further information on these 20", CountRange.exactly(20),
                    TargetedChildLists.DEEP_DIVE_CHILDREN, 1, "003 §9 (table), §21"),
            // Day 2 "By 5pm"; §21 "By the end of Thursday in Week one, the lead inspector will select five to seven
            // children from these 20"; §22 the DCS evaluates them.
            new Stage(LA_EVALUATION, "the lead inspector identifies between five and seven children from the list "
                    + "of 20 and asks the local authority to evaluate their experiences", new CountRange(5, 7),
                    DEEP_DIVE_20, 2, "003 §9 (table), §21-22"));

    /** Day 7 of the table, §24: the local authority's evaluations are due by the end of the day. */
    static final int LA_EVALUATIONS_DUE_DAY = 7;

    /**
     * §55: inspectors track "the five to seven children whose experiences the local authority was asked to evaluate";
     * sampling takes as many more as the lead inspector decides (§61).
     */
    static final String TRACKED = LA_EVALUATION;

    /** §54: "adjusted to ensure a balance of". */
    static final List<Factor> BALANCE = List.of(
            new Factor("age-gender-disability-ethnicity", "age, gender, disability and ethnicity"),
            new Factor("stage-of-involvement", "children and young people at different stages of involvement with "
                    + "public services"),
            new Factor("local-context", "any contextual issues specific to the local area in relation to the deep "
                    + "dive theme"));

    /** One rule per stage. */
    static final List<SelectionRule> RULES = STAGES.stream().<SelectionRule>map(DeepDiveSelectionRule::new).toList();

    private ChildSelection() {
    }

    static Optional<Stage> stage(String id) {
        return STAGES.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
