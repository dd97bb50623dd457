package org.inspectra.persistence.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.inspectra.api.authority.LocalAuthority;
import org.inspectra.api.childdata.ChildRow;
import org.inspectra.api.childdata.ImportResult;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.persistence.schema.SchemaMigration;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database side of a child-list import, not a test (docs/deployment.md): 100,000 rows of 12 fields replaced as a
 * list through {@link JpaChildListStore} (delete, rows by each database's path, the transaction), beside its floor,
 * raw JDBC on the same database writing the same rows: on PostgreSQL {@code COPY} of lines encoded beforehand and a
 * batched {@code INSERT} with {@code reWriteBatchedInserts}; on Derby a batched {@code INSERT}. Each pass runs three
 * times after a warm-up; the best time counts. Run: {@code mvn -B -o -q -pl bundles/inspectra-persistence -am
 * -Pbenchmark -DskipTests test}.
 */
public final class ChildRowsBenchmark {

    private static final int ROWS = 100_000;
    private static final int RUNS = 3;

    private ChildRowsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<ChildRow> rows = rows();
        System.out.printf("%-10s %-34s %9s %9s %10s %8s%n", "database", "pass", "rows", "seconds", "rows/s",
                "x floor");
        try (TestDatabase postgresql = TestDatabase.postgresql()) {
            String inspection = prepare(postgresql.dataSource());
            PGSimpleDataSource rewriting = (PGSimpleDataSource) postgresql.dataSource();
            double floor = best(() -> rawCopy(postgresql.dataSource(), inspection, rows));
            double store = best(() -> store(postgresql.dataSource(), inspection, rows));
            rewriting.setReWriteBatchedInserts(true);
            double insert = best(() -> rawInsert(postgresql.dataSource(), inspection, rows, "?::jsonb"));
            print("postgresql", "raw COPY, lines encoded beforehand", floor, floor);
            print("postgresql", "raw INSERT, reWriteBatchedInserts", insert, floor);
            print("postgresql", "store: JpaChildListStore.replace", store, floor);
        }
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(System.getProperty("java.io.tmpdir") + "/inspectra-benchmark-" + UUID.randomUUID());
        derby.setCreateDatabase("create");
        String inspection = prepare(derby);
        double floor = best(() -> rawInsert(derby, inspection, rows, "?"));
        double store = best(() -> store(derby, inspection, rows));
        print("derby", "raw INSERT, JDBC batches of 500", floor, floor);
        print("derby", "store: JpaChildListStore.replace", store, floor);
        System.out.println("(" + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + "; the database on the same machine)");
        System.exit(0);
    }

    private interface Pass {
        void run() throws Exception;
    }

    private static double best(Pass pass) throws Exception {
        pass.run();
        double best = Double.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            pass.run();
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return best;
    }

    private static void print(String database, String pass, double seconds, double floor) {
        System.out.printf("%-10s %-34s %9s %9.2f %10s %8.2f%n", database, pass, String.format("%,d", ROWS), seconds,
                String.format("%,d", Math.round(ROWS / seconds)), seconds / floor);
    }

    private static List<ChildRow> rows() {
        List<ChildRow> rows = new ArrayList<>(ROWS);
        String[] fields = {"child-id", "gender", "ethnicity", "date-of-birth", "age", "disability", "referral-date",
            "referral-source", "referral-nfa", "assessment-start", "assessment-end", "team"};
        for (int i = 0; i < ROWS; i++) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put(fields[0], "CH-" + i);
            values.put(fields[1], i % 2 == 0 ? "F" : "M");
            values.put(fields[2], "WBRI");
            values.put(fields[3], "2012-03-0" + (1 + i % 9));
            values.put(fields[4], String.valueOf(i % 18));
            values.put(fields[5], i % 7 == 0 ? "Y" : "N");
            values.put(fields[6], "2024-11-1" + i % 10);
            values.put(fields[7], "Police");
            values.put(fields[8], i % 3 == 0 ? "Y" : "N");
            values.put(fields[9], "2024-11-2" + i % 10);
            values.put(fields[10], "2024-12-0" + (1 + i % 9));
            values.put(fields[11], "North East Locality Team " + i % 5);
            rows.add(new ChildRow(i + 2, "CH-" + i, values));
        }
        return rows;
    }

    private static String prepare(DataSource dataSource) {
        SchemaMigration schema = new SchemaMigration(dataSource);
        String inspection = UUID.randomUUID().toString();
        try (ResourceLocalJpaTemplate jpa = new ResourceLocalJpaTemplate(dataSource)) {
            new JpaLocalAuthorityStore(jpa, schema).save(new LocalAuthority("330", "Birmingham"),
                    new AuditEntry(Instant.now(), "b", "b", "b", null, null));
            jpa.tx(em -> em.createNativeQuery("INSERT INTO inspection (id, local_authority, framework_id,"
                            + " framework_version, inspection_type, status, notified_on, created_by, created_at)"
                            + " VALUES (?, '330', 'ilacs', '2018.12', 'standard', 'notified', ?, 'b', ?)")
                    .setParameter(1, inspection).setParameter(2, java.sql.Date.valueOf("2025-08-18"))
                    .setParameter(3, java.sql.Timestamp.from(Instant.now())).executeUpdate());
            jpa.tx(em -> em.createNativeQuery("INSERT INTO child_list (inspection_id, list_id, rows_read, accepted,"
                    + " rejected) VALUES (?, 'raw', 0, 0, 0)").setParameter(1, inspection).executeUpdate());
        }
        return inspection;
    }

    private static void store(DataSource dataSource, String inspection, List<ChildRow> rows) {
        SchemaMigration schema = new SchemaMigration(dataSource);
        try (ResourceLocalJpaTemplate jpa = new ResourceLocalJpaTemplate(dataSource)) {
            new JpaChildListStore(jpa, schema).replace(inspection, "list-8", sink -> {
                rows.forEach(sink);
                return new ImportResult("list-8", rows.size(), rows.size(), 0, List.of());
            }, new AuditEntry(Instant.now(), "b", "child-list.replace", "b", null, null));
        }
    }

    private static void rawCopy(DataSource dataSource, String inspection, List<ChildRow> rows) throws Exception {
        List<byte[]> lines = new ArrayList<>(rows.size());
        for (ChildRow row : rows) {
            StringBuilder json = new StringBuilder("{");
            row.values().forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k)
                    .append("\":\"").append(v).append('"'));
            lines.add((inspection + "\traw\t" + row.row() + "\t" + row.childId() + "\t" + json.append('}') + "\t"
                    + String.join("\u001E", row.values().keySet()) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            clear(c, inspection);
            CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY child_list_row (inspection_id,"
                    + " list_id, row_number, child_id, row_values, field_order) FROM STDIN");
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 17);
            for (byte[] line : lines) {
                buffer.write(line);
                if (buffer.size() >= 1 << 16) {
                    copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
                    buffer.reset();
                }
            }
            copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
            copy.endCopy();
            c.commit();
        }
    }

    private static void rawInsert(DataSource dataSource, String inspection, List<ChildRow> rows, String valueMark)
            throws Exception {
        boolean postgresql = valueMark.contains("jsonb");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            clear(c, inspection);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO child_list_row (inspection_id, list_id,"
                    + " row_number, child_id, row_values" + (postgresql ? ", field_order" : "") + ") VALUES (?, 'raw',"
                    + " ?, ?, " + valueMark + (postgresql ? ", ?" : "") + ")")) {
                int pending = 0;
                for (ChildRow row : rows) {
                    insert.setString(1, inspection);
                    insert.setLong(2, row.row());
                    insert.setString(3, row.childId());
                    StringBuilder value = new StringBuilder(postgresql ? "{" : "");
                    row.values().forEach((k, v) -> {
                        if (postgresql) {
                            value.append(value.length() > 1 ? "," : "").append('"').append(k).append("\":\"")
                                    .append(v).append('"');
                        } else {
                            value.append(k).append('\u001F').append(v).append('\u001E');
                        }
                    });
                    insert.setString(4, postgresql ? value.append('}').toString() : value.toString());
                    if (postgresql) {
                        insert.setString(5, String.join("\u001E", row.values().keySet()));
                    }
                    insert.addBatch();
                    if (++pending == (postgresql ? 1000 : 500)) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                insert.executeBatch();
            }
            c.commit();
        }
    }

    private static void clear(Connection c, String inspection) throws Exception {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM child_list_row WHERE inspection_id = '" + inspection + "'");
        }
    }
}
