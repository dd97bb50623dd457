package org.inspectra.persistence.schema;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Brings the database schema up to date with Flyway when the datasource appears. The stores depend on this
 * service, so none of them runs against an old schema.
 */
@Component(service = SchemaMigration.class, immediate = true)
public final class SchemaMigration {

    /** Where the versioned SQL migrations live inside this bundle. */
    public static final String LOCATION = "classpath:org/inspectra/persistence/migration";

    private final int appliedMigrations;

    @Activate
    public SchemaMigration(@Reference(target = "(osgi.jndi.service.name=inspectra)") DataSource dataSource) {
        this.appliedMigrations = migrate(dataSource);
    }

    /** Migrates the schema behind {@code dataSource}; returns how many migrations were applied now. */
    public static int migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .load();
        MigrateResult result = flyway.migrate();
        return result.migrationsExecuted;
    }

    public int appliedMigrations() {
        return appliedMigrations;
    }
}
