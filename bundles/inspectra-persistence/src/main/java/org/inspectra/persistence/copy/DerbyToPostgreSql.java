package org.inspectra.persistence.copy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.inspectra.api.childdata.ChildRow;
import org.inspectra.persistence.childrow.ChildRowTable;
import org.inspectra.persistence.schema.SchemaMigration;
import org.inspectra.persistence.schema.Vendor;

/**
 * Copies an Inspectra installation's data from its embedded Derby database to an empty PostgreSQL database, for an
 * installation that moves to PostgreSQL (docs/deployment.md; {@code bin/inspectra-copy-derby} runs it with the node
 * stopped). Both schemas are first brought to the same version by the same migrations; then every table is copied in
 * the order its foreign keys need, child rows turned from Derby's encoding into PostgreSQL's jsonb, identity columns
 * copied as they are and their sequences moved past them; finally each table's rows are counted on both sides.
 */
public final class DerbyToPostgreSql {

    /** Rows sent to PostgreSQL per JDBC batch. */
    private static final int BATCH = 1000;
    private static final String HISTORY = "flyway_schema_history";

    /** One table: its rows in Derby and in PostgreSQL after the copy. */
    public record Copied(String table, long derbyRows, long postgresqlRows) {
        public boolean equal() {
            return derbyRows == postgresqlRows;
        }
    }

    private DerbyToPostgreSql() {
    }

    /**
     * {@code DerbyToPostgreSql <derby-jdbc-url> <postgresql-jdbc-url> <postgresql-user>}; the PostgreSQL password is
     * read from the environment variable {@code INSPECTRA_DB_PASSWORD} (none where it is unset), never from the
     * command line, where other users could see it.
     */
    public static void main(String[] args) throws SQLException {
        if (args.length != 3) {
            System.err.println("usage: inspectra-copy-derby <derby-jdbc-url> <postgresql-jdbc-url> <postgresql-user>");
            System.exit(2);
        }
        String password = System.getenv().getOrDefault("INSPECTRA_DB_PASSWORD", "");
        DataSource derby = new DriverDataSource(args[0], null, null);
        DataSource postgresql = new DriverDataSource(args[1], args[2], password);
        List<Copied> copied = copy(derby, postgresql);
        boolean allEqual = true;
        for (Copied c : copied) {
            System.out.printf("%-28s %10d %10d %s%n", c.table(), c.derbyRows(), c.postgresqlRows(),
                    c.equal() ? "ok" : "DIFFERENT");
            allEqual &= c.equal();
        }
        System.out.println(allEqual ? "Copied " + copied.size() + " tables; every row count is equal."
                : "Row counts differ: do not switch to PostgreSQL.");
        System.exit(allEqual ? 0 : 1);
    }

    /** Copies everything; refuses a PostgreSQL database that holds Inspectra data already. */
    public static List<Copied> copy(DataSource derby, DataSource postgresql) throws SQLException {
        if (Vendor.of(derby) != Vendor.DERBY || Vendor.of(postgresql) != Vendor.POSTGRESQL) {
            throw new IllegalArgumentException("Copies from Derby to PostgreSQL only");
        }
        SchemaMigration.migrate(derby);
        SchemaMigration.migrate(postgresql);
        List<Copied> copied = new ArrayList<>();
        try (Connection from = derby.getConnection(); Connection to = postgresql.getConnection()) {
            to.setAutoCommit(false);
            List<String> tables = tablesInForeignKeyOrder(from);
            for (String table : tables) {
                if (count(to, table) > 0) {
                    throw new IllegalStateException("PostgreSQL table " + table + " holds rows already: copy into a "
                            + "new, empty database");
                }
            }
            for (String table : tables) {
                if (table.equals("child_list_row")) {
                    copyChildRows(from, to);
                } else {
                    copyTable(from, to, table);
                }
            }
            to.commit();
            for (String table : tables) {
                copied.add(new Copied(table, count(from, table), count(to, table)));
            }
        }
        return copied;
    }

