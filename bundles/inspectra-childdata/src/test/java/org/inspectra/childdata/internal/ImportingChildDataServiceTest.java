package org.inspectra.childdata.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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

import org.inspectra.api.access.DataAccess;
import org.inspectra.api.childdata.ChildDataService;
import org.inspectra.api.childdata.ChildRow;
import org.inspectra.api.childdata.ImportProgress;
import org.inspectra.api.childdata.ImportResult;
import org.inspectra.api.childdata.ImportState;
import org.inspectra.api.error.ForbiddenException;
import org.inspectra.api.error.InvalidInputException;
import org.inspectra.api.error.NotFoundException;
import org.inspectra.api.error.RuleViolationException;
import org.inspectra.api.error.TooLargeException;
import org.inspectra.api.framework.FrameworkDefinition;
import org.inspectra.api.framework.FrameworkDescriptor;
import org.inspectra.api.framework.FrameworkKey;
import org.inspectra.api.framework.InspectionFramework;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.inspection.InspectionService;
import org.inspectra.api.inspection.InspectionStatus;
import org.inspectra.api.inspection.TeamMember;
import org.inspectra.api.registry.FrameworkRegistry;
import org.inspectra.api.theme.ThemeRegistry;
import org.inspectra.api.registry.FrameworkStatus;
import org.inspectra.api.registry.ProvidingBundle;
import org.inspectra.api.registry.RegisteredFramework;
import org.inspectra.api.security.Caller;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.ChildListStore;
import org.junit.jupiter.api.Test;

/** The service's progress of uploads, against an inspection of authority 330 and a store kept in memory. */
class ImportingChildDataServiceTest {

    private static final Instant NOW = Instant.parse("2025-09-01T09:00:00Z");
    private static final Caller LEAD = new Caller("lead", Set.of("lead-inspector"));
    private static final Caller LINK = new Caller("lalink", Set.of("la-link", "la:330"));
    private static final Caller OTHER_LINK = new Caller("lalink2", Set.of("la-link", "la:331"));
    private static final Caller OUTSIDER = new Caller("inspector2", Set.of("inspector"));

    private final MemoryStore store = new MemoryStore();
    private final List<DataAccess> reads = new ArrayList<>();
    private final ChildDataService service = new ImportingChildDataService(1_000_000, inspections(), frameworks(),
            noThemes(), store, new InMemoryImportProgressStore(), reads::add, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aCompletedUploadIsReportedUnderTheIdItsAnswerCarries() {
        byte[] body = csv("Child unique ID,Gender", "C-1,F", "C-2,M", "C-3,X,extra");
        ImportResult result = service.replace("i-1", "list-3", ChildDataService.CSV, new ByteArrayInputStream(body),
                body.length, LINK);
        assertThat(result.importId()).isNotBlank();

        ImportProgress progress = service.progress("i-1", "list-3", LEAD);
        assertThat(progress.importId()).isEqualTo(result.importId());
        assertThat(progress.state()).isEqualTo(ImportState.COMPLETED);
        assertThat(progress.startedBy()).isEqualTo("lalink");
        assertThat(progress).extracting(ImportProgress::rowsRead, ImportProgress::rowsAccepted,
                ImportProgress::rowsRejected).containsExactly(3L, 3L, 0L);
        assertThat(progress.bytesRead()).isEqualTo(body.length);
        assertThat(progress.totalBytes()).isEqualTo(body.length);
        assertThat(progress.percent()).isEqualTo(100);
        assertThat(progress.startedAt()).isEqualTo(NOW);
        assertThat(progress.finishedAt()).isEqualTo(NOW);
    }

    @Test
    void whileTheBodyIsReadTheProgressShowsTheRowsSoFar() {
        int rows = 10_000;
        StringBuilder text = new StringBuilder("Child unique ID,Gender\r\n");
        for (int i = 0; i < rows; i++) {
            text.append("C-").append(i).append(i % 2 == 0 ? ",F" : ",M").append("\r\n");
        }
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        List<ImportProgress> seen = new ArrayList<>();
        // Served a kilobyte a read, as a socket would; halfway through, someone asks how the upload goes.
        InputStream slow = new InputStream() {
            private int position;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (position >= body.length) {
                    return -1;
                }
                if (seen.isEmpty() && position >= body.length / 2) {
                    seen.add(service.progress("i-1", "list-3", LINK));
                }
                int n = Math.min(Math.min(length, 1024), body.length - position);
                System.arraycopy(body, position, buffer, offset, n);
                position += n;
                return n;
            }
        };
        ImportResult result = service.replace("i-1", "list-3", ChildDataService.CSV, slow, body.length, LEAD);

        ImportProgress halfway = seen.get(0);
        assertThat(halfway.importId()).isEqualTo(result.importId());
        assertThat(halfway.state()).isEqualTo(ImportState.RUNNING);
        assertThat(halfway.finishedAt()).isNull();
        assertThat(halfway.rowsRead()).isPositive().isLessThan(rows);
        assertThat(halfway.rowsRead() % ListImport.PUBLISH_EVERY).as("published every few hundred rows").isZero();
        assertThat(halfway.bytesRead()).isBetween(1L, (long) body.length / 2 + 1024);
        assertThat(halfway.percent()).isBetween(1, 51);
        assertThat(service.progress("i-1", "list-3", LINK)).extracting(ImportProgress::state,
                ImportProgress::rowsRead).containsExactly(ImportState.COMPLETED, (long) rows);
    }

