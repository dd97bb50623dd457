package org.inspectra.framework.sif.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.inspectra.api.framework.ContextItem;
import org.junit.jupiter.api.Test;

/** 004 Annex A, "Information about the local authority area", as the platform reads it. */
class AreaContextSpiTest {

    @Test
    void theContextSectionReachesThePlatformInTheSeedsOrder() {
        var items = new SifFramework().areaContext();
        assertThat(items).hasSize(LocalAuthorityAreaContext.ALL.size());
        assertThat(items).extracting(ContextItem::id).doesNotHaveDuplicates()
                .startsWith("childrens-homes").contains("dcs-in-post-since", "child-protection-plans");
        assertThat(items).extracting(ContextItem::heading).containsSubsequence(LocalAuthorityAreaContext.HEADINGS);
        assertThat(items).filteredOn(ContextItem::optional).extracting(ContextItem::id)
                .contains("lscb-shared", "functions-delegated");
        assertThat(items).allSatisfy(i -> assertThat(i.source()).isEqualTo(LocalAuthorityAreaContext.SOURCE));
    }
}
