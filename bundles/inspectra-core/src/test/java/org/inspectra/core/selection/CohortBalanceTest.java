package org.inspectra.core.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.inspectra.api.childdata.ChildRow;
import org.inspectra.api.selection.BalanceCount;
import org.inspectra.api.selection.ProposedChild;
import org.junit.jupiter.api.Test;

/** A proposal's balance, counted from the rows its rule read (000 §150, 003 §54). */
class CohortBalanceTest {

    @Test
    void countsEachFactorsValuesInTheProposalAndAmongTheChildrenTheRuleReadMergingAChildsRows() {
        CohortBalance balance = new CohortBalance(new FactorBalancing(), LocalDate.of(2026, 3, 1));
        balance.observe(new ChildRow(1, "A", Map.of("gender", "Female", "age", "12")));
        balance.observe(new ChildRow(2, "A", Map.of("disability", "none", "ethnicity", "WBRI")));
        balance.observe(new ChildRow(3, "B", Map.of("gender", "male", "date-of-birth", "2022-01-01")));
        balance.observe(new ChildRow(4, "C", Map.of("gender", "female", "age", "7")));
        balance.observe(new ChildRow(5, "D", Map.of("age", "17")));

        List<BalanceCount> counts = balance.counts(List.of(new ProposedChild("A", "why"),
                new ProposedChild("B", "why")));

        assertThat(counts.stream().filter(c -> c.factor().equals("age")).toList()).containsExactly(
                new BalanceCount("age", "0-4", 1, 1), new BalanceCount("age", "5-10", 0, 1),
                new BalanceCount("age", "11-15", 1, 1), new BalanceCount("age", "16+", 0, 1));
        assertThat(counts.stream().filter(c -> c.factor().equals("gender")).toList()).containsExactly(
                new BalanceCount("gender", "female", 1, 2), new BalanceCount("gender", "male", 1, 1),
                new BalanceCount("gender", "unknown", 0, 1));
        assertThat(counts.stream().filter(c -> c.factor().equals("disability")).toList()).containsExactly(
                new BalanceCount("disability", "N", 1, 1), new BalanceCount("disability", "unknown", 1, 3));
        assertThat(counts).extracting(BalanceCount::factor).containsSubsequence("age", "gender", "disability",
                "ethnicity");
    }

    @Test
    void aProposedChildNoRowDescribedCountsAsUnknownAndRowsWithoutAChildAreIgnored() {
        CohortBalance balance = new CohortBalance(new FactorBalancing(), null);
        balance.observe(new ChildRow(1, null, Map.of("gender", "female")));
        List<BalanceCount> counts = balance.counts(List.of(new ProposedChild("Z", "chosen by the lead")));
        assertThat(counts).containsExactly(new BalanceCount("age", "unknown", 1, 0),
                new BalanceCount("gender", "unknown", 1, 0), new BalanceCount("disability", "unknown", 1, 0),
                new BalanceCount("ethnicity", "unknown", 1, 0));
    }
}
