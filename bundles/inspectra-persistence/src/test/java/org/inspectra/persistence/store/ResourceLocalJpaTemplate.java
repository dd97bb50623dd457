package org.inspectra.persistence.store;

import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.Persistence;
import javax.sql.DataSource;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * The stores' JpaTemplate outside OSGi: the bundle's own persistence unit on a given datasource, each call one
 * resource-local transaction, rolled back on failure, as Aries JPA's template does with JTA in the container.
 */
final class ResourceLocalJpaTemplate implements JpaTemplate, AutoCloseable {

    private final EntityManagerFactory factory;

    ResourceLocalJpaTemplate(DataSource dataSource) {
        // Hibernate validates the mapping against the schema Flyway made: a drift fails the tests.
        // Hibernate itself: the unit names the OSGi registry's provider (ListedEntitiesProvider), which wraps it.
        this.factory = Persistence.createEntityManagerFactory("inspectra", Map.of(
                "javax.persistence.provider", "org.hibernate.jpa.HibernatePersistenceProvider",
                "javax.persistence.transactionType", "RESOURCE_LOCAL",
                "javax.persistence.jtaDataSource", dataSource,
                "javax.persistence.nonJtaDataSource", dataSource,
                "hibernate.hbm2ddl.auto", "validate"));
    }

    @Override
    public <R> R txExpr(TransactionType type, EmFunction<R> code) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            // As Aries JPA outside a transaction: Supports runs without one, as the stores' reads do in the server.
            if (type != TransactionType.Supports) {
                tx.begin();
            }
            R result = code.apply(em);
            if (tx.isActive()) {
                tx.commit();
            }
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    @Override
    public void tx(TransactionType type, EmConsumer code) {
        txExpr(type, em -> {
            code.accept(em);
            return null;
        });
    }

    @Override
    public <R> R txExpr(EmFunction<R> code) {
        return txExpr(TransactionType.Required, code);
    }

    @Override
    public void tx(EmConsumer code) {
        tx(TransactionType.Required, code);
    }

    @Override
    public void close() {
        factory.close();
    }
}
