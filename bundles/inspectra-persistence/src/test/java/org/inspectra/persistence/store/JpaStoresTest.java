package org.inspectra.persistence.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.inspectra.api.authority.LocalAuthority;
import org.inspectra.api.concern.Concern;
import org.inspectra.api.error.ConflictException;
import org.inspectra.api.error.NotFoundException;
import org.inspectra.api.page.PageRequest;
import org.inspectra.api.request.InformationRequest;
import org.inspectra.api.request.RequestType;
import org.inspectra.api.evidence.Assessment;
import org.inspectra.api.evidence.EvidenceOutline;
import org.inspectra.api.evidence.EvidenceRecord;
import org.inspectra.api.evidence.EvidenceTally;
import org.inspectra.api.finding.Finding;
import org.inspectra.api.finding.FindingKind;
import org.inspectra.api.judgement.GradeRecord;
import org.inspectra.api.framework.FrameworkKey;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.inspection.InspectionQuery;
import org.inspectra.api.inspection.InspectionStatus;
import org.inspectra.api.inspection.TeamMember;
import org.inspectra.api.store.ReportStatementStore;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.InspectionStore;
import org.inspectra.api.childdata.ImportProgress;
import org.inspectra.api.childdata.ImportState;
import org.inspectra.persistence.schema.SchemaMigration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stores on a real Derby database migrated by the real Flyway scripts. */
class JpaStoresTest {

    private static final PageRequest ALL = PageRequest.first(PageRequest.MAX_LIMIT);

    /** The database the stores run on: Derby here, PostgreSQL in the subclass that overrides this. */
    TestDatabase newDatabase() {
        return TestDatabase.derby();
    }

    private TestDatabase database;
    private javax.sql.DataSource dataSource;

    private ResourceLocalJpaTemplate jpa;
    private SchemaMigration schema;
    private JpaLocalAuthorityStore authorities;
    private JpaInspectionStore inspections;
    private JpaFrameworkStatusStore statuses;
    private JpaAuditTrail audit;
    private JpaEvidenceStore evidence;
    private JpaFindingStore findings;
    private JpaJudgementStore judgements;
    private JpaConcernStore concerns;
    private JpaInformationRequestStore requests;

