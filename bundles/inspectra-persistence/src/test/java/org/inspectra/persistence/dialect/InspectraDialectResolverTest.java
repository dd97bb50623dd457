package org.inspectra.persistence.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.junit.jupiter.api.Test;

class InspectraDialectResolverTest {

    private final InspectraDialectResolver resolver = new InspectraDialectResolver();

    @Test
    void postgreSqlGetsTheDialectThatBindsTextAsText() {
        assertThat(resolver.resolveDialect(database("PostgreSQL"))).isInstanceOf(PostgreSQLTextDialect.class);
    }

    @Test
    void anyOtherDatabaseIsLeftToHibernate() {
        assertThat(resolver.resolveDialect(database("Apache Derby"))).isNull();
        assertThat(resolver.resolveDialect(database(null))).isNull();
    }

    private static DialectResolutionInfo database(String name) {
        return new DialectResolutionInfo() {
            @Override
            public String getDatabaseName() {
                return name;
            }

            @Override
            public int getDatabaseMajorVersion() {
                return 15;
            }

            @Override
            public int getDatabaseMinorVersion() {
                return 0;
            }

            @Override
            public String getDriverName() {
                return "driver";
            }

            @Override
            public int getDriverMajorVersion() {
                return 1;
            }

            @Override
            public int getDriverMinorVersion() {
                return 0;
            }
        };
    }
}
