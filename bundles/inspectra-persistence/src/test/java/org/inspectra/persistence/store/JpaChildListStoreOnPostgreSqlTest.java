package org.inspectra.persistence.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.inspectra.api.childdata.ChildRow;
import org.inspectra.api.childdata.ImportResult;
import org.inspectra.api.store.AuditEntry;
import org.junit.jupiter.api.Test;

/**
 * The same tests as {@link JpaChildListStoreTest}, on a PostgreSQL database of their own; and the rows' values as
 * jsonb that the database itself filters.
 */
class JpaChildListStoreOnPostgreSqlTest extends JpaChildListStoreTest {

    @Test
    void theDatabaseFiltersTheRowsValues() {
        lists().replace(inspection(), "list-8", sink -> {
            for (int i = 0; i < 30; i++) {
                sink.accept(new ChildRow(i + 2, "C" + i, Map.of("child-id", "C" + i, "gender", i % 3 == 0 ? "F" : "M",
                        "age", String.valueOf(i % 18))));
            }
            return new ImportResult("list-8", 30, 30, 0, List.of());
        }, new AuditEntry(Instant.now(), "lead", "test", "child-list", null, null));

        Number girls = jpa().txExpr(em -> (Number) em.createNativeQuery("SELECT COUNT(*) FROM child_list_row"
                + " WHERE list_id = 'list-8' AND row_values @> '{\"gender\": \"F\"}'").getSingleResult());
        Number over15 = jpa().txExpr(em -> (Number) em.createNativeQuery("SELECT COUNT(*) FROM child_list_row"
                + " WHERE list_id = 'list-8' AND CAST(row_values->>'age' AS integer) > 15").getSingleResult());
        assertThat(girls.intValue()).isEqualTo(10);
        assertThat(over15.intValue()).isEqualTo(2);
    }

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgresql();
    }
}
