package org.inspectra.childdata.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.inspectra.api.childdata.ChildRow;
import org.inspectra.api.childdata.ImportResult;
import org.inspectra.api.error.ForbiddenException;
import org.inspectra.api.framework.FrameworkKey;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.inspection.InspectionQuery;
import org.inspectra.api.inspection.InspectionService;
import org.inspectra.api.inspection.InspectionStatus;
import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;
import org.inspectra.api.retention.RetentionDue;
import org.inspectra.api.security.Caller;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.AuditTrail;
import org.inspectra.api.store.ChildListStore;
import org.junit.jupiter.api.Test;

/** Retention over one published and one open inspection, each with rows on two lists. */
class ScheduledRetentionTest {

    private static final Instant PUBLISHED = Instant.parse("2025-10-01T12:00:00Z");
    private static final Caller ADMIN = new Caller("admin", Set.of("admin"));

    private final Map<String, Map<String, Long>> rows = new HashMap<>(Map.of(
            "published", new HashMap<>(Map.of("list-3", 12L, "list-8", 5L)),
            "open", new HashMap<>(Map.of("list-3", 4L))));
    private final List<AuditEntry> trail = new ArrayList<>(List.of(
            new AuditEntry(PUBLISHED.minusSeconds(3600), "lead", "inspection.status-changed", "inspection/published",
                    "factual-accuracy", "final"),
            new AuditEntry(PUBLISHED, "lead", "inspection.status-changed", "inspection/published", "final",
                    "published")));

    @Test
    void previewsEachPublishedInspectionWithRowsAndWhenThenDeletesWhatIsDueWithAnAuditEntry() {
        ScheduledRetention retention = retention(90);
        List<RetentionDue> preview = retention.preview(ADMIN);
        assertThat(preview).singleElement().satisfies(due -> {
            assertThat(due.inspectionId()).isEqualTo("published");
            assertThat(due.publishedAt()).isEqualTo(PUBLISHED);
            assertThat(due.deleteAt()).isEqualTo(PUBLISHED.plus(Duration.ofDays(90)));
            assertThat(due.totalRows()).isEqualTo(17);
        });
        assertThatThrownBy(() -> retention.preview(new Caller("lead", Set.of("lead-inspector"))))
                .isInstanceOf(ForbiddenException.class);

        assertThat(retention.deleteDue(PUBLISHED.plus(Duration.ofDays(89)))).isEmpty();
        assertThat(rows.get("published")).isNotEmpty();

        assertThat(retention.deleteDue(PUBLISHED.plus(Duration.ofDays(90)))).extracting(RetentionDue::inspectionId)
                .containsExactly("published");
        assertThat(rows.get("published")).isEmpty();
        assertThat(rows.get("open")).containsEntry("list-3", 4L);
        AuditEntry deletion = trail.get(trail.size() - 1);
        assertThat(deletion.action()).isEqualTo("child-data.deleted");
        assertThat(deletion.actor()).isEqualTo("retention");
        assertThat(deletion.subject()).isEqualTo("inspection/published");
        assertThat(deletion.after()).isEqualTo("{\"rows\":17,\"lists\":{\"list-3\":12,\"list-8\":5},\"publishedAt\":"
                + "\"2025-10-01T12:00:00Z\",\"days\":90}");
        assertThat(retention.preview(ADMIN)).isEmpty();
    }

    @Test
    void zeroDaysKeepsTheRows() {
        ScheduledRetention retention = retention(0);
        assertThat(retention.preview(ADMIN)).singleElement().satisfies(due -> assertThat(due.deleteAt()).isNull());
        assertThat(retention.deleteDue(PUBLISHED.plus(Duration.ofDays(10_000)))).isEmpty();
        assertThat(rows.get("published")).isNotEmpty();
    }

    private ScheduledRetention retention(int days) {
        return new ScheduledRetention(days, inspections(), audit(), store(), Clock.fixed(PUBLISHED.plus(
                Duration.ofDays(100)), ZoneOffset.UTC));
    }

    private InspectionService inspections() {
        return (InspectionService) Proxy.newProxyInstance(InspectionService.class.getClassLoader(),
                new Class<?>[] {InspectionService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("search")) {
                        String status = ((InspectionQuery) args[0]).status();
                        return status.equals("published") ? List.of(inspection("published", InspectionStatus.PUBLISHED))
                                : List.of();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Inspection inspection(String id, InspectionStatus status) {
        return new Inspection(id, "330", new FrameworkKey("ilacs", "2018.12"), "standard", null, null, List.of(),
                null, null, status, null, LocalDate.of(2025, 8, 18), null, List.of(), "lead",
                PUBLISHED.minus(Duration.ofDays(60)), 3);
    }

    private AuditTrail audit() {
        return new AuditTrail() {
            @Override
            public void record(AuditEntry entry) {
                trail.add(entry);
            }

            /** One entry a page, so the retention reads the trail page by page. */
            @Override
            public Page<AuditEntry> about(String subject, PageRequest page) {
                List<AuditEntry> about = trail.stream().filter(e -> e.subject().equals(subject)).toList();
                int at = page.cursor() == null ? 0 : Integer.parseInt(page.cursor());
                return new Page<>(about.subList(at, Math.min(at + 1, about.size())), at + 1 < about.size()
                        ? String.valueOf(at + 1) : null);
            }
        };
    }

    private ChildListStore store() {
        return new ChildListStore() {
            @Override
            public ImportResult replace(String inspectionId, String listId, RowWriter writer, AuditEntry audit) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<ImportResult> summary(String inspectionId, String listId) {
                return Optional.empty();
            }

            @Override
            public void forEachRow(String inspectionId, String listId, Consumer<ChildRow> consumer) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Map<String, List<ChildRow>> rowsOfChild(String inspectionId, String childId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Map<String, Long> rowCounts(String inspectionId) {
                return Map.copyOf(rows.getOrDefault(inspectionId, Map.of()));
            }

            @Override
            public long deleteRows(String inspectionId, AuditEntry audit) {
                long deleted = rows.get(inspectionId).values().stream().mapToLong(Long::longValue).sum();
                rows.get(inspectionId).clear();
                trail.add(audit);
                return deleted;
            }
        };
    }
}
