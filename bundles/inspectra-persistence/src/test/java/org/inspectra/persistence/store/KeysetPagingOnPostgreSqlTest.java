package org.inspectra.persistence.store;

/** The same tests as {@link KeysetPagingTest}, on a PostgreSQL database of their own. */
class KeysetPagingOnPostgreSqlTest extends KeysetPagingTest {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgresql();
    }
}
