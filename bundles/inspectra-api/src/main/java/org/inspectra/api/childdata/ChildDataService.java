package org.inspectra.api.childdata;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.inspectra.api.security.Caller;

/**
 * Child-level lists of one inspection. Uploading, and following an upload's progress, is for the inspection's team
 * and the authority's link people; reading the children's rows is for the team and administrators only.
 */
@org.osgi.annotation.versioning.ProviderType
public interface ChildDataService {

    /** The media type of a CSV upload. */
    String CSV = "text/csv";

    /** The media type of an Excel workbook upload. */
    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * Replaces one list as a whole or not at all: rows with errors are reported and left out, the rest stored; a
     * refused or interrupted upload leaves the previous version of the list as it was.
     *
     * @param mediaType {@link #CSV} or {@link #XLSX}
     * @param content   the body, read once and not closed
     * @throws org.inspectra.api.error.NotFoundException      where the inspection or the list is unknown
     * @throws org.inspectra.api.error.InvalidInputException  where the file cannot be read as that media type
     * @throws org.inspectra.api.error.RuleViolationException where the headings break the list's specification (a
     *                                                        required column missing, a column of names) or no row
     *                                                        could be accepted
     * @throws org.inspectra.api.error.TooLargeException      where the body is over the configured limit
     */
    default ImportResult replace(String inspectionId, String listId, String mediaType, InputStream content,
                                 Caller caller) {
        return replace(inspectionId, listId, mediaType, content, -1, caller);
    }

    /**
     * {@link #replace(String, String, String, InputStream, Caller)} with the body's declared length, so that its
     * {@link #progress} can tell the share read. The answer carries the upload's {@link ImportResult#importId()}.
     *
     * @param contentLength the body's length in bytes as the request declared it, or -1 where it did not
     */
    ImportResult replace(String inspectionId, String listId, String mediaType, InputStream content, long contentLength,
                         Caller caller);

    /**
     * The progress of the list's running upload (the latest begun, where several run), else of its last finished
     * one, whichever node runs or ran it: progress is kept in the database and survives restarts. Who may: as for
     * uploading.
     *
     * @throws org.inspectra.api.error.NotFoundException where the inspection or the list is unknown, or the list has
     *                                                   never been uploaded
     */
    ImportProgress progress(String inspectionId, String listId, Caller caller);

    /**
     * Every list the child is on, with its rows; the read is recorded in the access log.
     *
     * @throws org.inspectra.api.error.NotFoundException where the inspection is unknown or the child is on no list
     */
    ChildView child(String inspectionId, String childId, Caller caller);

    /**
     * Every dated event of the child across the lists, oldest first, each traced to its list, row and field; the
     * read is recorded in the access log.
     *
     * @throws org.inspectra.api.error.NotFoundException where the inspection is unknown or the child is on no list
     */
    Chronology chronology(String inspectionId, String childId, Caller caller);

    /**
     * One list's rows, filtered: each entry of {@code filter} maps a field id to the value the row must have (compared
     * as normalised, case-insensitively), or to {@code *} for any non-empty value. The read is recorded in the
     * access log.
     */
    List<ChildRow> rows(String inspectionId, String listId, Map<String, String> filter, Caller caller);
}
