package org.inspectra.framework.ilacs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectra.seed.SeedText.assertThatSeed;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.inspectra.api.framework.ChildListSpec;
import org.inspectra.api.framework.FieldSpec;
import org.inspectra.api.framework.FieldType;
import org.inspectra.api.framework.ListPeriod;
import org.inspectra.api.framework.Meanings;
import org.inspectra.seed.SeedText;
import org.junit.jupiter.api.Test;

/**
 * The typed columns of the ILACS lists held against {@code 004 Annex A, Table 2} (the workbook's columns list by list)
 * and their periods against {@code 000 §258}.
 */
class AnnexAColumnsTest {

    private static final String TABLE_2 = table2();

    /**
     * Every column of ILACS list n is printed, in the same order, in Table 2's entry for list n. The extraction prints
     * list 8's last column ("Allocated worker") after list 9's title, so list 8's entry reaches into it.
     */
    @Test
    void eachListTakesTheColumnsOfTheSameListInTable2InOrder() {
        for (int n = 1; n <= 11; n++) {
            String entry = entry(n);
            int at = 0;
            for (FieldSpec field : AnnexAColumns.of(n)) {
                int found = entry.indexOf(field.title().toLowerCase(Locale.ROOT), at);
                assertThat(found).as("list-%d %s after position %d of its Table 2 entry", n, field.id(), at)
                        .isGreaterThanOrEqualTo(0);
                at = found + field.title().length();
            }
        }
    }

    @Test
    void everyColumnIsOptionalAndTypedByItsHeading() {
        for (int n = 1; n <= 11; n++) {
            for (FieldSpec f : AnnexAColumns.of(n)) {
                String title = f.title().toLowerCase(Locale.ROOT);
                assertThat(f.required()).as(f.id()).isFalse();
                FieldType expected = title.contains("(y/n)") || title.equals("was the child seen alone?")
                        ? FieldType.FLAG : title.contains("date") ? FieldType.DATE
                        : title.startsWith("number of") || title.startsWith("age of child") ? FieldType.INTEGER
                        : title.startsWith("eligibility category") ? FieldType.CODE : FieldType.TEXT;
                assertThat(f.type()).as("list-%d %s", n, f.id()).isEqualTo(expected);
            }
        }
    }

    /** The crash of issue 15: the date of birth of list 3 is a typed date, read in the formats workbooks use. */
    @Test
    void listThreeTypesTheDateOfBirthAndListEightNamesTheProvider() {
        ChildListSpec list3 = IlacsChildLists.ALL.get(2);
        assertThat(list3.fieldMeaning(Meanings.BIRTH)).get().extracting(FieldSpec::id, FieldSpec::type)
                .containsExactly("date-of-birth", FieldType.DATE);
        ChildListSpec list8 = IlacsChildLists.ALL.get(7);
        assertThat(list8.fields()).extracting(FieldSpec::title).contains("Name of provider");
        assertThat(list8.cohort()).isEqualTo(Meanings.LOOKED_AFTER);
        assertThat(IlacsChildLists.ALL.get(8).cohort()).isEqualTo(Meanings.CARE_LEAVERS);
    }

    /** Every date of a child's list dates an event of the child's; list 11's are adopters' dates. */
    @Test
    void everyDateOfAChildsListMeansAnEvent() {
        for (ChildListSpec list : IlacsChildLists.ALL.subList(0, 10)) {
            assertThat(list.fields()).filteredOn(f -> f.type() == FieldType.DATE).as(list.id())
                    .allSatisfy(f -> assertThat(f.meaning()).matches("[a-z0-9]+(-[a-z0-9]+)*"));
        }
        assertThat(IlacsChildLists.ALL.get(10).fields()).allSatisfy(f -> assertThat(f.meaning()).isNull());
    }

    /** 000 §258: the months each list reaches back, and for lists 6-8 "include those who ceased … in the … months". */
    @Test
    void periodsAreThoseOf258() {
        String p258 = SeedText.of("000").text();
        record Expected(int list, int months, ListPeriod.Kind kind, String words) {
        }
        List<Expected> expected = List.of(
                new Expected(1, 3, ListPeriod.Kind.EVENT_WITHIN, "subject of a contact in the three months before"),
                new Expected(2, 6, ListPeriod.Kind.EVENT_WITHIN, "targeted intervention in the six months before"),
                new Expected(3, 3, ListPeriod.Kind.EVENT_WITHIN, "subject of a referral in the three months before"),
                new Expected(4, 6, ListPeriod.Kind.EVENT_WITHIN, "Children Act 1989 in the six months before"),
                new Expected(5, 6, ListPeriod.Kind.EVENT_WITHIN, "section 47 enquiry in the six months before"),
                new Expected(6, 3, ListPeriod.Kind.ENDED_WITHIN, "as a child in need in the three months before"),
                new Expected(7, 3, ListPeriod.Kind.ENDED_WITHIN, "child protection plan in the three months before"),
                new Expected(8, 6, ListPeriod.Kind.ENDED_WITHIN, "ceased to be looked after in the six months before"),
                new Expected(10, 12, ListPeriod.Kind.ENDED_WITHIN, "adopted in the 12 months before"));
        for (Expected e : expected) {
            assertThatSeed(p258).contains(e.words());
            ListPeriod period = IlacsChildLists.ALL.get(e.list() - 1).period();
            assertThat(period.months()).as("list-%d", e.list()).isEqualTo(e.months());
            assertThat(period.kind()).as("list-%d", e.list()).isEqualTo(e.kind());
            assertThat(period.source()).isEqualTo("000 §258");
            // Each event the period holds is a date column of the list.
            assertThat(period.events()).allSatisfy(event -> assertThat(IlacsChildLists.ALL.get(e.list() - 1)
                    .fieldMeaning(event)).get().extracting(FieldSpec::type).isEqualTo(FieldType.DATE));
        }
        assertThatSeed(p258).contains("care leavers who are receiving leaving care services as at the point of "
                + "inspection");
        assertThat(IlacsChildLists.ALL.get(8).period()).isNull();
        assertThat(LocalDate.of(2025, 8, 18).minusMonths(AnnexAColumns.period(3).months()))
                .isEqualTo(LocalDate.of(2025, 5, 18));
    }

    /** Table 2 of 004, lower case, whitespace collapsed, the extraction's bullet glyphs dropped. */
    private static String table2() {
        String text = SeedText.of("004").text().toLowerCase(Locale.ROOT).replace("■", " ").replaceAll("\\s+", " ");
        return text.substring(text.indexOf("table 2 child protection"), text.indexOf("performance information required"));
    }

    /** Table 2's entry for list n, from its title to the next list's (list 8's reaching into list 9's first line). */
    private static String entry(int n) {
        int start = n == 1 ? TABLE_2.indexOf("all those who have been the subject of a contact")
                : TABLE_2.indexOf(n + ". all those");
        int end = n == 11 ? TABLE_2.length() : TABLE_2.indexOf((n + 1) + ". all those", start);
        if (n == 8) {
            end = TABLE_2.indexOf("allocated worker", end) + "allocated worker".length();
        }
        return TABLE_2.substring(start, end);
    }
}
