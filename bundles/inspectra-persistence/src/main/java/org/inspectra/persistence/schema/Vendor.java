package org.inspectra.persistence.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

/** The databases Inspectra runs on, told apart by what the JDBC driver says of the database. */
public enum Vendor {
    /** Embedded Apache Derby: one node, the default. */
    DERBY("migration-derby"),
    /** PostgreSQL: one database shared by several nodes. */
    POSTGRESQL("migration-postgresql");

    private final String folder;

    Vendor(String folder) {
        this.folder = folder;
    }

    /** Where the migrations written for this database alone live. */
    public String migrations() {
        return "classpath:org/inspectra/persistence/" + folder;
    }

    public static Vendor of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return of(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached: " + e.getMessage(), e);
        }
    }

    static Vendor of(String productName) {
        String name = productName.toLowerCase(Locale.ROOT);
        if (name.contains("derby")) {
            return DERBY;
        }
        if (name.contains("postgresql")) {
            return POSTGRESQL;
        }
        throw new IllegalStateException("Inspectra runs on Apache Derby or PostgreSQL, not on " + productName);
    }
}
