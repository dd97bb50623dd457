package org.inspectra.persistence.childrow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;

import org.inspectra.api.childdata.ChildRow;
import org.inspectra.persistence.schema.Vendor;

/**
 * The {@code child_list_row} table on one database, through JDBC on the connection of the caller's transaction: each
 * database keeps a row's values in its own form and takes rows in by its own fastest path. Derby keeps the values as
 * one encoded string, written in JDBC batches; PostgreSQL as {@code jsonb}, which queries can filter and a GIN index
 * serves, written with {@code COPY} (migration-postgresql V50).
 */
public abstract class ChildRowTable {

    /** Rows read per query, so a list of any length is read in bounded memory. */
    public static final int CHUNK = 1000;

    /**
     * Where a list's new rows go while the list is replaced: {@link #finish} sends what is left once the last row is
     * in; {@link #close} releases the writer, abandoning what was not finished.
     */
    public interface Writer extends Consumer<ChildRow>, AutoCloseable {
        void finish() throws SQLException;

        @Override
        void close() throws SQLException;
    }

    public static ChildRowTable of(Vendor vendor) {
        return vendor == Vendor.POSTGRESQL ? new PostgreSqlChildRows() : new DerbyChildRows();
    }

    /** A writer of the list's rows on {@code connection}, which stays in the caller's transaction. */
    public abstract Writer writer(Connection connection, String inspectionId, String listId) throws SQLException;

    /**
     * The columns after row_number and child_id that {@link #decode} reads, of the table as {@code r} (Derby takes an
     * unqualified {@code row_number} for its function).
     */
    abstract String valueColumns();

    /** The row at the result set's cursor: row_number, child_id, then {@link #valueColumns}. */
    abstract ChildRow decode(ResultSet result) throws SQLException;

    /**
     * Up to {@link #CHUNK} rows of the list after row number {@code after}, in sheet order; answers how many were
     * read.
     */
    public int readChunk(Connection connection, String inspectionId, String listId, long after,
                         Consumer<ChildRow> consumer) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT r.row_number, r.child_id, " + valueColumns()
                + " FROM child_list_row r WHERE r.inspection_id = ? AND r.list_id = ? AND r.row_number > ?"
                + " ORDER BY r.row_number FETCH FIRST " + CHUNK + " ROWS ONLY")) {
            select.setString(1, inspectionId);
            select.setString(2, listId);
            select.setLong(3, after);
            int read = 0;
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    consumer.accept(decode(result));
                    read++;
                }
            }
            return read;
        }
    }

    /** A child's rows in every list of the inspection, by list id then row number; gives each with its list id. */
    public void rowsOfChild(Connection connection, String inspectionId, String childId,
                            java.util.function.BiConsumer<String, ChildRow> consumer) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT r.row_number, r.child_id, " + valueColumns()
                + ", r.list_id FROM child_list_row r WHERE r.inspection_id = ? AND r.child_id = ?"
                + " ORDER BY r.list_id, r.row_number")) {
            select.setString(1, inspectionId);
            select.setString(2, childId);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    consumer.accept(result.getString("list_id"), decode(result));
                }
            }
        }
    }
}
