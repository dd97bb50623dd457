package org.inspectra.persistence.schema;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import javax.sql.DataSource;

import org.inspectra.persistence.store.TestDatabase;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

class SchemaMigratorTest {

    private final Registry registry = new Registry();

    @Test
    void theSchemaIsRegisteredOnceMigratedOnAThreadOfItsOwnNotTheOneThatDeliveredTheDatasource() throws Exception {
        try (TestDatabase database = TestDatabase.derby()) {
            Gate gate = new Gate(database.dataSource());
            SchemaMigrator migrator = new SchemaMigrator(gate.dataSource(), registry.context());

            // The constructor has returned while Flyway waits for its first connection.
            assertThat(gate.waiting.await(10, SECONDS)).isTrue();
            assertThat(registry.services).isEmpty();

            gate.open.countDown();
            joinMigrations();
            assertThat(registry.services).singleElement().satisfies(schema -> {
                assertThat(schema.vendor()).isEqualTo(Vendor.DERBY);
                assertThat(schema.appliedMigrations()).isPositive();
            });
            assertThat(registry.threads).containsExactly("inspectra-schema-migration");

            migrator.stop();
            assertThat(registry.services).isEmpty();
        }
    }

    @Test
    void aMigrationThatOutlivesItsDatasourceLeavesNothingRegistered() throws Exception {
        try (TestDatabase database = TestDatabase.derby()) {
            Gate gate = new Gate(database.dataSource());
            SchemaMigrator migrator = new SchemaMigrator(gate.dataSource(), registry.context());
            assertThat(gate.waiting.await(10, SECONDS)).isTrue();

            migrator.stop();
            gate.open.countDown();
            joinMigrations();

            assertThat(registry.services).isEmpty();
        }
    }

    @Test
    void aSchemaThatCannotBeMigratedIsNeverRegistered() throws Exception {
        DataSource refusing = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    throw new SQLException("connection refused");
                });

        new SchemaMigrator(refusing, registry.context());
        joinMigrations();

        assertThat(registry.services).isEmpty();
        assertThat(registry.threads).isEmpty();
    }

    private static void joinMigrations() throws InterruptedException {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals("inspectra-schema-migration")) {
                thread.join(SECONDS.toMillis(60));
            }
        }
    }

    /** A datasource whose connections wait until the gate opens. */
    private static final class Gate {
        final CountDownLatch waiting = new CountDownLatch(1);
        final CountDownLatch open = new CountDownLatch(1);
        private final DataSource target;

        Gate(DataSource target) {
            this.target = target;
        }

        DataSource dataSource() {
            return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("getConnection")) {
                            waiting.countDown();
                            open.await();
                        }
                        try {
                            return method.invoke(target, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }

    /** The framework's registry, as far as the migrator uses it: what is registered now, and on which threads. */
    private static final class Registry {
        final List<SchemaMigration> services = new ArrayList<>();
        final List<String> threads = new ArrayList<>();

        BundleContext context() {
            return (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {BundleContext.class}, (proxy, method, args) -> {
                        if (!method.getName().equals("registerService") || args[0] != SchemaMigration.class) {
                            throw new UnsupportedOperationException(method.getName());
                        }
                        SchemaMigration service = (SchemaMigration) args[1];
                        synchronized (this) {
                            services.add(service);
                            threads.add(Thread.currentThread().getName());
                        }
                        return registration(service);
                    });
        }

        private ServiceRegistration<?> registration(SchemaMigration service) {
            return (ServiceRegistration<?>) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {ServiceRegistration.class}, (proxy, method, args) -> {
                        if (!method.getName().equals("unregister")) {
                            throw new UnsupportedOperationException(method.getName());
                        }
                        synchronized (this) {
                            if (!services.remove(service)) {
                                throw new IllegalStateException("not registered");
                            }
                        }
                        return null;
                    });
        }
    }
}
