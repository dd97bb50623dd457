package org.inspectra.persistence.childrow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.inspectra.api.childdata.ChildRow;

/**
 * Derby: a row's values in one VARCHAR, field id and value separated by control characters the importer never lets
 * into a value (so a list of any shape fits one table; a row holds at most {@link ChildRow#MAX_CHARACTERS}
 * characters, which with the separators stays within the column); rows inserted {@link #ROWS_PER_STATEMENT} a
 * statement, in JDBC batches.
 */
final class DerbyChildRows extends ChildRowTable {

    private static final char FIELD = '\u001E';
    private static final char VALUE = '\u001F';
    /**
     * Rows one INSERT statement carries ({@code VALUES (…), (…), …}). Derby executes each element of a JDBC batch as
     * a statement of its own, opening the table, its three indexes and the foreign key's check anew for every row; a
     * statement of many rows opens them once for all of them (a third less CPU per row, docs/performance.md).
     */
    static final int ROWS_PER_STATEMENT = 50;
    /** Statements a JDBC batch: 500 rows, as before. */
    private static final int STATEMENTS_PER_BATCH = 10;
    private static final int COLUMNS = 5;

    @Override
    public Writer writer(Connection connection, String inspectionId, String listId) throws SQLException {
        PreparedStatement many = connection.prepareStatement(insert(ROWS_PER_STATEMENT));
        return new Writer() {
            /** The rows of the statement being filled, and the statements batched, not yet sent. */
            private final ChildRow[] filling = new ChildRow[ROWS_PER_STATEMENT];
            private int filled;
            private int batched;

            @Override
            public void accept(ChildRow row) {
                try {
                    set(many, filled, row);
                    filling[filled++] = row;
                    if (filled == ROWS_PER_STATEMENT) {
                        many.addBatch();
                        filled = 0;
                        if (++batched == STATEMENTS_PER_BATCH) {
                            many.executeBatch();
                            batched = 0;
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("Storing row " + row.row() + " failed: " + e.getMessage(), e);
                }
            }

            private void set(PreparedStatement insert, int position, ChildRow row) throws SQLException {
                int at = position * COLUMNS;
                insert.setString(at + 1, inspectionId);
                insert.setString(at + 2, listId);
                insert.setLong(at + 3, row.row());
                insert.setString(at + 4, row.childId());
                insert.setString(at + 5, encode(row.values()));
            }

            @Override
            public void finish() throws SQLException {
                if (batched > 0) {
                    many.executeBatch();
                    batched = 0;
                }
                if (filled > 0) {
                    // The last rows, fewer than a statement's: one statement of exactly that many.
                    try (PreparedStatement rest = connection.prepareStatement(insert(filled))) {
                        for (int i = 0; i < filled; i++) {
                            set(rest, i, filling[i]);
                        }
                        rest.executeUpdate();
                    }
                    filled = 0;
                }
            }

            @Override
            public void close() throws SQLException {
                many.close();
            }
        };
    }

    /** An INSERT of {@code rows} rows. */
    private static String insert(int rows) {
        StringBuilder sql = new StringBuilder(60 + rows * 18).append("INSERT INTO child_list_row"
                + " (inspection_id, list_id, row_number, child_id, row_values) VALUES ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "(?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?)");
        }
        return sql.toString();
    }

    @Override
    String valueColumns() {
        return "r.row_values";
    }

    @Override
    ChildRow decode(ResultSet result) throws SQLException {
        return new ChildRow(result.getLong("row_number"), result.getString("child_id"),
                decode(result.getString("row_values")));
    }

    static String encode(Map<String, String> values) {
        StringBuilder encoded = new StringBuilder();
        values.forEach((field, value) -> encoded.append(field).append(VALUE).append(value).append(FIELD));
        return encoded.toString();
    }

    static Map<String, String> decode(String values) {
        Map<String, String> decoded = new LinkedHashMap<>();
        int start = 0;
        while (start < values.length()) {
            int end = values.indexOf(FIELD, start);
            int split = values.indexOf(VALUE, start);
            decoded.put(values.substring(start, split), values.substring(split + 1, end));
            start = end + 1;
        }
        return decoded;
    }
}