    @Test
    void aRefusedUploadIsReportedRefusedWithItsProblemsAndTheOldListStays() {
        service.replace("i-1", "list-3", ChildDataService.CSV, new ByteArrayInputStream(csv("Child unique ID",
                "K-1", "K-2")), -1, LEAD);

        byte[] bad = csv("Child unique ID,Date of birth", "K-3,yesterday", "K-4,tomorrow", ",2015-01-01");
        assertThatThrownBy(() -> service.replace("i-1", "list-3", ChildDataService.CSV,
                new ByteArrayInputStream(bad), -1, LEAD)).isInstanceOf(RuleViolationException.class);

        ImportProgress refused = service.progress("i-1", "list-3", LEAD);
        assertThat(refused.state()).isEqualTo(ImportState.REFUSED);
        assertThat(refused).extracting(ImportProgress::rowsRead, ImportProgress::rowsAccepted,
                ImportProgress::rowsRejected, ImportProgress::problems).containsExactly(3L, 0L, 3L, 3L);
        assertThat(refused.detail()).contains("the list is unchanged");
        assertThat(refused.totalBytes()).isNull();
        assertThat(refused.percent()).isNull();
        assertThat(store.rows("i-1", "list-3")).extracting(ChildRow::childId).containsExactly("K-1", "K-2");
    }

