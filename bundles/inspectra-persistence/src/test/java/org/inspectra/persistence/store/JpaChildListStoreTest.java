package org.inspectra.persistence.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.inspectra.api.access.DataAccess;
import org.inspectra.api.authority.LocalAuthority;
import org.inspectra.api.childdata.ChildRow;
import org.inspectra.api.childdata.ImportResult;
import org.inspectra.api.selection.ProposedChild;
import org.inspectra.api.selection.Selection;
import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.persistence.schema.SchemaMigration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Child-level lists on a real Derby database migrated by the real Flyway scripts (V6). */
class JpaChildListStoreTest {

    /** The database the stores run on: Derby here, PostgreSQL in the subclass that overrides this. */
    TestDatabase newDatabase() {
        return TestDatabase.derby();
    }

    private TestDatabase database;

    private ResourceLocalJpaTemplate jpa;
    private JpaChildListStore lists;
    private String inspection;

    @BeforeEach
    void database() {
        database = newDatabase();
        javax.sql.DataSource dataSource = database.dataSource();
        SchemaMigration schema = new SchemaMigration(dataSource);
        jpa = new ResourceLocalJpaTemplate(dataSource);
        lists = new JpaChildListStore(jpa, schema);
        new JpaLocalAuthorityStore(jpa, schema).save(new LocalAuthority("330", "Birmingham"), entry());
        inspection = UUID.randomUUID().toString();
        // Straight into the table, so the test depends only on the columns a child list refers to.
        jpa.tx(em -> em.createNativeQuery("INSERT INTO inspection (id, local_authority, framework_id,"
                        + " framework_version, inspection_type, status, notified_on, created_by, created_at)"
                        + " VALUES (?, '330', 'ilacs', '2018.12', 'standard', 'notified', ?, 'lead', ?)")
                .setParameter(1, inspection).setParameter(2, java.sql.Date.valueOf("2025-08-18"))
                .setParameter(3, java.sql.Timestamp.from(Instant.now())).executeUpdate());
    }

    JpaChildListStore lists() {
        return lists;
    }

    ResourceLocalJpaTemplate jpa() {
        return jpa;
    }

    String inspection() {
        return inspection;
    }

    @AfterEach
    void close() {
        try {
            jpa.close();
        } finally {
            database.close();
        }
    }

    @Test
    void replacesAListWholeAndReadsItBackByListAndByChild() {
        lists.replace(inspection, "list-8", sink -> write(sink, "list-8", 2500), entry());
        ImportResult second = lists.replace(inspection, "list-8", sink -> write(sink, "list-8", 3), entry());

        assertThat(second.accepted()).isEqualTo(3);
        assertThat(lists.summary(inspection, "list-8")).contains(new ImportResult("list-8", 3, 3, 0, List.of()));
        List<ChildRow> rows = new ArrayList<>();
        lists.forEachRow(inspection, "list-8", rows::add);
        assertThat(rows).extracting(ChildRow::childId).containsExactly("C0", "C1", "C2");
        assertThat(rows.get(1).values()).containsExactly(Map.entry("child-id", "C1"), Map.entry("gender", "F"),
                Map.entry("note", "a, b; c"));
    }

    @Test
    void keepsAnyCharacterTheImporterLetsThroughAndTheColumnsOrder() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("child-id", "C\\1");
        values.put("zeta", "quote \" and backslash \\ and \\N");
        values.put("alpha", "é, ß, 😀, 'single', {\"json\": [1]}");
        values.put("unlisted-column-1", "");
        lists.replace(inspection, "list-8", sink -> {
            sink.accept(new ChildRow(2, "C\\1", values));
            sink.accept(new ChildRow(3, null, Map.of("alpha", "no child id")));
            return new ImportResult("list-8", 2, 2, 0, List.of());
        }, entry());

