package org.inspectra.persistence.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntConsumer;

import org.inspectra.api.authority.LocalAuthority;
import org.inspectra.api.concern.Concern;
import org.inspectra.api.error.InvalidInputException;
import org.inspectra.api.evidence.Assessment;
import org.inspectra.api.evidence.EvidenceRecord;
import org.inspectra.api.finding.Finding;
import org.inspectra.api.finding.FindingKind;
import org.inspectra.api.framework.FrameworkKey;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.inspection.InspectionQuery;
import org.inspectra.api.inspection.InspectionStatus;
import org.inspectra.api.inspection.TeamMember;
import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;
import org.inspectra.api.request.InformationRequest;
import org.inspectra.api.request.RequestType;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.persistence.schema.SchemaMigration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every paged list walked to its end on real Derby while rows are written between pages (API.md, Paging): each row
 * that was there before the walk is seen once, in the list's order; nothing is seen twice.
 */
class KeysetPagingTest {

    /** The database the stores run on: Derby here, PostgreSQL in the subclass that overrides this. */
    TestDatabase newDatabase() {
        return TestDatabase.derby();
    }

    private TestDatabase database;

    private static final PageRequest ALL = PageRequest.first(PageRequest.MAX_LIMIT);
    private static final Instant T0 = Instant.parse("2025-08-18T09:00:00.123456Z");

    private ResourceLocalJpaTemplate jpa;
    private JpaLocalAuthorityStore authorities;
    private JpaInspectionStore inspections;
    private JpaAuditTrail audit;
    private JpaEvidenceStore evidence;
    private JpaFindingStore findings;
    private JpaConcernStore concerns;
    private JpaInformationRequestStore requests;
    private int written;

