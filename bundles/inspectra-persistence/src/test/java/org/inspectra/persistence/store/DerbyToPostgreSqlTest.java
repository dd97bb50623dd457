package org.inspectra.persistence.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.inspectra.api.authority.LocalAuthority;
import org.inspectra.api.childdata.ChildRow;
import org.inspectra.api.childdata.ImportProgress;
import org.inspectra.api.childdata.ImportResult;
import org.inspectra.api.childdata.ImportState;
import org.inspectra.api.evidence.Assessment;
import org.inspectra.api.evidence.EvidenceRecord;
import org.inspectra.api.framework.FrameworkKey;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.inspection.InspectionStatus;
import org.inspectra.api.inspection.TeamMember;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.BundleArchiveStore;
import org.inspectra.persistence.childrow.ChildRowTable;
import org.inspectra.persistence.copy.DerbyToPostgreSql;
import org.inspectra.persistence.schema.SchemaMigration;
import org.inspectra.persistence.schema.Vendor;
import org.junit.jupiter.api.Test;

/**
 * The copy of a Derby installation to PostgreSQL (bin/inspectra-copy-derby): every table's row count, and every row
 * of every table (the whole of this installation is the sample), equal on both sides; the copy goes on working as an
 * installation (new identity values follow the copied ones); a database that holds data already is refused.
 */
class DerbyToPostgreSqlTest {

    private static final Instant AT = Instant.parse("2025-08-18T09:00:00.123456Z");

    @Test
    void copiesEveryTableRowForRow() throws Exception {
        try (TestDatabase derby = TestDatabase.derby(); TestDatabase postgresql = TestDatabase.postgresql()) {
            String[] inspections = fill(derby.dataSource());

            List<DerbyToPostgreSql.Copied> copied = DerbyToPostgreSql.copy(derby.dataSource(),
                    postgresql.dataSource());

            assertThat(copied).extracting(DerbyToPostgreSql.Copied::table).contains("local_authority", "inspection",
                    "audit_entry", "evidence_revision", "evidence_child", "child_list", "child_list_row",
                    "framework_bundle", "child_list_import");
            assertThat(copied).allSatisfy(c -> assertThat(c.equal()).as(c.toString()).isTrue());
            try (Connection from = derby.dataSource().getConnection();
                 Connection to = postgresql.dataSource().getConnection()) {
                for (DerbyToPostgreSql.Copied c : copied) {
                    assertThat(count(to, c.table())).as(c.table()).isEqualTo(count(from, c.table()));
                    if (!c.table().equals("child_list_row")) {
                        assertThat(rows(to, c.table())).as(c.table()).isEqualTo(rows(from, c.table()));
                    }
                }
                assertThat(childRows(to, Vendor.POSTGRESQL, inspections[0]))
                        .isEqualTo(childRows(from, Vendor.DERBY, inspections[0])).hasSize(1200);
            }

            // The copy is an installation: the stores work on it, and new audit entries follow the copied ones.
            SchemaMigration schema = new SchemaMigration(postgresql.dataSource());
            try (ResourceLocalJpaTemplate jpa = new ResourceLocalJpaTemplate(postgresql.dataSource())) {
                JpaAuditTrail audit = new JpaAuditTrail(jpa, schema);
                audit.record(new AuditEntry(AT, "admin", "after-copy", "local-authority/330", null, "x"));
                assertThat(audit.about("local-authority/330", org.inspectra.api.page.PageRequest.first(10)).items())
                        .hasSize(2);
                assertThat(new JpaInspectionStore(jpa, schema).find(inspections[1]).orElseThrow().concurrentWith())
                        .isEqualTo(inspections[0]);
            }
            assertThatThrownBy(() -> DerbyToPostgreSql.copy(derby.dataSource(), postgresql.dataSource()))
                    .hasMessageContaining("holds rows already");
        }
    }

