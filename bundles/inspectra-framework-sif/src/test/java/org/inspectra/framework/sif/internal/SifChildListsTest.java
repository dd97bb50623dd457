package org.inspectra.framework.sif.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectra.seed.SeedText.assertThatSeed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.inspectra.api.framework.ChildListSpec;
import org.inspectra.api.framework.FieldSpec;
import org.inspectra.api.framework.FieldType;
import org.junit.jupiter.api.Test;

/** The child-level lists held against Table 2 of 004 Annex A and the notes before Table 1. */
class SifChildListsTest {

    private final String clean = SifSeed.clean();

    @Test
    void elevenListsNumberedInOrder() {
        assertThat(SifChildLists.ALL).extracting(ChildListSpec::id)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 11).mapToObj(n -> "list-" + n).toList());
        assertThat(SifChildLists.ALL).extracting(ChildListSpec::source).containsOnly("004 Annex A, Table 2");
    }

    /**
     * Table 2, whole: every list's title followed by exactly its fields, in order. The extraction disturbed it in three
     * places, put back here: list 8's last field ("Allocated worker") is printed after list 9's title; a misread
     * "Child's category of pood" stands before list 8's "Child's category of need"; and lists 4, 7 and 8 print
     * "Age of child (Years)".
     */
    @Test
    void table2IsExactlyTheListsAndTheirFields() {
        StringBuilder expected = new StringBuilder("TABLE 2 Child protection List Detail required");
        for (int n = 1; n <= 11; n++) {
            ChildListSpec list = SifChildLists.ALL.get(n - 1);
            List<String> titles = new ArrayList<>(list.fields().stream().map(FieldSpec::title).toList());
            if (n == 8) {
                expected.append(" Children looked after and care leavers List Detail required");
                assertThat(titles.remove(titles.size() - 1)).isEqualTo("Allocated worker");
                titles.add(titles.indexOf("Child's category of need"), "Child's category of pood");
            }
            if (n == 9) {
                titles.add(0, "Allocated worker");
            }
            expected.append(' ').append(n == 1 ? "" : n + ". ").append(list.title()).append(n == 10 ? "." : "")
                    .append(' ').append(String.join(" ", titles));
        }
        String table = "TABLE 2 " + SifSeed.between(clean, "TABLE 2", "Performance information required to support "
                + "the inspection").replace("Age of child (Years)", "Age of child (years)");
        assertThat(table).isEqualTo(expected.toString());
    }

    @Test
    void listsThreeToTenHoldOneRowPerChild() {
        assertThatSeed(clean).contains("For lists 3 to 10 please provide only one row for each unique child ID where "
                + "possible.");
        for (ChildListSpec list : SifChildLists.ALL) {
            int n = Integer.parseInt(list.id().substring("list-".length()));
            assertThat(list.onePerChild()).as(list.id()).isEqualTo(n >= 3 && n <= 10);
        }
    }

    @Test
    void listsOfChildrenAreKeyedByTheChildUniqueIdAndNothingElseIsRequired() {
        assertThatSeed(clean).contains("The consistent use of the child ID across the various lists will enable the "
                + "lead inspector to recognise where this occurs.")
                .contains("We fully recognise there are likely to be gaps in the information");
        for (ChildListSpec list : SifChildLists.ALL.subList(0, 10)) {
            assertThat(list.fields()).as(list.id()).first().isEqualTo(SifChildLists.CHILD_ID);
            assertThat(list.fields()).as(list.id()).filteredOn(FieldSpec::required)
                    .containsExactly(SifChildLists.CHILD_ID);
        }
        assertThat(SifChildLists.CHILD_ID.type()).isEqualTo(FieldType.CHILD_ID);
        assertThat(SifChildLists.CHILD_ID.aliases())
                .allSatisfy(a -> assertThatSeed(clean.toLowerCase(Locale.ROOT)).contains(a.toLowerCase(Locale.ROOT)));
        // List 11 is of adopters: keyed by its reference, no child ID.
        ChildListSpec adopters = SifChildLists.ALL.get(10);
        assertThat(adopters.fields()).filteredOn(FieldSpec::required).extracting(FieldSpec::id)
                .containsExactly("reference");
        assertThat(adopters.fields()).extracting(FieldSpec::type).doesNotContain(FieldType.CHILD_ID);
    }

    /** The type follows the heading; the seed's field-level codes are in guidance outside it, so the rest is text. */
    @Test
    void typesFollowTheHeadings() {
        for (ChildListSpec list : SifChildLists.ALL) {
            for (FieldSpec f : list.fields()) {
                String title = f.title().toLowerCase(Locale.ROOT);
                FieldType expected;
                if (f.id().equals("child-id")) {
                    expected = FieldType.CHILD_ID;
                } else if (title.contains("(y/n)") || title.equals("was the child seen alone?")) {
                    expected = FieldType.FLAG;
                } else if (title.contains("date")) {
                    expected = FieldType.DATE;
                } else if (title.startsWith("number of") || title.startsWith("age of child")) {
                    expected = FieldType.INTEGER;
                } else if (title.startsWith("eligibility category")) {
                    expected = FieldType.CODE;
                } else {
                    expected = FieldType.TEXT;
                }
                assertThat(f.type()).as("%s %s", list.id(), f.id()).isEqualTo(expected);
                assertThat(f.codes()).as("%s %s", list.id(), f.id()).isEqualTo(
                        expected == FieldType.CODE ? codesInTitle(f.title()) : List.of());
            }
        }
        assertThat(SifChildLists.ELIGIBILITY_CATEGORY.codes()).containsExactly("relevant", "former relevant",
                "qualifying", "other");
    }

    @Test
    void fieldIdsAreKebabCaseAndUniquePerList() {
        for (ChildListSpec list : SifChildLists.ALL) {
            assertThat(list.fields()).extracting(FieldSpec::id).as(list.id()).doesNotHaveDuplicates()
                    .allSatisfy(id -> assertThat(id).matches("[a-z0-9]+(-[a-z0-9]+)*"));
        }
    }

    /** Names are never collected: no list asks for a child's name, and the only name column is the provider's. */
    @Test
    void noNamesOfChildren() {
        String table = SifSeed.between(clean, "TABLE 2", "Performance information required").toLowerCase(Locale.ROOT);
        assertThat(table).doesNotContain("child's name").doesNotContain("child name").doesNotContain("forename")
                .doesNotContain("surname").doesNotContain("first name");
        List<FieldSpec> named = SifChildLists.ALL.stream().flatMap(l -> l.fields().stream())
                .filter(f -> f.title().toLowerCase(Locale.ROOT).matches(".*\\b(name|forename|surname)\\b.*"))
                .distinct().toList();
        assertThat(named).extracting(FieldSpec::id).containsExactly("provider-name");
    }

    private static List<String> codesInTitle(String title) {
        String inside = title.substring(title.indexOf('(') + 1, title.lastIndexOf(')'));
        return Arrays.asList(inside.split("/"));
    }
}
