package org.inspectra.api.childdata;

import java.time.Instant;

/**
 * How one upload of a list goes, or went: a snapshot, taken while the upload runs or once it has finished. Counts
 * trail the reading by at most a few hundred rows while it runs and are exact once it has finished.
 *
 * @param importId     the upload's id, as the answer to the upload gives it ({@link ImportResult#importId()})
 * @param inspectionId the inspection
 * @param listId       the list
 * @param state        where the upload stands
 * @param startedBy    the user who uploaded
 * @param startedAt    when reading began
 * @param finishedAt   when it finished; {@code null} while running
 * @param bytesRead    bytes of the body read so far
 * @param totalBytes   the body's length as the request declared it; {@code null} where it did not
 * @param rowsRead     data rows read (blank rows are not counted)
 * @param rowsAccepted rows checked and accepted
 * @param rowsRejected rows rejected for an error
 * @param problems     issues found so far (row issues and heading notes); for a refusal, at least the number of
 *                     violations it gave
 * @param detail       why a refused or failed upload stopped; {@code null} otherwise
 */
public record ImportProgress(String importId, String inspectionId, String listId, ImportState state,
                             String startedBy, Instant startedAt, Instant finishedAt, long bytesRead, Long totalBytes,
                             long rowsRead, long rowsAccepted, long rowsRejected, long problems, String detail) {

    /**
     * The share of the body read, 0 to 100, where its length is known; {@code null} where it is not. A running upload
     * shows at most 99: an Excel workbook is received whole before its rows are read, and the rows are stored after.
     */
    public Integer percent() {
        if (state == ImportState.COMPLETED) {
            return 100;
        }
        if (totalBytes == null || totalBytes <= 0) {
            return null;
        }
        int percent = (int) Math.min(100, bytesRead * 100 / totalBytes);
        return state == ImportState.RUNNING ? Math.min(99, percent) : percent;
    }
}
