package org.inspectra.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.inspectra.persistence.store.TestDatabase;
import org.junit.jupiter.api.Test;

/** The two migration folders Flyway reads for each database, and several nodes migrating one database at once. */
class SchemaMigrationTest {

    /**
     * The checksums Flyway recorded for migrations 1-12 in every installation made before the migrations were split
     * by database: moving a script changes nothing, editing one would stop those installations from starting.
     */
    private static final Map<String, Integer> RELEASED_DERBY = new TreeMap<>(Map.ofEntries(
            Map.entry("1", -729858167), Map.entry("2", 1757516181), Map.entry("3", -425981142),
            Map.entry("4", -128224451), Map.entry("5", -692815887), Map.entry("6", -709596523),
            Map.entry("7", -955119110), Map.entry("8", 686779397), Map.entry("9", -388261057),
            Map.entry("10", -2081570299), Map.entry("11", -165590460), Map.entry("12", -86506976)));

    @Test
    void derbyInstallationsKeepTheChecksumsTheirMigrationsWereAppliedWith() throws Exception {
        try (var database = TestDatabase.derby()) {
            new SchemaMigration(database.dataSource());
            Map<String, Integer> applied = checksums(database.dataSource());
            applied.keySet().retainAll(RELEASED_DERBY.keySet());
            assertThat(applied).isEqualTo(RELEASED_DERBY);
        }
    }

    @Test
    void tellsTheDatabaseApart() throws Exception {
        try (var derby = TestDatabase.derby(); var postgresql = TestDatabase.postgresql()) {
            assertThat(new SchemaMigration(derby.dataSource()).vendor()).isEqualTo(Vendor.DERBY);
            assertThat(new SchemaMigration(postgresql.dataSource()).vendor()).isEqualTo(Vendor.POSTGRESQL);
        }
    }

    @Test
    void severalNodesStartingTogetherMigratePostgreSqlOnce() throws Exception {
        try (var database = TestDatabase.postgresql()) {
            ExecutorService nodes = Executors.newFixedThreadPool(4);
            try {
                List<Callable<Integer>> starts = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    starts.add(() -> SchemaMigration.migrate(database.dataSource()));
                }
                int applied = 0;
                for (Future<Integer> start : nodes.invokeAll(starts)) {
                    applied += start.get();
                }
                Map<String, Integer> history = checksums(database.dataSource());
                assertThat(applied).isEqualTo(history.size()).isGreaterThanOrEqualTo(12);
                assertThat(rows(database.dataSource(), "SELECT COUNT(*) FROM flyway_schema_history WHERE success"))
                        .isEqualTo(history.size());
            } finally {
                nodes.shutdownNow();
            }
        }
    }

    private static Map<String, Integer> checksums(DataSource dataSource) throws SQLException {
        Map<String, Integer> checksums = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT \"version\", \"checksum\" FROM \"flyway_schema_history\""
                     + " WHERE \"version\" IS NOT NULL")) {
            while (r.next()) {
                checksums.put(r.getString(1), r.getInt(2));
            }
        }
        return checksums;
    }

    private static long rows(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
