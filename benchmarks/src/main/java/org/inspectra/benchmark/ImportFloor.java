package org.inspectra.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The floor of the child-list import: what any import of the file pays. Parse-only reads every cell with the same
 * CSV parser the server uses; the insert then writes the same rows, encoded as the store encodes them, with plain JDBC
 * batches (as large as the server's) and one commit, into a table shaped like the server's, in the server's database.
 */
final class ImportFloor {

    /** Rows a JDBC batch: hibernate.jdbc.batch_size in the server's persistence unit. */
    private static final int BATCH = 500;

    private ImportFloor() {
    }

    /** Seconds to parse every cell of the file (a warm-up pass first, so both passes run compiled code). */
    static double parseOnly(Path csv) throws IOException {
        parse(csv, null);
        long start = System.nanoTime();
        parse(csv, null);
        return (System.nanoTime() - start) / 1e9;
    }

    /** Seconds to parse the file and insert its rows; the table is made before and dropped after, untimed. */
    static double parseAndInsert(Path csv, List<String> fieldIds, Connection connection)
            throws IOException, SQLException {
        if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            return parseAndCopy(csv, fieldIds, connection);
        }
        connection.setAutoCommit(false);
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE bench_child_list_row (inspection_id VARCHAR(36) NOT NULL, list_id VARCHAR(64) "
                    + "NOT NULL, row_number BIGINT NOT NULL, child_id VARCHAR(128), row_values VARCHAR(32672) NOT NULL,"
                    + " PRIMARY KEY (inspection_id, list_id, row_number))");
            ddl.execute("CREATE INDEX bench_child_list_row_by_child ON bench_child_list_row (inspection_id, child_id)");
            connection.commit();
        }
        long start = System.nanoTime();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_child_list_row "
                + "(inspection_id, list_id, row_number, child_id, row_values) VALUES (?, ?, ?, ?, ?)")) {
            parse(csv, new RowSink() {
                int pending;

                @Override
                public void row(long number, CSVRecord record) throws SQLException {
                    StringBuilder values = new StringBuilder();
                    for (int i = 0; i < fieldIds.size() && i < record.size(); i++) {
                        values.append(fieldIds.get(i)).append('\u001F').append(record.get(i)).append('\u001E');
                    }
                    insert.setString(1, "00000000-0000-0000-0000-000000000000");
                    insert.setString(2, "list-8");
                    insert.setLong(3, number);
                    insert.setString(4, record.get(0));
                    insert.setString(5, values.toString());
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }

                @Override
                public void end() throws SQLException {
                    insert.executeBatch();
                }
            });
            connection.commit();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("DROP TABLE bench_child_list_row");
            connection.commit();
        }
        return seconds;
    }

    /**
     * PostgreSQL's floor: the rows, their values as a jsonb object with the columns' order beside it as the store keeps
     * them, sent with one streamed {@code COPY} into a table with the store's indexes (GIN over the values included).
     */
    private static double parseAndCopy(Path csv, List<String> fieldIds, Connection connection)
            throws IOException, SQLException {
        connection.setAutoCommit(false);
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE bench_child_list_row (inspection_id VARCHAR(36) NOT NULL, list_id VARCHAR(64) "
                    + "NOT NULL, row_number BIGINT NOT NULL, child_id VARCHAR(128), row_values jsonb NOT NULL,"
                    + " field_order TEXT, PRIMARY KEY (inspection_id, list_id, row_number))");
            ddl.execute("CREATE INDEX bench_child_list_row_by_child ON bench_child_list_row (inspection_id, child_id)");
            ddl.execute("CREATE INDEX bench_child_list_row_values ON bench_child_list_row USING gin"
                    + " (row_values jsonb_path_ops)");
            connection.commit();
        }
        long start = System.nanoTime();
        org.postgresql.copy.CopyIn copy = connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI()
                .copyIn("COPY bench_child_list_row (inspection_id, list_id, row_number, child_id, row_values,"
                        + " field_order) FROM STDIN WITH (FORMAT csv)");
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream(1 << 17);
        parse(csv, new RowSink() {
            @Override
            public void row(long number, CSVRecord record) throws SQLException {
                StringBuilder json = new StringBuilder("{");
                StringBuilder order = new StringBuilder();
                for (int i = 0; i < fieldIds.size() && i < record.size(); i++) {
                    json.append(i == 0 ? "" : ",").append('"').append(fieldIds.get(i)).append("\":\"")
                            .append(record.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
                    order.append(i == 0 ? "" : "\u001E").append(fieldIds.get(i));
                }
                String line = "00000000-0000-0000-0000-000000000000,list-8," + number + ",\""
                        + record.get(0).replace("\"", "\"\"") + "\",\"" + json.append('}').toString()
                        .replace("\"", "\"\"") + "\",\"" + order + "\"\n";
                byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
                buffer.write(bytes, 0, bytes.length);
                if (buffer.size() >= 1 << 16) {
                    copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
                    buffer.reset();
                }
            }

            @Override
            public void end() throws SQLException {
                copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
                copy.endCopy();
            }
        });
        connection.commit();
        double seconds = (System.nanoTime() - start) / 1e9;
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("DROP TABLE bench_child_list_row");
            connection.commit();
        }
        return seconds;
    }

    private interface RowSink {
        void row(long number, CSVRecord record) throws SQLException;

        void end() throws SQLException;
    }

    private static void parse(Path csv, RowSink sink) throws IOException {
        long cells = 0;
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                     .parse(reader)) {
            for (CSVRecord record : parser) {
                for (String cell : record) {
                    cells += cell.length();
                }
                if (sink != null) {
                    sink.row(record.getRecordNumber(), record);
                }
            }
            if (sink != null) {
                sink.end();
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
        if (cells < 0) {
            throw new IllegalStateException("unreachable: keeps the cell reads alive");
        }
    }
}