    private static void copyTable(Connection from, Connection to, String table) throws SQLException {
        Map<String, String> types = postgresqlColumns(to, table);
        Set<String> identity = identityColumns(to, table);
        // A column that names another row of the same table (an inspection concurrent with another) is filled in
        // once every row is there.
        Set<String> selfReferences = selfReferences(from, table);
        List<String> columns = new ArrayList<>(types.keySet());
        String list = String.join(", ", columns);
        String marks = String.join(", ", columns.stream().map(c -> "?").toList());
        try (Statement select = from.createStatement();
             ResultSet rows = select.executeQuery("SELECT " + derbyList(columns) + " FROM " + table + " t");
             PreparedStatement insert = to.prepareStatement("INSERT INTO " + table + " (" + list + ")"
                     + (identity.isEmpty() ? "" : " OVERRIDING SYSTEM VALUE") + " VALUES (" + marks + ")")) {
            int pending = 0;
            while (rows.next()) {
                for (int i = 0; i < columns.size(); i++) {
                    String type = types.get(columns.get(i));
                    int p = i + 1;
                    if (selfReferences.contains(columns.get(i))) {
                        insert.setNull(p, java.sql.Types.VARCHAR);
                        continue;
                    }
                    switch (type) {
                        case "text", "varchar", "bpchar" -> insert.setString(p, rows.getString(p));
                        case "bytea" -> insert.setBytes(p, rows.getBytes(p));
                        default -> insert.setObject(p, rows.getObject(p));
                    }
                }
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
        for (String column : selfReferences) {
            List<String> key = primaryKey(from, table);
            String where = String.join(" AND ", key.stream().map(k -> k + " = ?").toList());
            try (Statement select = from.createStatement();
                 ResultSet rows = select.executeQuery("SELECT t." + column + ", " + derbyList(key) + " FROM " + table
                         + " t WHERE t." + column + " IS NOT NULL");
                 PreparedStatement update = to.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE "
                         + where)) {
                while (rows.next()) {
                    update.setObject(1, rows.getObject(1));
                    for (int k = 0; k < key.size(); k++) {
                        update.setObject(k + 2, rows.getObject(k + 2));
                    }
                    update.addBatch();
                }
                update.executeBatch();
            }
        }
        for (String column : identity) {
            try (Statement s = to.createStatement()) {
                s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', '" + column + "'), COALESCE((SELECT"
                        + " MAX(" + column + ") FROM " + table + "), 0) + 1, false)");
            }
        }
    }

    /** Child rows through each database's own form: decoded as Derby keeps them, sent to PostgreSQL by COPY. */
    private static void copyChildRows(Connection from, Connection to) throws SQLException {
        ChildRowTable derbyRows = ChildRowTable.of(Vendor.DERBY);
        ChildRowTable postgresqlRows = ChildRowTable.of(Vendor.POSTGRESQL);
        List<String[]> lists = new ArrayList<>();
        try (Statement s = from.createStatement();
             ResultSet r = s.executeQuery("SELECT inspection_id, list_id FROM child_list")) {
            while (r.next()) {
                lists.add(new String[] {r.getString(1), r.getString(2)});
            }
        }
        for (String[] list : lists) {
            try (ChildRowTable.Writer writer = postgresqlRows.writer(to, list[0], list[1])) {
                long[] after = {0};
                int read;
                do {
                    read = derbyRows.readChunk(from, list[0], list[1], after[0], (ChildRow row) -> {
                        writer.accept(row);
                        after[0] = row.row();
                    });
                } while (read == ChildRowTable.CHUNK);
                writer.finish();
            }
        }
    }

