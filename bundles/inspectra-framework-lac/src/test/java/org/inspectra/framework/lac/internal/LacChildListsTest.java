package org.inspectra.framework.lac.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.inspectra.seed.SeedText.assertThatSeed;

import java.util.List;

import org.inspectra.api.framework.ChildListSpec;
import org.inspectra.api.framework.FieldSpec;
import org.inspectra.api.framework.FieldType;
import org.inspectra.seed.SeedText;
import org.junit.jupiter.api.Test;

/** The list of all looked after children and care leavers, held against 002 §31-33. */
class LacChildListsTest {

    private final SeedText seed = SeedText.of("002");
    private final ChildListSpec list = LacChildLists.LIST;

    @Test
    void oneListOfAllLookedAfterChildrenAndCareLeavers() {
        assertThat(LacChildLists.ALL).containsExactly(list);
        assertThat(list.id()).isEqualTo("looked-after-children");
        assertThat(list.source()).isEqualTo("002 §31-33");
        assertThat(list.onePerChild()).isTrue();
        assertThatSeed(seed.paragraph(31).toLowerCase()).contains("- " + list.title().toLowerCase() + " - ");
    }

    @Test
    void fieldsAreThoseOfSection32ThenThePlacementOfSection33ThenTheCohortFlags() {
        assertThat(list.fields()).extracting(FieldSpec::id, FieldSpec::type, FieldSpec::required).containsExactly(
                tuple("child-id", FieldType.CHILD_ID, true),
                tuple("date-of-initial-referral", FieldType.DATE, true),
                tuple("date-of-birth", FieldType.DATE, true),
                tuple("gender", FieldType.TEXT, true),
                tuple("ethnicity", FieldType.TEXT, true),
                tuple("legal-status", FieldType.TEXT, true),
                tuple("disability", FieldType.TEXT, false),
                tuple("current-placement", FieldType.CODE, true),
                tuple("current-placement-other", FieldType.TEXT, false),
                tuple("care-leaver", FieldType.FLAG, false),
                tuple("unallocated-or-awaiting-transfer", FieldType.FLAG, false));
        // §32's seven items, in order, are the first seven titles.
        String section32 = "- " + String.join(" - ", list.fields().subList(0, 7).stream()
                .map(f -> f.title().toLowerCase()).toList()) + ".";
        assertThatSeed(seed.paragraph(32)).endsWith("as recorded on the integrated children's system: " + section32);
    }

    @Test
    void placementCodesAreTheCategoriesOfSection33InOrder() {
        List<String> codes = LacChildLists.PLACEMENT.codes();
        assertThat(codes).hasSize(13).doesNotHaveDuplicates().isEqualTo(LacChildLists.PLACEMENT_CATEGORIES);
        // The last category is "other – please specify": the code is "other", the specification its own column.
        assertThat(codes.get(12)).isEqualTo("other");
        String section33 = "- " + String.join(" - ", codes.subList(0, 12)) + " - other – please specify.";
        assertThatSeed(seed.paragraph(33)).contains("clarify the current placement using the categories: " + section33);
        assertThat(LacChildLists.PLACEMENT_OTHER_DETAILS.title()).endsWith("other – please specify");
        assertThatSeed(seed.paragraph(33).toLowerCase()).contains(LacChildLists.PLACEMENT.title().toLowerCase());
    }

    @Test
    void cohortFlagsCarryWhatSection31And30Distinguish() {
        // §31's second bullet: unallocated cases and cases awaiting transfer, a subset of the first.
        assertThatSeed(seed.paragraph(31)).contains("- any unallocated looked after or care leavers cases or cases "
                + "awaiting transfer to another team.");
        // §30 counts care leavers among the cases selected.
        assertThatSeed(seed.paragraph(30)).contains("(three of which will be care leavers)")
                .contains("(four of which will be care leavers)");
        assertThat(list.fields()).filteredOn(f -> f.type() == FieldType.FLAG).extracting(FieldSpec::id)
                .containsExactly("care-leaver", "unallocated-or-awaiting-transfer");
    }

    @Test
    void keyedByTheChildsUniqueIdentifierAndNeverAName() {
        assertThat(list.fields()).first().isEqualTo(LacChildLists.CHILD_ID);
        assertThat(list.fields()).filteredOn(f -> f.type() == FieldType.CHILD_ID).hasSize(1);
        assertThat(list.fields()).allSatisfy(f -> {
            assertThat(f.id()).doesNotContain("name").matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(f.title().toLowerCase()).doesNotContain("name");
            assertThat(f.aliases()).allSatisfy(a -> assertThat(a.toLowerCase()).doesNotContain("name"));
        });
        assertThat(list.fields()).extracting(FieldSpec::id).doesNotHaveDuplicates();
        // The aliases are the headings ILACS gives the same key (000 §259, §266, Annex A 2.03), so one spreadsheet
        // heading works for both frameworks.
        String ilacs = SeedText.of("000").text().toLowerCase();
        assertThat(LacChildLists.CHILD_ID.aliases()).allSatisfy(a -> assertThatSeed(ilacs).contains(a.toLowerCase()));
    }

    @Test
    void codesOnlyOnTheCodeField() {
        assertThat(list.fields()).filteredOn(f -> f.type() != FieldType.CODE)
                .allSatisfy(f -> assertThat(f.codes()).isEmpty());
        assertThat(list.fields()).filteredOn(f -> f.type() == FieldType.CODE).containsExactly(LacChildLists.PLACEMENT);
    }
}