    @BeforeEach
    void database() {
        database = newDatabase();
        javax.sql.DataSource dataSource = database.dataSource();
        SchemaMigration schema = new SchemaMigration(dataSource);
        jpa = new ResourceLocalJpaTemplate(dataSource);
        authorities = new JpaLocalAuthorityStore(jpa, schema);
        inspections = new JpaInspectionStore(jpa, schema);
        audit = new JpaAuditTrail(jpa, schema);
        evidence = new JpaEvidenceStore(jpa, schema);
        findings = new JpaFindingStore(jpa, schema);
        concerns = new JpaConcernStore(jpa, schema);
        requests = new JpaInformationRequestStore(jpa, schema);
        authorities.save(new LocalAuthority("330", "Birmingham"), entry("local-authority/330"));
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
    void inspectionsPageNewestNotificationFirstWhileOthersAreOpened() {
        // Ties on notification date and on creation instant, so the id decides among them.
        for (int i = 0; i < 23; i++) {
            inspections.insert(inspection(LocalDate.of(2025, 8, 1 + i % 4), T0.plusSeconds(i % 3)), entry("i"));
        }
        List<Inspection> before = inspections.search(new InspectionQuery(null, null, null));
        assertThat(before).hasSize(23);

        List<Inspection> walked = walk(page -> inspections.search(new InspectionQuery(null, null, null), page), 5,
                n -> {
                    // Opened meanwhile: notified before, among and after the pages already read.
                    inspections.insert(inspection(LocalDate.of(2025, 7, 31), T0), entry("i"));
                    inspections.insert(inspection(LocalDate.of(2025, 8, 2), T0.plusSeconds(1)), entry("i"));
                    inspections.insert(inspection(LocalDate.of(2025, 8, 9), T0), entry("i"));
                });
        assertSeenOnceInOrder(walked, before, Inspection::id);
        assertThat(walked.stream().map(Inspection::notifiedOn).toList())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void inspectionsPageWithinTheirFilters() {
        for (int i = 0; i < 7; i++) {
            inspections.insert(inspection(LocalDate.of(2025, 8, 1 + i), T0), entry("i"));
        }
        authorities.save(new LocalAuthority("331", "Coventry"), entry("local-authority/331"));
        InspectionQuery of330 = new InspectionQuery("330", "testing", "notified");
        List<Inspection> before = inspections.search(of330);
        List<Inspection> walked = walk(page -> inspections.search(of330, page), 2,
                n -> inspections.insert(inspection("331", LocalDate.of(2025, 8, 3), T0), entry("i")));
        assertSeenOnceInOrder(walked, before, Inspection::id);
        assertThat(walked).allMatch(i -> i.localAuthority().equals("330"));
    }

    @Test
    void evidenceKeepsThePlaceOfItsFirstRevisionAcrossPagesWhileRevised() {
        Inspection inspection = inspections.insert(inspection(LocalDate.of(2025, 8, 1), T0), entry("i"));
        for (int i = 0; i < 12; i++) {
            evidence.insert(record(inspection.id(), "e" + i, 1, i % 2 == 0 ? "a" : "b"), entry("i"));
        }
        List<EvidenceRecord> before = evidence.current(inspection.id(), null);
        List<EvidenceRecord> walked = walk(page -> evidence.current(inspection.id(), null, page), 5, n -> {
            // One record on the pages read, one on the page to come, revised; one recorded.
            evidence.revise(record(inspection.id(), "e" + n, 2, "b"), entry("i"));
            evidence.revise(record(inspection.id(), "e" + (5 * (n + 1)), 2, "b"), entry("i"));
            evidence.insert(record(inspection.id(), "new" + n, 1, "a"), entry("i"));
        });
        assertSeenOnceInOrder(walked, before, EvidenceRecord::id);
        assertThat(walked.stream().filter(r -> r.id().equals("e5")).findFirst().orElseThrow().revision())
                .as("a record revised before its page was read shows its newest revision").isEqualTo(2);

        List<EvidenceRecord> ofA = evidence.current(inspection.id(), "a");
        assertSeenOnceInOrder(walk(page -> evidence.current(inspection.id(), "a", page), 3, n -> {
        }), ofA, EvidenceRecord::id);
    }

    @Test
    void findingsAuditConcernsRequestsAndAuthoritiesPageWhileWritten() {
        Inspection inspection = inspections.insert(inspection(LocalDate.of(2025, 8, 1), T0), entry("i"));
        String id = inspection.id();
        for (int i = 0; i < 11; i++) {
            finding(id, T0.plusSeconds(i % 4));
            concern(id, LocalDate.of(2025, 9, 1 + i % 3));
            request(id, T0.plusSeconds(i % 2));
            audit.record(entry("inspection/" + id));
            authorities.save(new LocalAuthority(String.valueOf(800 + i * 2), "LA " + i), entry("la"));
        }

        List<Finding> findingsBefore = findings.list(id);
        assertSeenOnceInOrder(walk(page -> findings.list(id, page), 4, n -> finding(id, T0)), findingsBefore,
                Finding::id);

        List<Concern> concernsBefore = concerns.list(id, ALL).items();
        assertSeenOnceInOrder(walk(page -> concerns.list(id, page), 4, n -> concern(id, LocalDate.of(2025, 9, 2))),
                concernsBefore, Concern::id);

        List<InformationRequest> requestsBefore = requests.list(id, ALL).items();
        assertSeenOnceInOrder(walk(page -> requests.list(id, page), 4, n -> request(id, T0)), requestsBefore,
                InformationRequest::id);

        List<AuditEntry> trailBefore = audit.about("inspection/" + id, ALL).items();
        assertThat(trailBefore).as("4 x 11 written, and what was written between pages")
                .hasSizeGreaterThan(4 * 11);
        List<AuditEntry> trail = walk(page -> audit.about("inspection/" + id, page), 7,
                n -> audit.record(entry("inspection/" + id)));
        assertThat(trail.subList(0, trailBefore.size())).isEqualTo(trailBefore);

        List<LocalAuthority> authoritiesBefore = authorities.list(ALL).items();
        assertSeenOnceInOrder(walk(authorities::list, 3, n -> authorities.save(
                new LocalAuthority(String.valueOf(801 + n * 2), "Between"), entry("la"))), authoritiesBefore,
                LocalAuthority::code);
    }

    @Test
    void theLastPageHasNoNextAndAnEmptyListOnePage() {
        String id = inspections.insert(inspection(LocalDate.of(2025, 8, 1), T0), entry("i")).id();
        assertThat(findings.list(id, ALL)).isEqualTo(new Page<>(List.of(), null));
        for (int i = 0; i < 3; i++) {
            finding(id, T0.plusSeconds(i));
        }
        Page<Finding> exact = findings.list(id, PageRequest.first(3));
        assertThat(exact.items()).hasSize(3);
        assertThat(exact.next()).as("a full last page announces nothing further").isNull();
        Page<Finding> first = findings.list(id, PageRequest.first(2));
        assertThat(first.next()).isNotNull();
        assertThat(findings.list(id, new PageRequest(2, first.next())).items()).hasSize(1);
    }

    @Test
    void refusesACursorItDidNotGive() {
        Inspection inspection = inspections.insert(inspection(LocalDate.of(2025, 8, 1), T0), entry("i"));
        inspections.insert(inspection(LocalDate.of(2025, 8, 2), T0), entry("i"));
        String ofInspections = inspections.search(new InspectionQuery(null, null, null), PageRequest.first(1)).next();
        assertThat(ofInspections).matches("[A-Za-z0-9_-]+");
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString("inspections~x~y~z".getBytes());
        for (String cursor : List.of("not base64!", "%%%", ofInspections.substring(1), encoded)) {
            assertThatThrownBy(() -> inspections.search(new InspectionQuery(null, null, null),
                    new PageRequest(10, cursor)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                            .singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("cursor")));
        }
        assertThatThrownBy(() -> findings.list(inspection.id(), new PageRequest(10, ofInspections)))
                .as("another list's cursor").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> audit.about("inspection/" + inspection.id(), new PageRequest(10, ofInspections)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refusesALimitOutOfRange() {
        for (int limit : new int[] {0, -1, PageRequest.MAX_LIMIT + 1}) {
            assertThatThrownBy(() -> PageRequest.first(limit))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                            .singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("limit")));
        }
    }

    /** Reads page after page to the end, calling {@code between} with the page number after each page but the last. */
    private static <T> List<T> walk(Function<PageRequest, Page<T>> read, int limit, IntConsumer between) {
        List<T> seen = new ArrayList<>();
        Page<T> page = read.apply(PageRequest.first(limit));
        for (int n = 0; ; n++) {
            assertThat(page.items().size()).isLessThanOrEqualTo(limit);
            seen.addAll(page.items());
            if (page.next() == null) {
                return seen;
            }
            between.accept(n);
            page = read.apply(new PageRequest(limit, page.next()));
        }
    }

    /** Every row there before the walk seen exactly once, in the order it had; no row seen twice. */
    private static <T> void assertSeenOnceInOrder(List<T> walked, List<T> before, Function<T, String> id) {
        List<String> ids = walked.stream().map(id).toList();
        assertThat(ids).doesNotHaveDuplicates();
        List<String> beforeIds = before.stream().map(id).toList();
        assertThat(ids.stream().filter(beforeIds::contains).toList()).isEqualTo(beforeIds);
    }

    private void finding(String inspectionId, Instant at) {
        findings.insert(new Finding("f" + written++, inspectionId, FindingKind.STRENGTH, "Good", null, "ann", at),
                entry("inspection/" + inspectionId));
    }

    private void concern(String inspectionId, LocalDate on) {
        concerns.insert(new Concern(UUID.randomUUID().toString(), inspectionId, 1, List.of("CH-1"), "ann", on,
                "Front door", "Not seen", on.plusDays(2), null, null, null, null, 0),
                entry("inspection/" + inspectionId));
    }

    private void request(String inspectionId, Instant at) {
        requests.insert(new InformationRequest(UUID.randomUUID().toString(), inspectionId, "ann", at,
                RequestType.CASE_INFORMATION, "The plan", "To track", LocalDate.of(2025, 9, 3), null, null, null, 0),
                entry("inspection/" + inspectionId));
    }

    private static EvidenceRecord record(String inspectionId, String id, int revision, String criterion) {
        return new EvidenceRecord(id, inspectionId, criterion, "case file", T0, Assessment.STRENGTH, "Seen alone",
                List.of("CH-1"), "ann", Instant.now(), revision);
    }

    private static Inspection inspection(LocalDate notifiedOn, Instant createdAt) {
        return inspection("330", notifiedOn, createdAt);
    }

    private static Inspection inspection(String authority, LocalDate notifiedOn, Instant createdAt) {
        return new Inspection(UUID.randomUUID().toString(), authority, new FrameworkKey("testing", "1.0"), "visit",
                null, null, List.of(), null, null, InspectionStatus.NOTIFIED, null, notifiedOn, null,
                List.of(new TeamMember("lead", "lead-inspector")), "lead", createdAt, 0);
    }

    private static AuditEntry entry(String subject) {
        return new AuditEntry(Instant.now(), "admin", "test", subject, null, "after");
    }
}
