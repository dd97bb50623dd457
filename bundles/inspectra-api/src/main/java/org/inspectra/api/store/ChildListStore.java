package org.inspectra.api.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.inspectra.api.childdata.ChildRow;
import org.inspectra.api.childdata.ImportResult;

/** Storage of child-level lists, each replaced as a whole. */
public interface ChildListStore {

    /** Produces a list's new rows into the sink while the store's transaction is open. */
    @FunctionalInterface
    interface RowWriter {
        /**
         * Writes the rows and answers the upload's result; throwing abandons the replacement and keeps the list as it
         * was.
         */
        ImportResult write(Consumer<ChildRow> sink);
    }

    /**
     * In one transaction: removes the list's rows, stores the rows the writer produces, stores the result and the
     * audit entry. Memory stays bounded whatever the number of rows.
     */
    ImportResult replace(String inspectionId, String listId, RowWriter writer, AuditEntry audit);

    /** The result of the upload that made the list as it stands. */
    Optional<ImportResult> summary(String inspectionId, String listId);

    /** Streams a list's rows in sheet order to the consumer. */
    void forEachRow(String inspectionId, String listId, Consumer<ChildRow> consumer);

    /** A child's rows in every list, by list id, each in sheet order. */
    java.util.Map<String, List<ChildRow>> rowsOfChild(String inspectionId, String childId);

    /** The rows stored in each of the inspection's lists that has any, by list id. */
    java.util.Map<String, Long> rowCounts(String inspectionId);

    /**
     * In one transaction: deletes the rows of every list of the inspection (the lists' upload summaries stay) and
     * stores the audit entry; answers the rows deleted.
     */
    long deleteRows(String inspectionId, AuditEntry audit);
}
