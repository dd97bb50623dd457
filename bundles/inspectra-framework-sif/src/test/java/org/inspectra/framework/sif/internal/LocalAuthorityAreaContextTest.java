package org.inspectra.framework.sif.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectra.seed.SeedText.assertThatSeed;

import org.inspectra.framework.sif.internal.LocalAuthorityAreaContext.Item;
import org.junit.jupiter.api.Test;

/** The "information about this local authority area" section, held against the end of 004 Annex A. */
class LocalAuthorityAreaContextTest {

    private final String clean = SifSeed.clean();

    /** The section, whole: the headings in order, each item's template and its sub-items, nothing else. */
    @Test
    void itemsAreTheSectionsTemplatesUnderTheirHeadings() {
        StringBuilder expected = new StringBuilder();
        String heading = null;
        for (Item item : LocalAuthorityAreaContext.ALL) {
            if (!item.heading().equals(heading)) {
                heading = item.heading();
                expected.append(' ').append(heading);
            }
            expected.append(' ').append(item.deleteIfNotApplicable() ? "(Delete if n/a) " : "")
                    .append(item.template());
            item.parts().forEach(p -> expected.append(' ').append(p));
        }
        String marker = "The items in this section are: ";
        String printed = clean.substring(clean.indexOf(marker) + marker.length());
        assertThat(printed).isEqualTo(expected.toString().strip());
    }

    @Test
    void headingsInOrderAndIdsUnique() {
        assertThat(LocalAuthorityAreaContext.ALL.stream().map(Item::heading).distinct().toList())
                .containsExactlyElementsOf(LocalAuthorityAreaContext.HEADINGS);
        assertThat(LocalAuthorityAreaContext.ALL).extracting(Item::id).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("[a-z0-9]+(-[a-z0-9]+)*"));
        assertThat(LocalAuthorityAreaContext.ALL).filteredOn(Item::deleteIfNotApplicable).extracting(Item::id)
                .containsExactly("lscb-shared", "functions-delegated");
    }

    @Test
    void ofstedFillsItAndTheLeadInspectorDecides() {
        assertThatSeed(clean).contains("This section will be pre-populated by Ofsted and the local authority will be "
                + "given the opportunity to provide more recent local information. The lead inspector will make the "
                + "final decision about whether and what updates to include in the report.")
                .contains("review the context section of the inspection report called information about this local "
                        + "authority area.");
    }
}
