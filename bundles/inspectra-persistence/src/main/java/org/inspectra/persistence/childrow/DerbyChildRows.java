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
 * characters, which with the separators stays within the column); rows inserted in JDBC batches.
 */
final class DerbyChildRows extends ChildRowTable {

    private static final char FIELD = '\u001E';
    private static final char VALUE = '\u001F';
    private static final int BATCH = 500;

    @Override
    public Writer writer(Connection connection, String inspectionId, String listId) throws SQLException {
        PreparedStatement insert = connection.prepareStatement("INSERT INTO child_list_row"
                + " (inspection_id, list_id, row_number, child_id, row_values) VALUES (?, ?, ?, ?, ?)");
        return new Writer() {
            private int pending;

            @Override
            public void accept(ChildRow row) {
                try {
                    insert.setString(1, inspectionId);
                    insert.setString(2, listId);
                    insert.setLong(3, row.row());
                    insert.setString(4, row.childId());
                    insert.setString(5, encode(row.values()));
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("Storing row " + row.row() + " failed: " + e.getMessage(), e);
                }
            }

            @Override
            public void finish() throws SQLException {
                if (pending > 0) {
                    insert.executeBatch();
                    pending = 0;
                }
            }

            @Override
            public void close() throws SQLException {
                insert.close();
            }
        };
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
