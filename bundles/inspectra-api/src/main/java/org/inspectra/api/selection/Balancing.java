package org.inspectra.api.selection;

import java.time.LocalDate;
import java.util.List;

import org.inspectra.api.childdata.ChildRow;

/**
 * The balance of a group of children by age, gender, disability and ethnicity ({@code 000 §150}, {@code 003 §54}),
 * which the selection engine offers every framework's rule through {@link SelectionInput#balancing()}, so that each
 * rule balances the same way.
 */
public interface Balancing {

    /**
     * A child's factors read from one row of a list, by the columns councils commonly send (their field ids):
     * {@code gender} or {@code sex}, {@code …ethnic…}, {@code …disab…}, {@code age} or {@code age-…}, or a
     * {@code date-of-birth} counted at {@code asAt} where given; a factor the row has no column for is
     * {@link ChildProfile#UNKNOWN}.
     */
    ChildProfile profile(ChildRow row, LocalDate asAt);

    /** What two rows say of the same child: {@code later}'s values where it records them, else {@code earlier}'s. */
    ChildProfile merge(ChildProfile earlier, ChildProfile later);

    /**
     * Adds children one at a time, each the first in {@code order} whose values are least represented among those
     * chosen so far, until the group holds {@code size} or no candidate is left. {@code order} settles ties, so a rule
     * that shuffles it by its seed stays deterministic.
     *
     * @param order  the candidates, in the order ties go
     * @param chosen already in the group (counted for the balance, not added again); not changed
     * @return the children added, in the order added
     */
    List<ChildProfile> choose(List<ChildProfile> order, List<ChildProfile> chosen, int size);

    /**
     * Whether a group is balanced: it holds as many distinct recorded values of each factor as the candidates do (or
     * as it has children). The check's detail counts each factor's values in the group.
     */
    RuleCheck check(String id, String text, List<ChildProfile> candidates, List<ChildProfile> group);
}
