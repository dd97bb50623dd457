package org.inspectra.framework.sif.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectra.seed.SeedText.assertThatSeed;

import java.util.ArrayList;
import java.util.List;

import org.inspectra.framework.sif.internal.AnnexADocuments.Document;
import org.inspectra.framework.sif.internal.AnnexADocuments.Requested;
import org.junit.jupiter.api.Test;

/** The numbered documents of Annex A, held against the seed's list from 1.01 to 4.10. */
class AnnexADocumentsTest {

    private final String clean = SifSeed.clean();

    @Test
    void numberedWithoutGaps() {
        List<String> expected = new ArrayList<>();
        int[] counts = {14, 7, 10, 10};
        for (int section = 1; section <= 4; section++) {
            for (int n = 1; n <= counts[section - 1]; n++) {
                expected.add(String.format("%d.%02d", section, n));
            }
        }
        assertThat(AnnexADocuments.ALL).extracting(Document::number).containsExactlyElementsOf(expected);
        assertThat(AnnexADocuments.ALL).extracting(Document::source).containsOnly(AnnexADocuments.SOURCE);
    }

    /**
     * The list, whole: each number with its title and, for the three reports, what they hold for each child; between
     * them only the section headings and the note on 1.11-1.14 and 4.01-4.10.
     */
    @Test
    void theListIsExactlyTheDocumentsUnderTheirHeadings() {
        StringBuilder expected = new StringBuilder();
        String section = AnnexADocuments.PERFORMANCE;
        for (Document d : AnnexADocuments.ALL) {
            if (d.number().equals("1.11")) {
                expected.append(" ").append(LSCB_NOTE);
            }
            if (!d.section().equals(section)) {
                section = d.section();
                expected.append(" ").append(section);
                if (section.equals(AnnexADocuments.LSCB_REVIEW)) {
                    expected.append(". (Where the review is not being undertaken at the same time please only "
                            + "provide the documents listed under 1.11 to 1.14).");
                }
            }
            expected.append(" ").append(d.number()).append(" ").append(d.title());
            if (!d.details().isEmpty()) {
                expected.append(d.number().equals("2.07") ? ". The report" : ". This report")
                        .append(" should include for each child: ").append(String.join(" ", d.details()));
            }
        }
        String printed = SifSeed.between(clean, "support the local authority to link their evidence to the topic.",
                "Information about the local authority area All reports");
        assertThat(printed).isEqualTo(expected.toString().strip());
    }

    private static final String LSCB_NOTE = "Where a review of the LSCB is not undertaken at the same time as the "
            + "single inspection, the local authority should provide documents 1.11 to 1.14 below. Where the LSCB "
            + "review takes place concurrently to the local authority inspection please ignore items 1.11 to 1.14 and "
            + "provide the more extensive list of documents shown later in this annex at 4.01 to 4.10.";

    @Test
    void aConcurrentLscbReviewSwaps111To114For401To410() {
        assertThat(AnnexADocuments.requested(false)).extracting(Document::number)
                .contains("1.10", "1.11", "1.14", "2.01", "3.10").doesNotContain("4.01", "4.10").hasSize(31);
        assertThat(AnnexADocuments.requested(true)).extracting(Document::number)
                .contains("1.10", "2.01", "3.10", "4.01", "4.10").doesNotContain("1.11", "1.14").hasSize(37);
        assertThat(AnnexADocuments.ALL).filteredOn(d -> d.requested() == Requested.WITHOUT_CONCURRENT_LSCB_REVIEW)
                .extracting(Document::number).containsExactly("1.11", "1.12", "1.13", "1.14");
        assertThat(AnnexADocuments.ALL).filteredOn(d -> d.requested() == Requested.WITH_CONCURRENT_LSCB_REVIEW)
                .extracting(Document::section).containsOnly(AnnexADocuments.LSCB_REVIEW).hasSize(10);
    }

    @Test
    void numbersPrefixTheDocumentNames() {
        assertThatSeed(clean).contains("When the local authority provides the information to the inspection team, "
                + "they should include the number in the document name as a prefix.");
        assertThat(AnnexADocuments.document("2.07")).hasValueSatisfying(d -> assertThat(d.details()).hasSize(4));
        assertThat(AnnexADocuments.document("5.01")).isEmpty();
    }
}
