package org.inspectra.childdata.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.inspectra.api.error.RuleViolationException;
import org.inspectra.api.error.Violation;
import org.junit.jupiter.api.Test;

class HeadingsTest {

    @Test
    void matchesHeadingsWhateverTheirCaseSpacingPunctuationOrBracketedNote() {
        Headings headings = Headings.match(TestLists.REFERRALS, List.of("  unique CHILD id ", "GENDER",
                "date_of_birth", "Age of child (Years)", "Referral NFA", "eligibility category", "Name of provider"),
                1);
        assertThat(headings.columns()).extracting(c -> c.field().id()).containsExactly("child-id", "gender",
                "date-of-birth", "age", "referral-nfa", "eligibility-category", "name-of-provider");
        assertThat(headings.issues()).isEmpty();
    }

    @Test
    void keepsAnUnlistedColumnAsUncheckedTextAndSaysSo() {
        Headings headings = Headings.match(TestLists.REFERRALS, List.of("Child ID", "", "Ethnicity"), 1);
        assertThat(headings.columns()).extracting(Headings.Column::index, c -> c.field().id(), Headings.Column::listed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, "child-id", true),
                        org.assertj.core.groups.Tuple.tuple(2, "ethnicity", false));
        assertThat(headings.issues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo("unlisted-column");
            assertThat(i.row()).isEqualTo(1);
        });
    }

    @Test
    void refusesAColumnOfNamesButNotAFieldTheListNames() {
        for (String heading : List.of("Child's name", "Surname", "First Name", "FULLNAME", "Mother name")) {
            assertThatThrownBy(() -> Headings.match(TestLists.REFERRALS, List.of("Child ID", heading), 1))
                    .isInstanceOf(RuleViolationException.class)
                    .extracting(e -> ((RuleViolationException) e).violations())
                    .satisfies(v -> assertThat(v).extracting(Violation::code).containsExactly("personal-name-column"));
        }
        // An organisation's name is no person's (004 Annex A, Table 2, list 8: "Name of provider"); a carer's is.
        assertThat(Headings.looksLikeNames("Name of provider")).isFalse();
        assertThat(Headings.looksLikeNames("School name")).isFalse();
        assertThat(Headings.looksLikeNames("Name of carer")).isTrue();
        assertThat(Headings.looksLikeNames("Social worker name")).isTrue();
        assertThat(Headings.looksLikeNames("Name of provider's manager")).isTrue();
        assertThat(Headings.match(TestLists.REFERRALS, List.of("Child ID", "Name of provider"), 1).columns())
                .hasSize(2);
        assertThat(Headings.looksLikeNames("Placement type")).isFalse();
    }

    @Test
    void refusesAMissingRequiredColumnAndTwoColumnsForOneField() {
        assertThatThrownBy(() -> Headings.match(TestLists.REFERRALS, List.of("Gender"), 1))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).violations().get(0).code()).isEqualTo("missing-column");
        assertThatThrownBy(() -> Headings.match(TestLists.REFERRALS, List.of("Child ID", "Unique child ID"), 1))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).violations().get(0).code())
                .isEqualTo("duplicate-column");
    }
}
