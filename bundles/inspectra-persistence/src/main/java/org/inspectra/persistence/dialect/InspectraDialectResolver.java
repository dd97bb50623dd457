package org.inspectra.persistence.dialect;

import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * Lets Hibernate's dialect follow the datasource (persistence.xml names no dialect): PostgreSQL gets
 * {@link PostgreSQLTextDialect}; every other database, Derby included, what Hibernate itself resolves from the
 * connection.
 */
public final class InspectraDialectResolver implements DialectResolver {

    private static final long serialVersionUID = 1L;

    @Override
    public Dialect resolveDialect(DialectResolutionInfo info) {
        String database = info.getDatabaseName();
        if (database == null || database.isEmpty()) {
            // Aries JPA first builds a throwaway factory without the datasource, so that the provider can register
            // its class transformers; it never talks to a database. Derby's dialect would log a warning of its own.
            return new PostgreSQLTextDialect();
        }
        return "PostgreSQL".equals(database) ? new PostgreSQLTextDialect() : null;
    }
}
