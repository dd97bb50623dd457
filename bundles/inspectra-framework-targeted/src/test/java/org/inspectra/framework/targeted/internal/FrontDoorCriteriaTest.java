package org.inspectra.framework.targeted.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectra.seed.SeedText.assertThatSeed;

import java.util.stream.IntStream;

import org.inspectra.api.framework.Criterion;
import org.inspectra.seed.SeedText;
import org.junit.jupiter.api.Test;

/** ESN 01-22 held against 003 §7, item by item and as the whole list. */
class FrontDoorCriteriaTest {

    /** The page's two footnotes, which the PDF extraction puts in the middle of ESN 12. */
    private static final String FOOTNOTES = " --- <sup>1</sup> This will be the Multi-Agency Safeguarding Hub (MASH) "
            + "or the local equivalent. <sup>2</sup> The evaluation schedule numbers (ESN) are a referencing system to "
            + "support inspectors when they record their findings in evidence records.";

    private final SeedText seed = SeedText.of("003");

    @Test
    void twentyTwoCriteriaEsn01ToEsn22() {
        assertThat(FrontDoorCriteria.ALL).extracting(Criterion::id).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 22).mapToObj(n -> String.format("esn-%02d", n)).toList());
        assertThat(FrontDoorCriteria.ALL).allSatisfy(c -> {
            assertThat(c.judgement()).isNull();
            assertThat(c.source()).isEqualTo("003 §7");
            assertThat(c.descriptors()).isEmpty();
            assertThat(c.title()).isEqualTo(c.title().strip()).doesNotContain("  ").doesNotContain("ESN")
                    .doesNotContain("<");
        });
    }

    @Test
    void eachItemIsTheSeedsTextBeforeItsNumber() {
        String section7 = frontDoor();
        for (int n = 1; n <= 22; n++) {
            Criterion c = FrontDoorCriteria.ALL.get(n - 1);
            assertThatSeed(section7).as(c.id()).contains("- " + c.title() + String.format(" (ESN %02d)", n));
        }
    }

    /** The whole list in order, with the unnumbered heading of ESN 14-19: nothing missing, added or moved. */
    @Test
    void theWholeListOfSection7InOrder() {
        StringBuilder list = new StringBuilder("Inspectors will evaluate:");
        for (int n = 1; n <= 22; n++) {
            if (n == 14) {
                list.append(" - ").append(FrontDoorCriteria.MANAGEMENT_OVERSIGHT);
            }
            list.append(" - ").append(FrontDoorCriteria.ALL.get(n - 1).title()).append(String.format(" (ESN %02d)", n));
        }
        list.append(" ### **The response to specific children and young people, evaluated through a deep dive "
                + "investigation**");
        assertThatSeed(frontDoor()).contains(list.toString());
    }

    @Test
    void esn12IsJoinedAcrossThePageBreak() {
        assertThatSeed(seed.paragraph(7)).contains("(including the" + FOOTNOTES + " provision of emergency");
        assertThat(FrontDoorCriteria.ALL.get(11).title())
                .contains("(including the provision of emergency accommodation for children that go missing)");
    }

    @Test
    void theNumbersAreForRecordingEvidence() {
        assertThatSeed(seed.text()).contains("The evaluation schedule numbers (ESN) are a referencing system to "
                + "support inspectors when they record their findings in evidence records.");
        assertThat(FrontDoorCriteria.id(7)).isEqualTo("esn-07");
    }

    /** §7 with the page's footnotes and footnote markers taken out. */
    private String frontDoor() {
        String section7 = seed.paragraph(7);
        assertThat(section7).contains(FOOTNOTES).contains("(ESN 01)<sup>2</sup>");
        return section7.replace(FOOTNOTES, "").replace("<sup>2</sup>", "");
    }
}
