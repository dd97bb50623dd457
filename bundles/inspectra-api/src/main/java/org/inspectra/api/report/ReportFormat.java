package org.inspectra.api.report;

import java.util.Arrays;
import java.util.Optional;

/** The formats a report or letter is rendered in, by media type (API.md, Report). */
public enum ReportFormat {
    HTML("text/html"),
    MARKDOWN("text/markdown"),
    PDF("application/pdf");

    private final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<ReportFormat> fromMediaType(String mediaType) {
        return Arrays.stream(values()).filter(f -> f.mediaType.equalsIgnoreCase(mediaType)).findFirst();
    }
}