    @Test
    void unreadableAndOversizedUploadsAreRefusedToo() {
        assertThatThrownBy(() -> service.replace("i-1", "list-3", ChildDataService.XLSX,
                new ByteArrayInputStream("not a workbook".getBytes(StandardCharsets.UTF_8)), 14, LEAD))
                .isInstanceOf(InvalidInputException.class);
        assertThat(service.progress("i-1", "list-3", LEAD).state()).isEqualTo(ImportState.REFUSED);

        ChildDataService small = new ImportingChildDataService(10, inspections(), frameworks(), noThemes(),
                store, new InMemoryImportProgressStore(), reads::add, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThatThrownBy(() -> small.replace("i-1", "list-1", ChildDataService.CSV,
                new ByteArrayInputStream(csv("Child unique ID", "C-1", "C-2")), -1, LEAD))
                .isInstanceOf(TooLargeException.class);
        assertThat(small.progress("i-1", "list-1", LEAD)).extracting(ImportProgress::state, ImportProgress::detail)
                .satisfies(p -> assertThat(p.get(0)).isEqualTo(ImportState.REFUSED))
                .satisfies(p -> assertThat((String) p.get(1)).contains("limit"));

        ByteArrayInputStream declaredTooLarge = new ByteArrayInputStream(csv("Child unique ID", "C-1", "C-2"));
        assertThatThrownBy(() -> small.replace("i-1", "list-3", ChildDataService.CSV, declaredTooLarge, 11, LEAD))
                .isInstanceOf(TooLargeException.class).hasMessageContaining("limit of 10 bytes");
        assertThat(declaredTooLarge.available()).as("drained, so the client reads the answer").isZero();
        assertThatThrownBy(() -> small.progress("i-1", "list-3", LEAD)).as("refused before it began")
                .isInstanceOf(org.inspectra.api.error.NotFoundException.class);
    }

    @Test
    void aFaultOfTheServerIsReportedFailedWithoutItsCause() {
        store.failing = true;
        assertThatThrownBy(() -> service.replace("i-1", "list-3", ChildDataService.CSV,
                new ByteArrayInputStream(csv("Child unique ID", "C-1")), -1, LEAD))
                .isInstanceOf(IllegalStateException.class);
        ImportProgress failed = service.progress("i-1", "list-3", LEAD);
        assertThat(failed.state()).isEqualTo(ImportState.FAILED);
        assertThat(failed.detail()).doesNotContain("disk");
    }

    @Test
    void progressIsForTheTeamAndTheAuthoritysLinkPeopleAndOnlyOnceSomethingWasUploaded() {
        assertThatThrownBy(() -> service.progress("i-1", "list-3", LEAD)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.progress("i-1", "list-99", LEAD)).isInstanceOf(NotFoundException.class);
        service.replace("i-1", "list-3", ChildDataService.CSV, new ByteArrayInputStream(csv("Child unique ID",
                "C-1")), -1, LEAD);

        assertThat(service.progress("i-1", "list-3", LINK).state()).isEqualTo(ImportState.COMPLETED);
        assertThat(service.progress("i-1", "list-3", new Caller("admin", Set.of("admin"))).state())
                .isEqualTo(ImportState.COMPLETED);
        assertThatThrownBy(() -> service.progress("i-1", "list-3", OTHER_LINK))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.progress("i-1", "list-3", OUTSIDER))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.progress("i-1", "list-1", LEAD)).as("another list")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void whatIsRefusedBeforeTheBodyIsReadLeavesNoProgress() {
        assertThatThrownBy(() -> service.replace("i-1", "list-3", ChildDataService.CSV,
                new ByteArrayInputStream(csv("Child unique ID", "C-1")), -1, OUTSIDER))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.progress("i-1", "list-3", LEAD)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theUploadsAnswerCountsTheDataQualityFindingsAcrossTheLists() {
        ImportResult contacts = service.replace("i-1", "list-1", ChildDataService.CSV, new ByteArrayInputStream(
                csv("Child unique ID,Date of contact", "C-1,2025-08-01")), -1, LEAD);
        assertThat(contacts.dataQuality()).isNotNull();
        assertThat(contacts.dataQuality().errors()).isZero();
        // The same child's referral list: a second row (000 §260, warning) and a date of birth after a contact on a
        // list that takes no unborn child is not at issue here; the dates of birth differ from nothing else.
        ImportResult referrals = service.replace("i-1", "list-3", ChildDataService.CSV, new ByteArrayInputStream(
                csv("Child unique ID,Date of birth", "C-1,21/09/2014", "C-1,21/09/2014")), -1, LEAD);
        assertThat(referrals.accepted()).isEqualTo(2);
        assertThat(referrals.dataQuality().warnings()).isEqualTo(1);
        assertThat(referrals.dataQuality().checkedAt()).isEqualTo(NOW);
    }

    @Test
    void aChildsRowsAndChronologyAreReadByTheTeamRecordedAndAChildOnNoListIsNotFound() {
        service.replace("i-1", "list-3", ChildDataService.CSV, new ByteArrayInputStream(
                csv("Child unique ID,Date of birth", "C-1,21/09/2014")), -1, LINK);
        assertThat(service.child("i-1", "C-1", LEAD).lists()).extracting(l -> l.listId()).containsExactly("list-3");
        assertThat(service.chronology("i-1", "C-1", LEAD).events()).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2014, 9, 21)));
        service.rows("i-1", "list-3", Map.of(), LEAD);
        assertThatThrownBy(() -> service.child("i-1", "C-9", LEAD)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.chronology("i-1", "C-9", LEAD)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.chronology("i-1", "C-1", LINK)).isInstanceOf(ForbiddenException.class);
        assertThat(reads).extracting(DataAccess::user, DataAccess::kind, DataAccess::subject).containsExactly(
                org.assertj.core.groups.Tuple.tuple("lead", DataAccess.Kind.CHILD, "C-1"),
                org.assertj.core.groups.Tuple.tuple("lead", DataAccess.Kind.CHRONOLOGY, "C-1"),
                org.assertj.core.groups.Tuple.tuple("lead", DataAccess.Kind.LIST_ROWS, "list-3"));
    }

    private static byte[] csv(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static InspectionService inspections() {
        Inspection inspection = new Inspection("i-1", "330", new FrameworkKey("sif", "2015.06"), "single-inspection",
                null, null, List.of(), null, null, InspectionStatus.FIELDWORK, null, LocalDate.of(2025, 9, 1), null,
                List.of(new TeamMember("lead", TeamMember.LEAD_INSPECTOR)), "lead", NOW, 0);
        return (InspectionService) Proxy.newProxyInstance(InspectionService.class.getClassLoader(),
                new Class<?>[] {InspectionService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("readable") && args[0].equals("i-1")) {
                        return inspection;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** The inspection takes no deep-dive theme, so the registry is never asked. */
    private static ThemeRegistry noThemes() {
        return (ThemeRegistry) Proxy.newProxyInstance(ThemeRegistry.class.getClassLoader(),
                new Class<?>[] {ThemeRegistry.class}, (proxy, method, args) -> {
                    throw new UnsupportedOperationException("no themes here: " + method.getName());
                });
    }

    private static FrameworkRegistry frameworks() {
        FrameworkDefinition definition = new FrameworkDefinition(new FrameworkDescriptor("sif", "2015.06", "SIF",
                LocalDate.of(2015, 6, 1), "004"), List.of(), List.of(), List.of(), List.of(),
                List.of(TestLists.REFERRALS, TestLists.CONTACTS));
        InspectionFramework framework = () -> definition;
        RegisteredFramework registered = new RegisteredFramework(framework, FrameworkStatus.ACTIVE,
                new ProvidingBundle(1, "sif", "2015.6.0", "ACTIVE"));
        return (FrameworkRegistry) Proxy.newProxyInstance(FrameworkRegistry.class.getClassLoader(),
                new Class<?>[] {FrameworkRegistry.class}, (proxy, method, args) -> {
                    if (method.getName().equals("find")) {
                        return Optional.of(registered);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** Replaces a list only once its writer has returned, as the database's transaction does. */
    private static final class MemoryStore implements ChildListStore {
        private final Map<String, List<ChildRow>> lists = new HashMap<>();
        private final List<AuditEntry> deletions = new ArrayList<>();
        private boolean failing;

        @Override
        public ImportResult replace(String inspectionId, String listId, RowWriter writer, AuditEntry audit) {
            List<ChildRow> rows = new ArrayList<>();
            ImportResult result = writer.write(rows::add);
            if (failing) {
                throw new IllegalStateException("disk full");
            }
            lists.put(inspectionId + "/" + listId, rows);
            return result;
        }

        @Override
        public Optional<ImportResult> summary(String inspectionId, String listId) {
            return Optional.empty();
        }

        @Override
        public void forEachRow(String inspectionId, String listId, Consumer<ChildRow> consumer) {
            rows(inspectionId, listId).forEach(consumer);
        }

        @Override
        public Map<String, List<ChildRow>> rowsOfChild(String inspectionId, String childId) {
            Map<String, List<ChildRow>> found = new java.util.TreeMap<>();
            lists.forEach((key, rows) -> {
                if (key.startsWith(inspectionId + "/")) {
                    List<ChildRow> mine = rows.stream().filter(r -> childId.equals(r.childId())).toList();
                    if (!mine.isEmpty()) {
                        found.put(key.substring(inspectionId.length() + 1), mine);
                    }
                }
            });
            return found;
        }

        @Override
        public Map<String, Long> rowCounts(String inspectionId) {
            Map<String, Long> counts = new java.util.TreeMap<>();
            lists.forEach((key, rows) -> {
                if (key.startsWith(inspectionId + "/") && !rows.isEmpty()) {
                    counts.put(key.substring(inspectionId.length() + 1), (long) rows.size());
                }
            });
            return counts;
        }

        @Override
        public long deleteRows(String inspectionId, AuditEntry audit) {
            long deleted = rowCounts(inspectionId).values().stream().mapToLong(Long::longValue).sum();
            lists.keySet().removeIf(key -> key.startsWith(inspectionId + "/"));
            deletions.add(audit);
            return deleted;
        }

        List<ChildRow> rows(String inspectionId, String listId) {
            return lists.getOrDefault(inspectionId + "/" + listId, List.of());
        }
    }
}
