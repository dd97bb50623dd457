package org.inspectra.core.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.inspectra.api.childdata.ChildRow;
import org.inspectra.api.selection.ChildProfile;
import org.inspectra.api.selection.RuleCheck;
import org.junit.jupiter.api.Test;

/** The balance every selection rule uses, 000 §150 and 003 §54. */
class FactorBalancingTest {

    private final FactorBalancing balancing = new FactorBalancing();

    @Test
    void readsTheFactorsFromTheColumnsCouncilsSend() {
        ChildProfile profile = balancing.profile(row("C1", Map.of("gender", "Female", "ethnicity", "WBRI",
                "disability", "None", "age", "12.0")), null);
        assertThat(profile).isEqualTo(new ChildProfile("C1", "11-15", "female", "N", "wbri"));
        assertThat(balancing.profile(row("C2", Map.of("sex", "m", "disability-details", "hearing impairment")), null))
                .isEqualTo(new ChildProfile("C2", ChildProfile.UNKNOWN, "m", "Y", ChildProfile.UNKNOWN));
    }

    @Test
    void countsAnAgeFromTheDateOfBirthAtTheGivenDate() {
        ChildRow born = row("C1", Map.of("date-of-birth", "2010-09-01"));
        assertThat(balancing.profile(born, LocalDate.of(2026, 8, 31)).age()).isEqualTo("11-15");
        assertThat(balancing.profile(born, LocalDate.of(2026, 9, 1)).age()).isEqualTo("16+");
        assertThat(balancing.profile(born, null).age()).isEqualTo(ChildProfile.UNKNOWN);
    }

    @Test
    void mergeKeepsWhatEitherRowRecords() {
        ChildProfile first = new ChildProfile("C1", "5-10", ChildProfile.UNKNOWN, "N", ChildProfile.UNKNOWN);
        ChildProfile second = new ChildProfile("C1", ChildProfile.UNKNOWN, "female", "Y", ChildProfile.UNKNOWN);
        assertThat(balancing.merge(first, second))
                .isEqualTo(new ChildProfile("C1", "5-10", "female", "Y", ChildProfile.UNKNOWN));
    }

    @Test
    void choosesTheRarestValuesFirstAndTiesGoInOrder() {
        List<ChildProfile> order = List.of(
                new ChildProfile("A", "5-10", "female", "N", "wbri"),
                new ChildProfile("B", "5-10", "female", "N", "wbri"),
                new ChildProfile("C", "16+", "male", "Y", "bafr"),
                new ChildProfile("D", "0-4", "male", "N", "wbri"));
        List<ChildProfile> chosen = balancing.choose(order, List.of(), 2);
        assertThat(chosen).extracting(ChildProfile::childId).containsExactly("A", "C");
        assertThat(balancing.choose(order, chosen, 3)).extracting(ChildProfile::childId).containsExactly("D");
        assertThat(balancing.choose(order, List.of(), 10)).hasSize(4);
    }

    @Test
    void aGroupIsBalancedWhenItHoldsEveryValueTheCandidatesHave() {
        List<ChildProfile> candidates = List.of(
                new ChildProfile("A", "5-10", "female", "N", "wbri"),
                new ChildProfile("B", "16+", "male", "Y", "bafr"));
        RuleCheck both = balancing.check("balance", "balance", candidates, candidates);
        assertThat(both.met()).isTrue();
        assertThat(both.detail()).contains("gender {female=1, male=1}");
        assertThat(balancing.check("balance", "balance", candidates,
                List.of(candidates.get(0), candidates.get(0))).met()).isFalse();
    }

    private static ChildRow row(String childId, Map<String, String> values) {
        return new ChildRow(1, childId, values);
    }
}