    /**
     * Derby's tables (its own schema, Flyway's history left out), each after the tables its foreign keys name, and the
     * child rows after their lists, whose key only PostgreSQL keeps.
     */
    static List<String> tablesInForeignKeyOrder(Connection derby) throws SQLException {
        DatabaseMetaData meta = derby.getMetaData();
        Map<String, Set<String>> references = new LinkedHashMap<>();
        try (ResultSet r = meta.getTables(null, "APP", "%", new String[] {"TABLE"})) {
            while (r.next()) {
                String table = r.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!table.equals(HISTORY)) {
                    references.put(table, new LinkedHashSet<>());
                }
            }
        }
        for (String table : references.keySet()) {
            try (ResultSet r = meta.getImportedKeys(null, "APP", table.toUpperCase(Locale.ROOT))) {
                while (r.next()) {
                    String referenced = r.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!referenced.equals(table)) {
                        references.get(table).add(referenced);
                    }
                }
            }
        }
        // Derby's child_list_row has no foreign key to child_list since V53 (migration-derby); PostgreSQL's has.
        if (references.containsKey("child_list_row") && references.containsKey("child_list")) {
            references.get("child_list_row").add("child_list");
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < references.size()) {
            boolean progressed = false;
            for (Map.Entry<String, Set<String>> e : references.entrySet()) {
                if (!ordered.contains(e.getKey()) && ordered.containsAll(e.getValue())) {
                    ordered.add(e.getKey());
                    progressed = true;
                }
            }
            if (!progressed) {
                throw new IllegalStateException("Foreign keys go round in a circle among " + references.keySet());
            }
        }
        return ordered;
    }

    private static Set<String> selfReferences(Connection derby, String table) throws SQLException {
        Set<String> columns = new LinkedHashSet<>();
        try (ResultSet r = derby.getMetaData().getImportedKeys(null, "APP", table.toUpperCase(Locale.ROOT))) {
            while (r.next()) {
                if (r.getString("PKTABLE_NAME").equalsIgnoreCase(table)) {
                    columns.add(r.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return columns;
    }

    private static List<String> primaryKey(Connection derby, String table) throws SQLException {
        Map<Short, String> key = new java.util.TreeMap<>();
        try (ResultSet r = derby.getMetaData().getPrimaryKeys(null, "APP", table.toUpperCase(Locale.ROOT))) {
            while (r.next()) {
                key.put(r.getShort("KEY_SEQ"), r.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return new ArrayList<>(key.values());
    }

    /** PostgreSQL's columns of the table and their type names, in table order. */
    private static Map<String, String> postgresqlColumns(Connection to, String table) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        try (ResultSet r = to.getMetaData().getColumns(null, "public", table, "%")) {
            while (r.next()) {
                columns.put(r.getString("COLUMN_NAME"), r.getString("TYPE_NAME"));
            }
        }
        return columns;
    }

    private static Set<String> identityColumns(Connection to, String table) throws SQLException {
        Set<String> identity = new LinkedHashSet<>();
        try (PreparedStatement s = to.prepareStatement("SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = 'public' AND table_name = ? AND is_identity = 'YES'")) {
            s.setString(1, table);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    identity.add(r.getString(1));
                }
            }
        }
        return identity;
    }

    /** Derby takes an unqualified {@code row_number} for its function: every column qualified. */
    private static String derbyList(List<String> columns) {
        return String.join(", ", columns.stream().map(c -> "t." + c).toList());
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** A DataSource on DriverManager, enough for a one-off copy outside the container. */
    private record DriverDataSource(String url, String user, String password) implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            return user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password);
        }

        @Override
        public Connection getConnection(String u, String p) throws SQLException {
            return DriverManager.getConnection(url, u, p);
        }

        @Override
        public java.io.PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(java.io.PrintWriter out) {
            // not used
        }

        @Override
        public void setLoginTimeout(int seconds) {
            DriverManager.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() {
            return DriverManager.getLoginTimeout();
        }

        @Override
        public java.util.logging.Logger getParentLogger() {
            return java.util.logging.Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