    @BeforeEach
    void database() {
        database = newDatabase();
        dataSource = database.dataSource();
        schema = new SchemaMigration(dataSource);
        jpa = new ResourceLocalJpaTemplate(dataSource);
        authorities = new JpaLocalAuthorityStore(jpa, schema);
        inspections = new JpaInspectionStore(jpa, schema);
        statuses = new JpaFrameworkStatusStore(jpa, schema);
        audit = new JpaAuditTrail(jpa, schema);
        evidence = new JpaEvidenceStore(jpa, schema);
        findings = new JpaFindingStore(jpa, schema);
        judgements = new JpaJudgementStore(jpa, schema);
        concerns = new JpaConcernStore(jpa, schema);
        requests = new JpaInformationRequestStore(jpa, schema);
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
    void migratesTheSchemaOnce() {
        assertThat(schema.appliedMigrations()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void savesAndRenamesLocalAuthoritiesWithTheirAudit() {
        assertThat(authorities.save(new LocalAuthority("330", "Brum"), entry("local-authority/330"))).isTrue();
        assertThat(authorities.save(new LocalAuthority("330", "Birmingham"), entry("local-authority/330"))).isFalse();
        assertThat(authorities.find("330")).contains(new LocalAuthority("330", "Birmingham"));
        assertThat(authorities.list(ALL).items()).hasSize(1);
        assertThat(audit.about("local-authority/330", ALL).items()).hasSize(2);
    }

    @Test
    void storesInspectionsWithTeamsAndCountsPins() {
        authorities.save(new LocalAuthority("330", "Birmingham"), entry("local-authority/330"));
        Inspection stored = inspections.insert(inspection("1.0", InspectionStatus.NOTIFIED), entry("i"));
        inspections.insert(inspection("1.0", InspectionStatus.PUBLISHED), entry("i"));
        inspections.insert(inspection("2.0", InspectionStatus.FIELDWORK), entry("i"));

        assertThat(inspections.find(stored.id())).contains(stored);
        assertThat(stored.team()).containsExactly(new TeamMember("lead", "lead-inspector"),
                new TeamMember("ann", "inspector"));
        assertThat(inspections.search(new InspectionQuery("330", "testing", "fieldwork")))
                .hasSize(1);
        assertThat(inspections.search(new InspectionQuery(null, null, null))).hasSize(3);
        assertThat(inspections.pinCounts().get(new FrameworkKey("testing", "1.0")))
                .isEqualTo(new InspectionStore.PinCount(1, 2));
    }

    @Test
    void findsInspectionsByTeamMemberAndByTheAuthoritiesALinkPersonSpeaksFor() {
        authorities.save(new LocalAuthority("330", "Birmingham"), entry("local-authority/330"));
        Inspection withAnn = inspections.insert(inspection("1.0", InspectionStatus.NOTIFIED), entry("i"));
        Inspection other = inspection("1.0", InspectionStatus.NOTIFIED);
        inspections.insert(new Inspection(other.id(), other.localAuthority(), other.framework(), other.type(),
                other.theme(), other.themeVersion(), other.topics(), other.visitNumber(), other.seriesNumber(),
                other.status(), other.addedStatus(), other.notifiedOn(), other.concurrentWith(),
                List.of(new TeamMember("lead", "lead-inspector")), other.createdBy(), other.createdAt(),
                other.version()), entry("i"));

        assertThat(inspections.search(new InspectionQuery(null, null, null, "ann", null)))
                .extracting(Inspection::id).containsExactly(withAnn.id());
        assertThat(inspections.search(new InspectionQuery(null, null, null, "lead", null))).hasSize(2);
        assertThat(inspections.search(new InspectionQuery(null, null, null, "nobody", null))).isEmpty();
        assertThat(inspections.search(new InspectionQuery(null, null, null, null, java.util.Set.of("330"))))
                .hasSize(2);
        assertThat(inspections.search(new InspectionQuery(null, null, null, null, java.util.Set.of("331"))))
                .isEmpty();
        assertThat(inspections.search(new InspectionQuery(null, null, null, null, java.util.Set.of()))).isEmpty();
    }

    @Test
    void keepsThePinnedThemeVersionThroughChanges() {
        authorities.save(new LocalAuthority("330", "Birmingham"), entry("local-authority/330"));
        Inspection i = inspection("1.0", InspectionStatus.NOTIFIED);
        Inspection themed = new Inspection(i.id(), i.localAuthority(), i.framework(), i.type(), "cse-missing",
                "2016.01", i.topics(), i.visitNumber(), i.seriesNumber(), i.status(), null, i.notifiedOn(),
                i.concurrentWith(), i.team(), i.createdBy(), i.createdAt(), i.version());
        Inspection stored = inspections.insert(themed, entry("i"));
        Inspection moved = inspections.changeStatus(stored.id(), stored.version(), InspectionStatus.FIELDWORK, null,
                entry("i"));

        assertThat(inspections.find(stored.id())).hasValueSatisfying(found -> {
            assertThat(found.theme()).isEqualTo("cse-missing");
            assertThat(found.themeVersion()).isEqualTo("2016.01");
            assertThat(found.status()).isEqualTo(moved.status());
        });
    }

    @Test
    void keepsTheTopicsInTheirOrderAndTheVisitNumberThroughChanges() {
        authorities.save(new LocalAuthority("330", "Birmingham"), entry("local-authority/330"));
        Inspection i = inspection("1.0", InspectionStatus.NOTIFIED);
        Inspection visit = new Inspection(i.id(), i.localAuthority(), i.framework(), i.type(), null, null,
                List.of("permanence", "front-door"), 2, 3, i.status(), null, i.notifiedOn(), i.concurrentWith(),
                i.team(), i.createdBy(), i.createdAt(), i.version());
        Inspection stored = inspections.insert(visit, entry("i"));
        inspections.replaceTeam(stored.id(), stored.version(), List.of(new TeamMember("lead", "lead-inspector")),
                entry("i"));

        assertThat(inspections.find(stored.id())).hasValueSatisfying(found -> {
            assertThat(found.topics()).containsExactly("permanence", "front-door");
            assertThat(found.visitNumber()).isEqualTo(2);
            assertThat(found.seriesNumber()).isEqualTo(3);
            assertThat(found.team()).hasSize(1);
        });
        assertThat(inspections.find(inspections.insert(inspection("1.0", InspectionStatus.NOTIFIED), entry("i"))
                .id())).hasValueSatisfying(found -> {
                    assertThat(found.topics()).isEmpty();
                    assertThat(found.visitNumber()).isNull();
                });
    }

    @Test
    void aStaleTeamUpdateIsRefusedAndChangesNothing() {
        authorities.save(new LocalAuthority("330", "Birmingham"), entry("local-authority/330"));
        Inspection stored = inspections.insert(inspection("1.0", InspectionStatus.NOTIFIED), entry("i"));
        Inspection first = inspections.replaceTeam(stored.id(), stored.version(),
                List.of(new TeamMember("lead", "lead-inspector")), entry("i"));
        assertThat(first.version()).isEqualTo(stored.version() + 1);

        assertThatThrownBy(() -> inspections.replaceTeam(stored.id(), stored.version(),
                List.of(new TeamMember("other", "lead-inspector")), entry("i")))
                .isInstanceOf(ConflictException.class);
        assertThat(inspections.find(stored.id()).orElseThrow().team())
                .containsExactly(new TeamMember("lead", "lead-inspector"));
    }

    /**
     * Each node remembers the inspections it read under their row versions (ReadInspections): a change another node
     * makes, to the team or the status, is seen at once by this one, one inspection at a time and in a page.
     */
    @Test
    void aChangeOnAnotherNodeIsReadAtOnce() {
        authorities.save(new LocalAuthority("330", "Birmingham"), entry("local-authority/330"));
        JpaInspectionStore otherNode = new JpaInspectionStore(jpa, schema);
        Inspection stored = inspections.insert(inspection("1.0", InspectionStatus.NOTIFIED), entry("i"));
        PageRequest page = PageRequest.first(10);
        InspectionQuery ofBirmingham = new InspectionQuery("330", null, null, null, null);
        assertThat(inspections.find(stored.id()).orElseThrow().team()).hasSize(2);
        assertThat(inspections.search(ofBirmingham, page).items()).extracting(Inspection::version)
                .containsExactly(stored.version());

        Inspection changed = otherNode.replaceTeam(stored.id(), stored.version(),
                List.of(new TeamMember("lead", "lead-inspector")), entry("i"));
        assertThat(inspections.find(stored.id()).orElseThrow().team()).hasSize(1);
        assertThat(changed.version()).isGreaterThan(stored.version());
        assertThat(inspections.find(stored.id()).orElseThrow().team())
                .containsExactly(new TeamMember("lead", "lead-inspector"));
        assertThat(inspections.search(ofBirmingham, page).items()).singleElement()
                .satisfies(i -> assertThat(i.team()).containsExactly(new TeamMember("lead", "lead-inspector")));

        otherNode.changeStatus(stored.id(), changed.version(), InspectionStatus.FIELDWORK, null, entry("i"));
        assertThat(inspections.find(stored.id()).orElseThrow().status()).isEqualTo(InspectionStatus.FIELDWORK);
        assertThat(inspections.search(ofBirmingham, page).items()).singleElement()
                .satisfies(i -> assertThat(i.status()).isEqualTo(InspectionStatus.FIELDWORK));
        assertThat(inspections.find("no-such-inspection")).isEmpty();
    }

    /**
     * A node keeps a page's keys while its authorities' inspections are unchanged (migration V55's counts): an
     * inspection another node opens, or a grade that moves one on, is in the next page read, filtered by one
     * authority, by a link person's authorities, or not at all; another authority's change leaves the page right.
     */
    @Test
    void aKeptPageOfInspectionsIsReadAfreshOnceItsAuthoritiesChangeOnAnyNode() {
        authorities.save(new LocalAuthority("330", "Birmingham"), entry("local-authority/330"));
        authorities.save(new LocalAuthority("331", "Coventry"), entry("local-authority/331"));
        JpaInspectionStore otherNode = new JpaInspectionStore(jpa, schema);
        JpaJudgementStore otherNodesJudgements = new JpaJudgementStore(jpa, schema);
        Inspection first = inspections.insert(inspection("1.0", InspectionStatus.NOTIFIED), entry("i"));
        PageRequest page = PageRequest.first(10);
        List<InspectionQuery> queries = List.of(new InspectionQuery("330", null, null, null, null),
                new InspectionQuery(null, null, null, null, java.util.Set.of("330", "331")),
                new InspectionQuery(null, null, null, null, null));
        for (InspectionQuery query : queries) {
            assertThat(inspections.search(query, page).items()).extracting(Inspection::id).containsExactly(first.id());
            assertThat(inspections.search(query, page).items()).extracting(Inspection::id).containsExactly(first.id());
        }

        Inspection second = otherNode.insert(inspection("1.0", InspectionStatus.NOTIFIED), entry("i"));
        for (InspectionQuery query : queries) {
            assertThat(inspections.search(query, page).items()).as("opened on another node: %s", query)
                    .extracting(Inspection::id).containsExactlyInAnyOrder(first.id(), second.id());
        }

        otherNodesJudgements.save(first.id(), first.version(), new GradeRecord("overall", "good", "why", List.of(),
                "lead", Instant.parse("2025-08-20T09:00:00Z"), 1), entry("i"));
        for (InspectionQuery query : queries) {
            assertThat(inspections.search(query, page).items()).as("graded on another node: %s", query)
                    .filteredOn(i -> i.id().equals(first.id())).singleElement()
                    .satisfies(i -> assertThat(i.version()).isGreaterThan(first.version()));
        }

        Inspection coventry = new Inspection(UUID.randomUUID().toString(), "331", new FrameworkKey("testing", "1.0"),
                "visit", null, null, List.of(), null, null, InspectionStatus.NOTIFIED, null, LocalDate.of(2025, 8, 18),
                null, List.of(new TeamMember("lead", "lead-inspector")), "lead", Instant.parse("2025-08-18T09:00:00Z"),
                0);
        otherNode.insert(coventry, entry("i"));
        assertThat(inspections.search(queries.get(0), page).items()).as("Birmingham's page").hasSize(2);
        assertThat(inspections.search(queries.get(1), page).items()).as("both authorities").hasSize(3);
        assertThat(inspections.search(queries.get(2), page).items()).as("every authority").hasSize(3);
    }

    @Test
    void retiresFrameworkVersionsOnce() {
        statuses.retire(new FrameworkKey("testing", "1.0"), entry("framework/testing/1.0"));
        statuses.retire(new FrameworkKey("testing", "1.0"), entry("framework/testing/1.0"));
        assertThat(statuses.retired()).containsExactly(new FrameworkKey("testing", "1.0"));
        assertThat(audit.about("framework/testing/1.0", ALL).items()).hasSize(1);
    }

    @Test
    void keepsDeployedBundlesOnceAndMarksRemovedOnesAndTellsTheOtherNodes() throws Exception {
        JdbcBundleArchiveStore node = new JdbcBundleArchiveStore(jpa, dataSource, schema);
        JdbcBundleArchiveStore otherNode = new JdbcBundleArchiveStore(jpa, dataSource, schema);
        java.util.concurrent.BlockingQueue<String> told = new java.util.concurrent.LinkedBlockingQueue<>();
        try (AutoCloseable listening = otherNode.onChange(() -> told.add("changed"))) {
            // LISTEN takes a moment to be in place on its own connection
            Thread.sleep(500);
            java.nio.file.Path jar = java.nio.file.Files.createTempFile("bundle", ".jar");
            byte[] content = new byte[200_000];
            new java.util.Random(1).nextBytes(content);
            java.nio.file.Files.write(jar, content);
            Instant at = Instant.parse("2025-09-01T09:00:00Z");
            node.store(new org.inspectra.api.store.BundleArchiveStore.StoredBundle("org.example.fw", "1.0.0", "abc",
                    content.length, "admin", at, false), jar);
            node.store(new org.inspectra.api.store.BundleArchiveStore.StoredBundle("org.example.fw", "2.0.0", "def",
                    content.length, "admin", at, false), jar);
            node.remove("org.example.fw", "1.0.0", "admin", at.plusSeconds(60));

            assertThat(otherNode.list()).extracting(b -> b.version() + " " + b.removed() + " " + b.checksum())
                    .containsExactly("1.0.0 true null", "2.0.0 false def");
            try (java.io.InputStream in = otherNode.archive("org.example.fw", "2.0.0")) {
                assertThat(in.readAllBytes()).isEqualTo(content);
            }
            assertThatThrownBy(() -> otherNode.archive("org.example.fw", "1.0.0"))
                    .isInstanceOf(org.inspectra.api.error.NotFoundException.class);
            if (schema.vendor() == org.inspectra.persistence.schema.Vendor.POSTGRESQL) {
                assertThat(told.poll(10, java.util.concurrent.TimeUnit.SECONDS)).as("told by NOTIFY").isNotNull();
            } else {
                assertThat(told).as("one node on Derby: nobody to tell").isEmpty();
            }
            java.nio.file.Files.delete(jar);
        }
    }

    @Test
    void keepsAListsRunningUploadsAndItsLastFinishedOne() {
        Inspection stored = openInspection();
        JpaImportProgressStore progress = new JpaImportProgressStore(jpa, schema);
        Instant at = Instant.parse("2025-09-01T09:00:00Z");
        ImportProgress first = new ImportProgress("u-1", stored.id(), "list-3", ImportState.RUNNING, "lead", at, null,
                10, 100L, 1, 1, 0, 0, null);
        progress.save(first, at);
        progress.save(new ImportProgress("u-1", stored.id(), "list-3", ImportState.RUNNING, "lead", at, null, 50,
                100L, 7, 6, 1, 1, null), at.plusSeconds(1));
        assertThat(progress.uploads(stored.id(), "list-3")).singleElement().satisfies(saved -> {
            assertThat(saved.progress().rowsRead()).isEqualTo(7);
            assertThat(saved.savedAt()).isEqualTo(at.plusSeconds(1));
        });

        ImportProgress second = new ImportProgress("u-2", stored.id(), "list-3", ImportState.RUNNING, "ann",
                at.plusSeconds(2), null, 0, null, 0, 0, 0, 0, null);
        progress.save(second, at.plusSeconds(2));
        progress.finish(new ImportProgress("u-1", stored.id(), "list-3", ImportState.COMPLETED, "lead", at,
                at.plusSeconds(3), 100, 100L, 9, 8, 1, 1, null), at.plusSeconds(3));
        progress.finish(new ImportProgress("u-2", stored.id(), "list-3", ImportState.REFUSED, "ann",
                at.plusSeconds(2), at.plusSeconds(4), 0, null, 0, 0, 0, 2, "x".repeat(3000)), at.plusSeconds(4));

        assertThat(progress.uploads(stored.id(), "list-3")).extracting(saved -> saved.progress().importId())
                .containsExactly("u-2");
        assertThat(progress.uploads(stored.id(), "list-3").get(0).progress().detail()).hasSize(2000);
        assertThat(progress.uploads(stored.id(), "list-4")).isEmpty();
    }

    @Test
    void keepsEveryEvidenceRevisionAndRefusesASecondWriterOfTheSameRevision() {
        Inspection stored = openInspection();
        EvidenceRecord first = evidence.insert(record(stored.id(), "e1", 1, "Child A seen alone"), entry("i"));
        evidence.insert(record(stored.id(), "e2", 1, "Other"), entry("i"));
        EvidenceRecord second = evidence.revise(record(stored.id(), "e1", 2, "Child A seen alone twice"),
                entry("i"));
        assertThat(first.children()).containsExactly("CH-1", "CH-2");
        assertThat(second.revision()).isEqualTo(2);

        assertThatThrownBy(() -> evidence.revise(record(stored.id(), "e1", 2, "A lost update"), entry("i")))
                .isInstanceOf(ConflictException.class);
        assertThat(evidence.history(stored.id(), "e1")).extracting(EvidenceRecord::summary)
                .containsExactly("Child A seen alone", "Child A seen alone twice");
        assertThat(evidence.current(stored.id(), null)).extracting(EvidenceRecord::id).containsExactly("e1", "e2");
        assertThat(evidence.current(stored.id(), "other-criterion")).isEmpty();
        assertThat(evidence.find(stored.id(), "e1").orElseThrow().summary()).isEqualTo("Child A seen alone twice");
        assertThat(evidence.outlines(stored.id())).extracting(EvidenceOutline::id, EvidenceOutline::criterion,
                        EvidenceOutline::assessment, EvidenceOutline::firstRecordedAt)
                .containsExactly(tuple("e1", second.criterion(), second.assessment(), first.recordedAt()),
                        tuple("e2", second.criterion(), second.assessment(),
                                evidence.find(stored.id(), "e2").orElseThrow().recordedAt()));
    }

    /** Every revision stored changes the tally: what is kept of the evidence (pages as written) is kept by it. */
    @Test
    void theEvidenceTallyChangesWithEveryRevision() {
        Inspection stored = openInspection();
        assertThat(evidence.tally(stored.id())).isEqualTo(new EvidenceTally(0, 0));
        evidence.insert(record(stored.id(), "e1", 1, "First"), entry("i"));
        EvidenceTally one = evidence.tally(stored.id());
        assertThat(one.revisions()).isEqualTo(1);
        evidence.revise(record(stored.id(), "e1", 2, "Second"), entry("i"));
        EvidenceTally two = evidence.tally(stored.id());
        assertThat(two.revisions()).isEqualTo(2);
        assertThat(two.lastRow()).isGreaterThan(one.lastRow());
        assertThat(evidence.tally(openInspection().id()).revisions()).as("another inspection's").isZero();
    }

    @Test
    void storesFindingsAndGradesUnderTheInspectionsLock() {
        Inspection stored = openInspection();
        assertThat(findings.count(stored.id())).isZero();
        findings.insert(new Finding("f1", stored.id(), FindingKind.PRIORITY_ACTION, "Act now", null, "lead",
                Instant.parse("2025-08-20T09:00:00Z")), entry("i"));
        assertThat(findings.list(stored.id())).extracting(Finding::kind).containsExactly(FindingKind.PRIORITY_ACTION);
        assertThat(findings.count(stored.id())).as("findings are only added: the count follows every change")
                .isEqualTo(1);
        Inspection withAction = inspections.find(stored.id()).orElseThrow();
        assertThat(withAction.version()).as("a priority action grows the timeline: the inspection moves on")
                .isEqualTo(stored.version() + 1);
        // A page of inspections asks once which of them have a priority action.
        Inspection other = inspections.insert(inspection("1.0", InspectionStatus.NOTIFIED), entry("i"));
        findings.insert(new Finding("f2", other.id(), FindingKind.STRENGTH, "Good", null, "lead",
                Instant.parse("2025-08-20T09:00:00Z")), entry("i"));
        assertThat(inspections.find(other.id()).orElseThrow().version()).as("a strength leaves the timeline as it was")
                .isEqualTo(other.version());
        assertThat(findings.inspectionsWith(FindingKind.PRIORITY_ACTION, List.of(stored.id(), other.id(), "none")))
                .containsExactly(stored.id());
        assertThat(findings.inspectionsWith(FindingKind.STRENGTH, List.of(stored.id(), other.id())))
                .containsExactly(other.id());
        assertThat(findings.inspectionsWith(FindingKind.PRIORITY_ACTION, List.of())).isEmpty();
        assertThat(findings.count(stored.id())).as("another inspection's are not counted").isEqualTo(1);

        GradeRecord good = new GradeRecord("overall", "good", "why", List.of("soft-rule"), "lead",
                Instant.parse("2025-08-20T09:00:00Z"), 1);
        judgements.save(stored.id(), withAction.version(), good, entry("i"));
        assertThat(judgements.grades(stored.id())).containsExactly(good);
        Inspection after = inspections.find(stored.id()).orElseThrow();
        assertThat(after.version()).as("grading moves the inspection on").isEqualTo(withAction.version() + 1);

        GradeRecord stale = new GradeRecord("key", "inadequate", null, List.of(), "ann", Instant.now(), 1);
        assertThatThrownBy(() -> judgements.save(stored.id(), withAction.version(), stale, entry("i")))
                .isInstanceOf(ConflictException.class);
        assertThat(judgements.grades(stored.id())).hasSize(1);
        assertThatThrownBy(() -> judgements.save("no-such-inspection", 0, stale, entry("i")))
                .isInstanceOf(NotFoundException.class);

        GradeRecord regraded = new GradeRecord("overall", "inadequate", null, List.of(), "lead",
                Instant.parse("2025-08-21T09:00:00Z"), 2);
        judgements.save(stored.id(), after.version(), regraded, entry("i"));
        assertThat(judgements.grades(stored.id())).containsExactly(regraded);
    }

    @Test
    void changesStatusOnlyFromTheVersionSeen() {
        Inspection stored = openInspection();
        Inspection moved = inspections.changeStatus(stored.id(), stored.version(), InspectionStatus.FIELDWORK, null,
                entry("inspection/" + stored.id()));
        assertThat(moved.status()).isEqualTo(InspectionStatus.FIELDWORK);
        assertThatThrownBy(() -> inspections.changeStatus(stored.id(), stored.version(),
                InspectionStatus.FINDINGS_AGREED, null, entry("i"))).isInstanceOf(ConflictException.class);
        assertThat(inspections.find(stored.id()).orElseThrow().status()).isEqualTo(InspectionStatus.FIELDWORK);
        assertThat(audit.about("inspection/" + stored.id(), ALL).items()).hasSize(1);
    }

    @Test
    void storesAConcernsStepsUnderItsLock() {
        Inspection stored = openInspection();
        Concern referred = concerns.insert(new Concern("c1", stored.id(), 1, List.of("CH-1"), "ann",
                LocalDate.of(2025, 9, 2), "Front door", "Not seen", LocalDate.of(2025, 9, 4), null, null, null, null,
                0), entry("i"));
        assertThat(referred.caseReferences()).containsExactly("CH-1");
        Concern.Step answer = new Concern.Step("Seen today", "lalink", Instant.parse("2025-09-03T10:00:00Z"));
        Concern answered = concerns.update(withResponse(referred, answer), referred.version(), entry("i"));
        assertThat(answered.response()).isEqualTo(answer);
        assertThat(answered.version()).isEqualTo(referred.version() + 1);
        assertThatThrownBy(() -> concerns.update(withResponse(referred, answer), referred.version(), entry("i")))
                .isInstanceOf(ConflictException.class);
        assertThat(concerns.list(stored.id(), ALL).items()).singleElement().satisfies(c -> {
            assertThat(c.response()).isEqualTo(answer);
            assertThat(c.evaluation()).isNull();
        });
        assertThat(concerns.find("another-inspection", "c1")).isEmpty();
    }

    @Test
    void storesAnInformationRequestAndItsResponse() {
        Inspection stored = openInspection();
        InformationRequest asked = requests.insert(new InformationRequest("r1", stored.id(), "ann",
                Instant.parse("2025-09-02T10:00:00Z"), RequestType.CASE_INFORMATION, "The plan", "To track",
                LocalDate.of(2025, 9, 3), null, null, null, 0), entry("i"));
        InformationRequest answered = new InformationRequest("r1", stored.id(), "ann", asked.requestedAt(),
                RequestType.CASE_INFORMATION, "The plan", "To track", LocalDate.of(2025, 9, 3), "Attached", "lalink",
                Instant.parse("2025-09-03T09:00:00Z"), asked.version());
        assertThat(requests.update(answered, asked.version(), entry("i")).response()).isEqualTo("Attached");
        assertThatThrownBy(() -> requests.update(answered, asked.version(), entry("i")))
                .isInstanceOf(ConflictException.class);
        assertThat(requests.list(stored.id(), ALL).items()).extracting(InformationRequest::type)
                .containsExactly(RequestType.CASE_INFORMATION);
    }

    private static Concern withResponse(Concern c, Concern.Step response) {
        return new Concern(c.id(), c.inspectionId(), c.category(), c.caseReferences(), c.referredBy(), c.referredOn(),
                c.laTeam(), c.issues(), c.responseDue(), response, null, null, null, c.version());
    }

    @Test
    void writesRewritesAndClearsReportStatementsSectionBySection() {
        Inspection stored = openInspection();
        JpaReportStatementStore report = new JpaReportStatementStore(jpa, schema);
        String context = ReportStatementStore.CONTEXT;
        report.write(stored.id(), context, "dcs-in-post-since", new ReportStatementStore.Statement("Since 2021.",
                "lead", Instant.parse("2025-09-01T09:00:00Z")), entry("i"));
        report.write(stored.id(), context, "dcs-in-post-since", new ReportStatementStore.Statement("Since 03/2021.",
                "lead", Instant.parse("2025-09-02T09:00:00Z")), entry("i"));
        report.write(stored.id(), ReportStatementStore.SUMMARY, "dcs-in-post-since",
                new ReportStatementStore.Statement("The same id in another section.", "lead",
                        Instant.parse("2025-09-02T09:00:00Z")), entry("i"));
        assertThat(report.statements(stored.id(), context)).containsOnlyKeys("dcs-in-post-since")
                .hasEntrySatisfying("dcs-in-post-since", s -> assertThat(s.text()).isEqualTo("Since 03/2021."));
        report.write(stored.id(), context, "dcs-in-post-since", null, entry("i"));
        assertThat(report.statements(stored.id(), context)).isEmpty();
        assertThat(report.statements(stored.id(), ReportStatementStore.SUMMARY)).containsOnlyKeys("dcs-in-post-since");
    }

    private Inspection openInspection() {
        authorities.save(new LocalAuthority("330", "Birmingham"), entry("local-authority/330"));
        return inspections.insert(inspection("1.0", InspectionStatus.NOTIFIED), entry("i"));
    }

    @Test
    void keepsAnAddedStatusAndFindsItByEitherId() {
        Inspection stored = openInspection();
        Inspection moved = inspections.changeStatus(stored.id(), stored.version(), InspectionStatus.PUBLISHED,
                "action-plan-awaited", entry("i"));
        assertThat(moved.statusId()).isEqualTo("action-plan-awaited");
        assertThat(inspections.find(stored.id()).orElseThrow().addedStatus()).isEqualTo("action-plan-awaited");
        assertThat(inspections.search(new InspectionQuery(null, null, "action-plan-awaited"))).hasSize(1);
        assertThat(inspections.search(new InspectionQuery(null, null, "published"))).hasSize(1);
        assertThat(inspections.search(new InspectionQuery(null, null, "closed"))).isEmpty();
        assertThat(inspections.pinCounts().get(stored.framework())).isEqualTo(new InspectionStore.PinCount(0, 1));
    }

    private static EvidenceRecord record(String inspectionId, String id, int revision, String summary) {
        return new EvidenceRecord(id, inspectionId, "criterion", "case file", Instant.parse("2025-08-20T10:00:00Z"),
                // PostgreSQL keeps microseconds: a time with nanoseconds would read back rounded.
                Assessment.STRENGTH, summary, List.of("CH-1", "CH-2"), "ann",
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS), revision);
    }

    private static Inspection inspection(String version, InspectionStatus status) {
        return new Inspection(UUID.randomUUID().toString(), "330", new FrameworkKey("testing", version), "visit",
                null, null, List.of(), null, null, status, null, LocalDate.of(2025, 8, 18), null,
                List.of(new TeamMember("lead", "lead-inspector"), new TeamMember("ann", "inspector")), "lead",
                Instant.parse("2025-08-18T09:00:00Z"), 0);
    }

    private static AuditEntry entry(String subject) {
        return new AuditEntry(Instant.now(), "admin", "test", subject, null, "after");
    }
}
