package org.inspectra.framework.lscb.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectra.seed.SeedText.assertThatSeed;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Documents 4.01-4.10 held against 004 Annex A. */
class LscbDocumentsTest {

    private final String clean = LscbSeed.clean();

    @Test
    void numberedWithoutGaps() {
        assertThat(LscbDocuments.ALL).extracting(LscbDocuments.Document::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 10).mapToObj(n -> String.format("4.%02d", n))
                        .toList());
        assertThat(LscbDocuments.ALL).extracting(LscbDocuments.Document::source).containsOnly(LscbDocuments.SOURCE);
    }

    /** The list, whole: the heading for a concurrent review, its note, the ten documents, then the next section. */
    @Test
    void theListIsExactlyTheTenDocuments() {
        StringBuilder run = new StringBuilder("Information required to support the LSCB review where the review is "
                + "being undertaken at the same time as the single inspection. (Where the review is not being "
                + "undertaken at the same time please only provide the documents listed under 1.11 to 1.14).");
        LscbDocuments.ALL.forEach(d -> run.append(' ').append(d.number()).append(' ').append(d.title()));
        run.append(" Information about the local authority area");
        assertThatSeed(clean).contains(run.toString());
    }

    @Test
    void theyReplaceDocuments111To114() {
        assertThatSeed(clean).contains("Where the LSCB review takes place concurrently to the local authority "
                + "inspection please ignore items 1.11 to 1.14 and provide the more extensive list of documents shown "
                + "later in this annex at 4.01 to 4.10.");
        assertThat(LscbDocuments.REPLACES).containsExactly("1.11", "1.12", "1.13", "1.14");
        assertThatSeed(clean).contains("1.11 LSCB annual report 1.12 LSCB business plan 1.13 LSCB minutes from the "
                + "last 12 months of meetings 1.14 the training strategy from the LSCB Children in need");
        assertThat(LscbDocuments.document("4.08")).hasValueSatisfying(d -> assertThat(d.title())
                .isEqualTo("the Child Death Overview Process annual report"));
        assertThat(LscbDocuments.document("1.11")).isEmpty();
    }
}
