package org.inspectra.childdata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.inspectra.api.framework.FieldSpec;
import org.inspectra.api.framework.FieldType;
import org.junit.jupiter.api.Test;

class RowRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 9, 1);

    @Test
    void anAgeMayBeAYearBehindTheDateOfBirthButNoMore() {
        assertThat(codes(Map.of("date-of-birth", "2015-03-01", "age", "10"))).isEmpty();
        assertThat(codes(Map.of("date-of-birth", "2015-03-01", "age", "9"))).isEmpty();
        assertThat(codes(Map.of("date-of-birth", "2015-03-01", "age", "11"))).containsExactly("age-inconsistent");
        assertThat(codes(Map.of("date-of-birth", "2015-03-01", "age", "7"))).containsExactly("age-inconsistent");
    }

    @Test
    void anUnbornChildHasAnExpectedDateOfBirthAndNoAge() {
        // 004 footnote 6: the lists include unborn children.
        assertThat(codes(Map.of("expected-date-of-birth", "2025-12-01"))).isEmpty();
        assertThat(codes(Map.of("expected-date-of-birth", "2025-12-01", "age", "0")))
                .containsExactly("age-of-unborn");
        assertThat(codes(Map.of("expected-date-of-birth", "2025-12-01", "date-of-birth", "2025-08-01")))
                .containsExactly("born-and-unborn");
        assertThat(codes(Map.of("date-of-birth", "2025-12-01"))).containsExactly("date-of-birth-in-future");
    }

    @Test
    void nobodyOnTheListsIsOlderThanACareLeaverCanBe() {
        assertThat(codes(Map.of("date-of-birth", "1990-01-01"))).containsExactly("implausible-date-of-birth");
        assertThat(codes(Map.of("age", "40"))).containsExactly("implausible-age");
    }

    /** Issue 15: a column the list does not type keeps its text under the same id, and no rule reads it. */
    @Test
    void readsOnlyFieldsTheListTypes() {
        RowRules untyped = RowRules.of(List.of(TestLists.CHILD_ID, new FieldSpec("date-of-birth", "Date of birth",
                FieldType.TEXT, false, List.of(), List.of())));
        assertThat(untyped.check(Map.of("date-of-birth", "21/09/2014", "age", "eleven"), TODAY)).isEmpty();
        assertThat(RowRules.NONE.check(Map.of("date-of-birth", "soon"), TODAY)).isEmpty();
    }

    private static List<String> codes(Map<String, String> values) {
        return RowRules.of(TestLists.REFERRALS.fields()).check(values, TODAY).stream().map(RowRules.Problem::code)
                .toList();
    }
}
