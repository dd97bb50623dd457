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
        return "PostgreSQL".equals(info.getDatabaseName()) ? new PostgreSQLTextDialect() : null;
    }
}
