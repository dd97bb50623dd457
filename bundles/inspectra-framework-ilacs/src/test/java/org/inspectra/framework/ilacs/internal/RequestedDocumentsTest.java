package org.inspectra.framework.ilacs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.inspectra.api.framework.RequestedDocument;
import org.junit.jupiter.api.Test;

/** 000 §271: the numbered documents 1.01-1.13, 2.01-2.05, 3.01-3.12, asked for whatever runs beside. */
class RequestedDocumentsTest {

    @Test
    void allThirtyAnnexADocumentsAreRequested() {
        var documents = new IlacsFramework().requestedDocuments();
        assertThat(documents).hasSize(30).allSatisfy(d -> {
            assertThat(d.requestedBeside(Set.of())).isTrue();
            assertThat(d.source()).isEqualTo("000 §271");
        });
        assertThat(documents).extracting(RequestedDocument::number).startsWith("1.01").endsWith("3.12")
                .contains("1.13", "2.05").doesNotHaveDuplicates();
    }
}
