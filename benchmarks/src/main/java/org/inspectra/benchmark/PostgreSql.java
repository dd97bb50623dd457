package org.inspectra.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * PostgreSQL ({@code --database postgresql}): a fresh database on the server at {@code --postgresql-url} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/}, user {@code --postgresql-user}, default {@code postgres}, password from
 * {@code INSPECTRA_DB_PASSWORD}), dropped when the suite ends; the unpacked server is pointed at it by its datasource
 * file, as docs/deployment.md does. The floor writes the rows with {@code COPY} into a table shaped like the store's
 * (jsonb values with their GIN index).
 */
final class PostgreSql implements Database {

    private final String server;
    private final String user;
    private final String password = System.getenv().getOrDefault("INSPECTRA_DB_PASSWORD", "");
    private final String name = "inspectra_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
            .toLowerCase(Locale.ROOT);

    PostgreSql(String server, String user) {
        this.server = server;
        this.user = user;
    }

    @Override
    public String describe() {
        return "PostgreSQL (" + server + ", the same machine unless the URL says otherwise)";
    }

    @Override
    public void configure(Server karaf) {
        admin("CREATE DATABASE " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> admin("DROP DATABASE IF EXISTS " + name
                + " WITH (FORCE)")));
        String cfg = "etc/org.ops4j.datasource-inspectra.cfg";
        karaf.set(cfg, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver");
        karaf.set(cfg, "url", server + name);
        karaf.set(cfg, "user", user);
        karaf.set(cfg, ".password", "$[env:INSPECTRA_DB_PASSWORD]");
        karaf.set(cfg, "pool", "dbcp2");
        karaf.set(cfg, "xa", "true");
    }

    @Override
    public boolean exclusive() {
        return false;
    }

    @Override
    public Connection connect(Server karaf) throws SQLException {
        return DriverManager.getConnection(server + name, user, password);
    }

    @Override
    public void release(Server karaf) {
        // a connection of its own, closed by the caller
    }

    private void admin(String sql) {
        try (Connection c = DriverManager.getConnection(server + "postgres", user, password);
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + server + " refused " + sql, e);
        }
    }
}