    /** An installation's worth of data through the stores; answers the ids of the two inspections. */
    private static String[] fill(DataSource dataSource) throws Exception {
        SchemaMigration schema = new SchemaMigration(dataSource);
        try (ResourceLocalJpaTemplate jpa = new ResourceLocalJpaTemplate(dataSource)) {
            new JpaLocalAuthorityStore(jpa, schema).save(new LocalAuthority("330", "Birmingham"),
                    entry("local-authority/330"));
            JpaInspectionStore inspections = new JpaInspectionStore(jpa, schema);
            Inspection first = inspections.insert(inspection(null), entry("i"));
            Inspection second = inspections.insert(inspection(first.id()), entry("i"));
            JpaEvidenceStore evidence = new JpaEvidenceStore(jpa, schema);
            for (int i = 0; i < 3; i++) {
                evidence.insert(new EvidenceRecord("e" + i, first.id(), "criterion", "case file", AT,
                        Assessment.STRENGTH, "Child A was seen alone, \"twice\" \\ 😀", List.of("CH-1", "CH-2"),
                        "ann", AT, 1), entry("evidence"));
            }
            new JpaChildListStore(jpa, schema).replace(first.id(), "list-8", sink -> {
                for (int i = 0; i < 1200; i++) {
                    Map<String, String> values = new LinkedHashMap<>();
                    values.put("child-id", "C" + i);
                    values.put("note", "a \"quoted\", back\\slash, é");
                    values.put("age", String.valueOf(i % 18));
                    sink.accept(new ChildRow(i + 2, "C" + i, values));
                }
                return new ImportResult("list-8", 1200, 1200, 0, List.of());
            }, entry("child-list"));
            new JpaImportProgressStore(jpa, schema).finish(new ImportProgress("u-1", first.id(), "list-8",
                    ImportState.COMPLETED, "lead", AT, AT, 10, 10L, 1200, 1200, 0, 0, null), AT);
            Path jar = Files.createTempFile("bundle", ".jar");
            Files.write(jar, new byte[] {1, 2, 3, 0, (byte) 255});
            JdbcBundleArchiveStore bundles = new JdbcBundleArchiveStore(jpa, dataSource, schema);
            bundles.store(new BundleArchiveStore.StoredBundle("org.example", "1.0.0", "abc", 5, "admin", AT, false),
                    jar);
            bundles.remove("org.example.gone", "1.0.0", "admin", AT);
            Files.delete(jar);
            return new String[] {first.id(), second.id()};
        }
    }

    private static Inspection inspection(String concurrentWith) {
        return new Inspection(UUID.randomUUID().toString(), "330", new FrameworkKey("testing", "1.0"), "visit",
                null, null, List.of("front-door"), null, null, InspectionStatus.NOTIFIED, null,
                LocalDate.of(2025, 8, 18), concurrentWith,
                List.of(new TeamMember("lead", "lead-inspector"), new TeamMember("ann", "inspector")), "lead", AT, 0);
    }

    private static AuditEntry entry(String subject) {
        return new AuditEntry(AT, "admin", "test", subject, "before \"é\"", "after");
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM "
                + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Every row of the table, each value written out the same way whichever database it came from, sorted. */
    private static List<String> rows(Connection connection, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = r.getMetaData();
            while (r.next()) {
                Map<String, String> row = new java.util.TreeMap<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    row.put(meta.getColumnName(c).toLowerCase(), value(r, c, meta.getColumnType(c)));
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }

    private static String value(ResultSet r, int c, int type) throws SQLException {
        String value = switch (type) {
            case Types.TIMESTAMP -> String.valueOf(r.getTimestamp(c));
            case Types.DATE -> String.valueOf(r.getDate(c));
            case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> {
                byte[] bytes = r.getBytes(c);
                yield bytes == null ? null : HexFormat.of().formatHex(bytes);
            }
            case Types.BOOLEAN, Types.BIT -> String.valueOf(r.getBoolean(c));
            case Types.INTEGER, Types.BIGINT, Types.SMALLINT -> String.valueOf(r.getLong(c));
            default -> r.getString(c);
        };
        return r.wasNull() ? "null" : value;
    }

    private static List<ChildRow> childRows(Connection connection, Vendor vendor, String inspection)
            throws SQLException {
        List<ChildRow> rows = new ArrayList<>();
        long[] after = {0};
        int read;
        do {
            read = ChildRowTable.of(vendor).readChunk(connection, inspection, "list-8", after[0], row -> {
                rows.add(row);
                after[0] = row.row();
            });
        } while (read == ChildRowTable.CHUNK);
        return rows;
    }
}
