package org.inspectra.framework.lscb.internal;

import java.util.List;
import java.util.Optional;

/**
 * The documents the local authority provides for a concurrent LSCB review, 4.01-4.10 of Annex A ("Information required
 * to support the LSCB review where the review is being undertaken at the same time as the single inspection"). They
 * replace the SIF's 1.11-1.14: "Where the LSCB review takes place concurrently to the local authority inspection please
 * ignore items 1.11 to 1.14 and provide the more extensive list of documents shown later in this annex at 4.01 to
 * 4.10." Titles as printed, without bold marks. Not yet carried by the SPI.
 */
final class LscbDocuments {

    /**
     * One numbered document.
     *
     * @param number as the seed numbers it, e.g. {@code 4.05}
     * @param title  the item as the seed words it
     * @param source where the seed lists it
     */
    record Document(String number, String title, String source) {
    }

    static final String SOURCE = "004 Annex A, Information required to support the LSCB review";

    /** The SIF documents a concurrent review replaces. */
    static final List<String> REPLACES = List.of("1.11", "1.12", "1.13", "1.14");

    static final List<Document> ALL = List.of(
            doc("4.01", "minutes of LSCB meetings from the previous 12 months (including executive board meetings "
                    + "where applicable)"),
            doc("4.02", "structure of the LSCB and sub-groups; names and contact details for LSCB members"),
            doc("4.03", "sub-group minutes as requested by the lead inspector"),
            doc("4.04", "any evaluation of multi-agency safeguarding training and the LSCB training strategy"),
            doc("4.05", "any serious case review action plans"),
            doc("4.06", "any recent auditing undertaken by the LSCB"),
            doc("4.07", "the learning improvement framework"),
            doc("4.08", "the Child Death Overview Process annual report"),
            doc("4.09", "the LSCB business plan"),
            doc("4.10", "the LSCB annual report."));

    private LscbDocuments() {
    }

    static Optional<Document> document(String number) {
        return ALL.stream().filter(d -> d.number().equals(number)).findFirst();
    }

    private static Document doc(String number, String title) {
        return new Document(number, title, SOURCE);
    }
}
