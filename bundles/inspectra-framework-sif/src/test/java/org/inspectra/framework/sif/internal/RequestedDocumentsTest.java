package org.inspectra.framework.sif.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.inspectra.api.framework.RequestedDocument;
import org.junit.jupiter.api.Test;

/** 004 Annex A: "please ignore items 1.11 to 1.14 and provide … 4.01 to 4.10" where the LSCB review is concurrent. */
class RequestedDocumentsTest {

    @Test
    void aConcurrentLscbReviewSwapsTheLscbDocuments() {
        var documents = new SifFramework().requestedDocuments();
        var alone = documents.stream().filter(d -> d.requestedBeside(Set.of())).map(RequestedDocument::number)
                .toList();
        var beside = documents.stream().filter(d -> d.requestedBeside(Set.of("lscb"))).map(RequestedDocument::number)
                .toList();
        assertThat(alone).hasSize(31).contains("1.11", "1.14").doesNotContain("4.01");
        assertThat(beside).hasSize(37).contains("4.01", "4.10").doesNotContain("1.11", "1.14");
        assertThat(alone).isEqualTo(AnnexADocuments.requested(false).stream().map(AnnexADocuments.Document::number)
                .toList());
        assertThat(beside).isEqualTo(AnnexADocuments.requested(true).stream().map(AnnexADocuments.Document::number)
                .toList());
    }
}
