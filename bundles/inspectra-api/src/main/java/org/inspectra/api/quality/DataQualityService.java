package org.inspectra.api.quality;

import org.inspectra.api.security.Caller;

/** The data-quality report of an inspection's child-level lists, for the inspection's team and administrators. */
@org.osgi.annotation.versioning.ProviderType
public interface DataQualityService {

    /** The report as CSV: one line per finding with its rule's title and severity. */
    String CSV = "text/csv";

    /** The report as an Excel workbook: a summary sheet of the rules and a sheet of the findings. */
    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * Runs every rule over the inspection's lists as they stand now; the read is recorded in the access log.
     *
     * @throws org.inspectra.api.error.NotFoundException  where there is no such inspection
     * @throws org.inspectra.api.error.ForbiddenException where the caller is not on the team nor an administrator
     */
    DataQualityReport report(String inspectionId, Caller caller);

    /**
     * Writes a report as a downloadable file.
     *
     * @param mediaType {@link #CSV} or {@link #XLSX}
     * @throws IllegalArgumentException where the media type is neither
     */
    void write(DataQualityReport report, String mediaType, java.io.OutputStream out) throws java.io.IOException;
}
