package org.inspectra.persistence.store;

/** The same tests as {@link JpaStoresTest}, on a PostgreSQL database of their own. */
class JpaStoresOnPostgreSqlTest extends JpaStoresTest {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgresql();
    }
}
