package org.inspectra.persistence.store;

/** The same tests as {@link JpaChildListStoreTest}, on a PostgreSQL database of their own. */
class JpaChildListStoreOnPostgreSqlTest extends JpaChildListStoreTest {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgresql();
    }
}
