package org.inspectra.persistence.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A new, empty database for one test: in-memory Derby, or a database of its own on the PostgreSQL server named by
 * the system property {@code inspectra.postgresql.url} (default {@code jdbc:postgresql://127.0.0.1:5432/}, user
 * {@code inspectra.postgresql.user}, default {@code postgres}), created here and dropped on close. A PostgreSQL
 * that cannot be reached fails the test: CI starts one (.ci/run).
 */
public abstract class TestDatabase implements AutoCloseable {

    public abstract DataSource dataSource();

    @Override
    public abstract void close();

    public static TestDatabase derby() {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        return new TestDatabase() {
            @Override
            public DataSource dataSource() {
                return dataSource;
            }

            @Override
            public void close() {
                // an in-memory Derby database goes with the JVM
            }
        };
    }

    public static TestDatabase postgresql() {
        String server = System.getProperty("inspectra.postgresql.url", "jdbc:postgresql://127.0.0.1:5432/");
        String user = System.getProperty("inspectra.postgresql.user", "postgres");
        String name = "inspectra_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
                .toLowerCase(Locale.ROOT);
        admin(server, user, "CREATE DATABASE " + name);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(server + name);
        dataSource.setUser(user);
        return new TestDatabase() {
            @Override
            public DataSource dataSource() {
                return dataSource;
            }

            @Override
            public void close() {
                admin(server, user, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        };
    }

    private static void admin(String server, String user, String sql) {
        try (Connection c = DriverManager.getConnection(server + "postgres", user, "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + server + " as " + user + " refused " + sql
                    + " (is it running? pg_ctlcluster 15 main start)", e);
        }
    }
}
