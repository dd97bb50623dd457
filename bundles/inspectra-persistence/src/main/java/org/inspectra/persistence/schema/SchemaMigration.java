package org.inspectra.persistence.schema;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The database schema, brought up to date with Flyway. The stores depend on this service, which
 * {@link SchemaMigrator} registers once the migration is done, so none of them runs against an old schema.
 *
 * <p>Migrations live in two places: {@link #COMMON} holds the portable ones, which run on every database;
 * {@code migration-derby} and {@code migration-postgresql} hold the ones written for one database (docs/schema.md).
 * Flyway reads both for the database behind the datasource. Several nodes starting together on one PostgreSQL
 * database migrate it once: Flyway holds a PostgreSQL advisory lock while it migrates, and the others wait for it,
 * then find nothing left to do.
 */
public final class SchemaMigration {

    /** The portable migrations: every database runs them. */
    public static final String COMMON = "classpath:org/inspectra/persistence/migration";

    private final Vendor vendor;
    private final int appliedMigrations;

    /** Migrates the schema behind {@code dataSource} now, on the calling thread. */
    public SchemaMigration(DataSource dataSource) {
        this.vendor = Vendor.of(dataSource);
        this.appliedMigrations = migrate(dataSource, vendor);
    }

    /** Migrates the schema behind {@code dataSource}; returns how many migrations were applied now. */
    public static int migrate(DataSource dataSource) {
        return migrate(dataSource, Vendor.of(dataSource));
    }

    private static int migrate(DataSource dataSource, Vendor vendor) {
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(COMMON, vendor.migrations())
                // Version ranges are handed out per engineer, so a lower version may land after a higher one has
                // been applied somewhere: apply it then rather than refuse to start.
                .outOfOrder(true)
                .load();
        MigrateResult result = flyway.migrate();
        return result.migrationsExecuted;
    }

    public int appliedMigrations() {
        return appliedMigrations;
    }

    /** The database the schema is on, so the stores can take a vendor's faster path where there is one. */
    public Vendor vendor() {
        return vendor;
    }
}
