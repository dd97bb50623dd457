package org.inspectra.benchmark;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The database the server under test runs on ({@code --database NAME}). Adding one is an implementation of this and
 * its name in {@link #named}: how the unpacked server is pointed at it, and how the floor of the import reaches it.
 */
interface Database {

    static Database named(String name) {
        return switch (name) {
            case "derby" -> new EmbeddedDerby();
            case "postgresql" -> new PostgreSql(System.getProperty("inspectra.postgresql.url",
                    "jdbc:postgresql://127.0.0.1:5432/"), System.getProperty("inspectra.postgresql.user", "postgres"));
            default -> throw new IllegalArgumentException("--database " + name + ": known are derby, postgresql");
        };
    }

    /** As printed in the results. */
    String describe();

    /** Points a freshly unpacked server at a fresh database of this kind. */
    void configure(Server server);

    /**
     * Whether only one process may have the database open at once (an embedded database): then the floor insert runs
     * while the server is stopped.
     */
    boolean exclusive();

    /** A plain JDBC connection to the server's database, for the floor insert. */
    Connection connect(Server server) throws SQLException;

    /** Lets go of what {@link #connect} opened beyond the connection (an embedded engine). */
    void release(Server server);
}
