package org.inspectra.framework.ilacs.internal;

import java.util.List;
import java.util.Optional;

/**
 * Annex B, the record of requests for further information ({@code 000 §166-168}, §190, §254): the lead inspector
 * sets it up at the start of the inspection and the DCS enters the local authority's responses. Not yet carried by the
 * SPI.
 */
final class AnnexBRequests {

    /**
     * A type of request, one of the template's options.
     *
     * @param id    kebab-case id
     * @param title as the template words it
     */
    record RequestType(String id, String title) {
    }

    static final String SOURCE = "000 Annex B";

    /** The template's "Type of request" options. */
    static final List<RequestType> TYPES = List.of(
            new RequestType("case-information", "Case information"),
            new RequestType("general", "General"),
            new RequestType("line-of-enquiry", "Line of enquiry"),
            new RequestType("other", "Other"));

    /** The template's columns, in order (the December 2018 changes added one of them without saying which). */
    static final List<String> COLUMNS = List.of(
            "Inspector that requested the information",
            "Type of request",
            "What did the inspector request?",
            "Why did the inspector request the information?",
            "The date that the information is required",
            "The local authority’s response");

    private AnnexBRequests() {
    }

    static Optional<RequestType> type(String id) {
        return TYPES.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
