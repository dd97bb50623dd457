package org.inspectra.api.request;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of further information an inspector asks for ({@code 000 §166-168}, Annex B). */
public enum RequestType {
    CASE_INFORMATION,
    GENERAL,
    LINE_OF_ENQUIRY,
    OTHER;

    /** Kebab-case id used in the API ({@code case-information}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<RequestType> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id().equals(id)).findFirst();
    }
}
