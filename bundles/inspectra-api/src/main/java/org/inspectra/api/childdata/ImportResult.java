package org.inspectra.api.childdata;

import java.util.List;

/**
 * What an upload did (API.md, Child-level data): the data rows read, accepted and rejected, and the issues found.
 *
 * @param listId   the list replaced
 * @param rows     data rows read (blank rows are not counted)
 * @param accepted rows stored
 * @param rejected rows refused for an error, each with at least one issue
 * @param issues   the issues, in sheet order, at most {@link #MAX_ISSUES} and then one {@code issues-truncated}
 * @param importId the upload's id, under which {@link ChildDataService#progress} reports it; {@code null} where the
 *                 result was not made by an upload (a stored summary)
 * @param dataQuality the data-quality rules run across the inspection's lists once the list was stored; {@code null}
 *                    where they were not run (a stored summary, or the check could not run)
 */
public record ImportResult(String listId, long rows, long accepted, long rejected, List<ImportIssue> issues,
                           String importId, QualitySummary dataQuality) {

    /** Issues listed in one answer; counts stay exact beyond it. */
    public static final int MAX_ISSUES = 1000;

    public ImportResult {
        issues = List.copyOf(issues);
    }

    /** A result without an upload's id, as it was before uploads had one. */
    public ImportResult(String listId, long rows, long accepted, long rejected, List<ImportIssue> issues) {
        this(listId, rows, accepted, rejected, issues, null, null);
    }

    /** The same result as the answer to the upload with this id. */
    public ImportResult withImportId(String id) {
        return new ImportResult(listId, rows, accepted, rejected, issues, id, dataQuality);
    }

    /** The same result with the data-quality rules' counts after it. */
    public ImportResult withDataQuality(QualitySummary summary) {
        return new ImportResult(listId, rows, accepted, rejected, issues, importId, summary);
    }
}
