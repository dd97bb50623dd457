package org.inspectra.persistence.schema;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Migrates the schema when the datasource appears, on a thread of its own, and registers the {@link SchemaMigration}
 * service the stores wait for once the schema is up to date.
 *
 * <p>Why a thread of its own: the datasource's appearance is delivered to every party on the thread that registered
 * it, one after the other. Aries JPA builds the persistence unit's factory there too (Hibernate's start, which needs
 * no particular schema: the unit validates nothing). Migrating on that thread made the two wait for each other at
 * every boot (docs/performance.md, Boot); apart, they run side by side. Should the datasource go while the migration
 * runs, the migration is left to end (Flyway cannot be stopped half way through a migration, which is a transaction)
 * and its service is not registered.
 */
@Component(immediate = true)
public final class SchemaMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    private final BundleContext context;
    private ServiceRegistration<SchemaMigration> registration;
    private boolean stopped;

    @Activate
    public SchemaMigrator(@Reference(target = "(osgi.jndi.service.name=inspectra)") DataSource dataSource,
                          BundleContext context) {
        this.context = context;
        new Thread(() -> migrate(dataSource), "inspectra-schema-migration").start();
    }

    private void migrate(DataSource dataSource) {
        SchemaMigration schema;
        try {
            schema = new SchemaMigration(dataSource);
        } catch (RuntimeException e) {
            if (isStopped()) {
                LOG.info("The schema migration ended with its datasource: {}", e.getMessage());
            } else {
                LOG.error("The schema could not be brought up to date, so the stores stay down until the "
                        + "datasource is configured again (etc/org.ops4j.datasource-inspectra.cfg)", e);
            }
            return;
        }
        LOG.info("The schema is up to date ({} migrations applied now, on {})", schema.appliedMigrations(),
                schema.vendor());
        // Registered outside the lock: the stores and everything after them start on this thread, as it registers.
        ServiceRegistration<SchemaMigration> registered;
        try {
            registered = context.registerService(SchemaMigration.class, schema, null);
        } catch (IllegalStateException bundleStopped) {
            return;
        }
        synchronized (this) {
            if (!stopped) {
                registration = registered;
                return;
            }
        }
        unregister(registered);
    }

    private synchronized boolean isStopped() {
        return stopped;
    }

    @Deactivate
    void stop() {
        ServiceRegistration<SchemaMigration> registered;
        synchronized (this) {
            stopped = true;
            registered = registration;
            registration = null;
        }
        if (registered != null) {
            unregister(registered);
        }
    }

    private static void unregister(ServiceRegistration<SchemaMigration> registered) {
        try {
            registered.unregister();
        } catch (IllegalStateException alreadyGoneWithTheBundle) {
            // nothing left to take back
        }
    }
}
