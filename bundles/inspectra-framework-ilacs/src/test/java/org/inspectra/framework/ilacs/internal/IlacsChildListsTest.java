package org.inspectra.framework.ilacs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.inspectra.framework.ilacs.internal.Seed.assertThatSeed;

import java.util.stream.IntStream;

import org.inspectra.api.framework.ChildListSpec;
import org.inspectra.api.framework.FieldSpec;
import org.inspectra.api.framework.FieldType;
import org.junit.jupiter.api.Test;

/** The child-level lists of Annex A, held against 000 §258-262. */
class IlacsChildListsTest {

    private final String seed = Seed.text();

    @Test
    void elevenListsNumberedInOrder() {
        assertThat(IlacsChildLists.ALL).extracting(ChildListSpec::id)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 11).mapToObj(n -> "list-" + n).toList());
    }

    @Test
    void titlesAreTheSeedsOwnWords() {
        for (int n = 1; n <= 11; n++) {
            ChildListSpec list = IlacsChildLists.ALL.get(n - 1);
            assertThatSeed(seed).as(list.id()).contains("List " + n + ": " + list.title());
            assertThat(list.source()).startsWith("000 §258");
        }
    }

    @Test
    void listsThreeToTenHoldOneRowPerChild() {
        // 000 §260: "For lists 3 to 10, please provide only one row for each unique child ID where possible."
        assertThatSeed(seed).contains("For lists 3 to 10, please provide only one row for each unique child ID");
        for (ChildListSpec list : IlacsChildLists.ALL) {
            int n = Integer.parseInt(list.id().substring("list-".length()));
            assertThat(list.onePerChild()).as(list.id()).isEqualTo(n >= 3 && n <= 10);
        }
    }

    @Test
    void listsOfChildrenAreKeyedByTheChildUniqueId() {
        for (ChildListSpec list : IlacsChildLists.ALL.subList(0, 10)) {
            assertThat(list.fields()).as(list.id()).first().satisfies(f -> {
                assertThat(f.type()).isEqualTo(FieldType.CHILD_ID);
                assertThat(f.required()).isTrue();
            });
            assertThat(list.fields()).filteredOn(f -> f.type() == FieldType.CHILD_ID).hasSize(1);
        }
        // 000 §259, §260, §266 and Annex A 2.03 name it these ways.
        FieldSpec childId = IlacsChildLists.CHILD_ID;
        assertThatSeed(seed.toLowerCase()).contains(childId.title().toLowerCase());
        assertThat(childId.aliases()).allSatisfy(a -> assertThatSeed(seed.toLowerCase()).contains(a.toLowerCase()));
    }

    @Test
    void listEightCarriesTheNumberOfBrothersAndSisters() {
        // 000 §262: "including an extra column in list 8 showing the number of brothers and sisters"
        assertThatSeed(seed).contains("including an extra column in list 8 showing the number of brothers and sisters");
        assertThat(IlacsChildLists.ALL.get(7).fields().subList(0, 2))
                .extracting(FieldSpec::id, FieldSpec::type, FieldSpec::required)
                .containsExactly(
                        tuple("child-id", FieldType.CHILD_ID, true),
                        tuple("number-of-brothers-and-sisters", FieldType.INTEGER,
                                false));
    }

    @Test
    void listElevenIsOfAdoptersByTheThreeWaysIntoIt() {
        ChildListSpec list = IlacsChildLists.ALL.get(10);
        assertThat(list.onePerChild()).isFalse();
        assertThat(list.fields().subList(0, 3)).extracting(FieldSpec::type).containsOnly(FieldType.FLAG);
        assertThat(list.fields().subList(0, 3))
                .allSatisfy(f -> assertThatSeed(seed.toLowerCase()).contains(f.title().toLowerCase()));
        assertThat(list.fields()).extracting(FieldSpec::type).doesNotContain(FieldType.CHILD_ID);
    }

    @Test
    void fieldIdsAreKebabCaseAndCodesOnlyOnCodeFields() {
        for (ChildListSpec list : IlacsChildLists.ALL) {
            assertThat(list.fields()).extracting(FieldSpec::id).doesNotHaveDuplicates()
                    .allSatisfy(id -> assertThat(id).matches("[a-z0-9]+(-[a-z0-9]+)*"));
            assertThat(list.fields()).filteredOn(f -> f.type() != FieldType.CODE)
                    .allSatisfy(f -> assertThat(f.codes()).isEmpty());
        }
    }
}
