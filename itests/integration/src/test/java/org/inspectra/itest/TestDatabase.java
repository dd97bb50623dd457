package org.inspectra.itest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The database a test's distribution runs on. Derby (the default) is the distribution's own; with the system property
 * {@code inspectra.itest.database=postgresql} (the failsafe execution {@code postgresql}) each test gets a fresh
 * database of its own on the PostgreSQL server at {@code inspectra.postgresql.url} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/}, user {@code inspectra.postgresql.user}, default {@code postgres}),
 * dropped when the test's JVM exits.
 */
public final class TestDatabase {

    /** A password the datasource is given (PostgreSQL here trusts local connections): tests look for it in logs. */
    static final String PASSWORD = "not-to-be-printed-" + UUID.randomUUID();

    private static final String SERVER = System.getProperty("inspectra.postgresql.url",
            "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getProperty("inspectra.postgresql.user", "postgres");

    private final String name;

    private TestDatabase(String name) {
        this.name = name;
    }

    /** Whether this run puts the distribution on PostgreSQL. */
    public static boolean postgresql() {
        return "postgresql".equals(System.getProperty("inspectra.itest.database"));
    }

    /** A new PostgreSQL database, dropped (connections and all) when this JVM exits. */
    public static TestDatabase createPostgreSql() {
        String name = "inspectra_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
                .toLowerCase(Locale.ROOT);
        admin("CREATE DATABASE " + name);
        TestDatabase database = new TestDatabase(name);
        Runtime.getRuntime().addShutdownHook(new Thread(database::drop));
        return database;
    }

    public String url() {
        return SERVER + name;
    }

    public String user() {
        return USER;
    }

    /** The lines of {@code etc/org.ops4j.datasource-inspectra.cfg} that put a distribution on this database. */
    public java.util.Map<String, String> datasourceConfiguration() {
        java.util.Map<String, String> cfg = new java.util.LinkedHashMap<>();
        cfg.put("osgi.jdbc.driver.name", "PostgreSQL JDBC Driver");
        cfg.put("url", url());
        cfg.put("user", USER);
        cfg.put(".password", PASSWORD);
        cfg.put("pool", "dbcp2");
        cfg.put("xa", "true");
        return cfg;
    }

    /** A connection of the test's own, for checks behind the server's back. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, "");
    }

    /**
     * Cuts the database off (no new connections, the open ones ended) or lets it be reached again: an outage of the
     * database as the nodes see it, without stopping the server other tests use.
     */
    public void reachable(boolean reachable) {
        admin("ALTER DATABASE " + name + " ALLOW_CONNECTIONS " + reachable);
        if (!reachable) {
            admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
        }
    }

    /**
     * Drops the database. It runs at JVM exit, while a server may still be shutting down and its pool reconnecting:
     * connections are refused first, so that the forced drop is not raced by a new one (a drop that lost that race
     * left databases behind).
     */
    void drop() {
        for (int attempt = 1; ; attempt++) {
            try {
                admin("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false");
                admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                return;
            } catch (IllegalStateException e) {
                if (attempt == 3 || !exists()) {
                    return;
                }
            }
        }
    }

    private boolean exists() {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, "");
             java.sql.PreparedStatement s = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            s.setString(1, name);
            return s.executeQuery().next();
        } catch (SQLException e) {
            return false;
        }
    }

    private static void admin(String sql) {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + SERVER + " as " + USER + " refused " + sql
                    + " (is it running? .ci/run starts it)", e);
        }
    }
}