        List<ChildRow> rows = new ArrayList<>();
        lists.forEachRow(inspection, "list-8", rows::add);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).isEqualTo(new ChildRow(2, "C\\1", values));
        assertThat(List.copyOf(rows.get(0).values().keySet())).containsExactly("child-id", "zeta", "alpha",
                "unlisted-column-1");
        assertThat(rows.get(1).childId()).isNull();
        assertThat(lists.rowsOfChild(inspection, "C\\1").get("list-8")).containsExactly(rows.get(0));
    }

    @Test
    void streamsLongListsInChunks() {
        lists.replace(inspection, "list-3", sink -> write(sink, "list-3", 2500), entry());
        long[] count = {0};
        lists.forEachRow(inspection, "list-3", r -> count[0]++);
        assertThat(count[0]).isEqualTo(2500);
    }

    /**
     * Derby writes many rows a statement and the last few in a statement of their own: every count around those
     * sizes (and PostgreSQL's COPY buffer) comes back whole, in order, each row with its own values.
     */
    @Test
    void storesEveryRowWhateverTheCount() {
        for (int count : new int[] {1, 49, 50, 51, 499, 500, 501, 1234}) {
            lists.replace(inspection, "list-4", sink -> write(sink, "list-4", count), entry());
            List<ChildRow> rows = new ArrayList<>();
            lists.forEachRow(inspection, "list-4", rows::add);
            assertThat(rows).as("%d rows", count).hasSize(count);
            for (int i = 0; i < count; i++) {
                assertThat(rows.get(i).row()).isEqualTo(i + 2);
                assertThat(rows.get(i).childId()).isEqualTo("C" + i);
                assertThat(rows.get(i).values()).containsExactly(Map.entry("child-id", "C" + i),
                        Map.entry("gender", i % 2 == 0 ? "M" : "F"), Map.entry("note", "a, b; c"));
            }
            assertThat(lists.rowsOfChild(inspection, "C" + (count - 1)).get("list-4")).hasSize(1);
        }
    }

    @Test
    void aFailedReplacementKeepsThePreviousList() {
        lists.replace(inspection, "list-3", sink -> write(sink, "list-3", 2), entry());
        assertThatThrownBy(() -> lists.replace(inspection, "list-3", sink -> {
            write(sink, "list-3", 1500);
            throw new IllegalStateException("upload interrupted");
        }, entry())).hasMessage("upload interrupted");

        assertThat(lists.summary(inspection, "list-3").orElseThrow().accepted()).isEqualTo(2);
        assertThat(lists.rowsOfChild(inspection, "C1")).containsOnlyKeys("list-3");
    }

    @Test
    void findsAChildInEveryList() {
        lists.replace(inspection, "list-3", sink -> write(sink, "list-3", 2), entry());
        lists.replace(inspection, "list-8", sink -> write(sink, "list-8", 5), entry());
        assertThat(lists.rowsOfChild(inspection, "C1")).containsOnlyKeys("list-3", "list-8");
        assertThat(lists.rowsOfChild(inspection, "C4")).containsOnlyKeys("list-8");
        assertThat(lists.rowsOfChild(inspection, "nobody")).isEmpty();
    }

    @Test
    void countsAndDeletesEveryRowOfAnInspectionKeepingTheSummariesAndAuditing() {
        lists.replace(inspection, "list-3", sink -> write(sink, "list-3", 2), entry());
        lists.replace(inspection, "list-8", sink -> write(sink, "list-8", 1200), entry());
        assertThat(lists.rowCounts(inspection)).containsExactlyInAnyOrderEntriesOf(Map.of("list-3", 2L, "list-8",
                1200L));

        AuditEntry deletion = new AuditEntry(Instant.parse("2025-12-01T02:00:00Z"), "retention",
                "child-data.deleted", "inspection/" + inspection, null, "{\"rows\":1202}");
        assertThat(lists.deleteRows(inspection, deletion)).isEqualTo(1202);

        assertThat(lists.rowCounts(inspection)).isEmpty();
        assertThat(lists.rowsOfChild(inspection, "C1")).isEmpty();
        assertThat(lists.summary(inspection, "list-8").orElseThrow().accepted()).isEqualTo(1200);
        assertThat(new JpaAuditTrail(jpa, null).about("inspection/" + inspection, PageRequest.first(10)).items())
                .contains(deletion);
    }

    @Test
    void appendsTheAccessLogAndPagesItByPositionPerInspection() {
        JpaAccessLogStore log = new JpaAccessLogStore(jpa, null);
        Instant at = Instant.parse("2025-09-01T10:00:00Z");
        List<DataAccess> reads = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            reads.add(new DataAccess(at.plusSeconds(i), "lead", inspection, DataAccess.Kind.CHRONOLOGY, "C" + i));
        }
        reads.add(new DataAccess(at, "lead", "another", DataAccess.Kind.DATA_QUALITY, null));
        log.append(reads);

        Page<DataAccess> first = log.page(inspection, PageRequest.first(3));
        assertThat(first.items()).extracting(DataAccess::subject).containsExactly("C0", "C1", "C2");
        log.append(List.of(new DataAccess(at.plusSeconds(9), "admin", inspection, DataAccess.Kind.CHILD, "C9")));
        Page<DataAccess> second = log.page(inspection, new PageRequest(3, first.next()));
        assertThat(second.items()).extracting(DataAccess::subject).containsExactly("C3", "C4", "C9");
        assertThat(second.items().get(0)).isEqualTo(reads.get(3));
        assertThat(second.next()).isNull();
        assertThat(log.page("another", PageRequest.first(10)).items()).extracting(DataAccess::kind)
                .containsExactly(DataAccess.Kind.DATA_QUALITY);
        assertThatThrownBy(() -> log.page(inspection, new PageRequest(3, "not-a-cursor")))
                .isInstanceOf(org.inspectra.api.error.InvalidInputException.class);
    }

    @Test
    void keepsTheAcceptedSelectionOfEachStageReplacingTheEarlierOne() {
        JpaSelectionStore selections = new JpaSelectionStore(jpa, null);
        Instant at = Instant.parse("2025-09-01T10:00:00Z");
        selections.save(inspection, new Selection("cohort", List.of(new ProposedChild("C1", "missing"),
                new ProposedChild("C2", "balance")), "lead", at), entry());
        selections.save(inspection, new Selection("cohort", List.of(new ProposedChild("C3", "swapped in")), "lead",
                at), entry());

        assertThat(selections.find(inspection, "cohort")).contains(new Selection("cohort",
                List.of(new ProposedChild("C3", "swapped in")), "lead", at));
        assertThat(selections.find(inspection, "before-fieldwork")).isEmpty();
    }

    private static ImportResult write(java.util.function.Consumer<ChildRow> sink, String listId, int count) {
        for (int i = 0; i < count; i++) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("child-id", "C" + i);
            values.put("gender", i % 2 == 0 ? "M" : "F");
            values.put("note", "a, b; c");
            sink.accept(new ChildRow(i + 2, "C" + i, values));
        }
        return new ImportResult(listId, count, count, 0, List.of());
    }

    private static AuditEntry entry() {
        return new AuditEntry(Instant.now(), "lead", "test", "child-list", null, "after");
    }
}
