package org.inspectra.persistence.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.inspectra.api.authority.LocalAuthority;
import org.inspectra.api.error.ConflictException;
import org.inspectra.api.framework.FrameworkKey;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.inspection.InspectionQuery;
import org.inspectra.api.inspection.InspectionStatus;
import org.inspectra.api.inspection.TeamMember;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.InspectionStore;
import org.inspectra.persistence.schema.SchemaMigration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stores on a real Derby database migrated by the real Flyway scripts. */
class JpaStoresTest {

    private ResourceLocalJpaTemplate jpa;
    private SchemaMigration schema;
    private JpaLocalAuthorityStore authorities;
    private JpaInspectionStore inspections;
    private JpaFrameworkStatusStore statuses;
    private JpaAuditTrail audit;

    @BeforeEach
    void database() {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        schema = new SchemaMigration(dataSource);
        jpa = new ResourceLocalJpaTemplate(dataSource);
        authorities = new JpaLocalAuthorityStore(jpa, schema);
        inspections = new JpaInspectionStore(jpa, schema);
        statuses = new JpaFrameworkStatusStore(jpa, schema);
        audit = new JpaAuditTrail(jpa, schema);
    }

    @AfterEach
    void close() {
        jpa.close();
    }

    @Test
    void migratesTheSchemaOnce() {
        assertThat(schema.appliedMigrations()).isEqualTo(1);
    }

    @Test
    void savesAndRenamesLocalAuthoritiesWithTheirAudit() {
        assertThat(authorities.save(new LocalAuthority("330", "Brum"), entry("local-authority/330"))).isTrue();
        assertThat(authorities.save(new LocalAuthority("330", "Birmingham"), entry("local-authority/330"))).isFalse();
        assertThat(authorities.find("330")).contains(new LocalAuthority("330", "Birmingham"));
        assertThat(authorities.list()).hasSize(1);
        assertThat(audit.about("local-authority/330")).hasSize(2);
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
        assertThat(inspections.search(new InspectionQuery("330", "testing", InspectionStatus.FIELDWORK)))
                .hasSize(1);
        assertThat(inspections.search(new InspectionQuery(null, null, null))).hasSize(3);
        assertThat(inspections.pinCounts().get(new FrameworkKey("testing", "1.0")))
                .isEqualTo(new InspectionStore.PinCount(1, 2));
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

    @Test
    void retiresFrameworkVersionsOnce() {
        statuses.retire(new FrameworkKey("testing", "1.0"), entry("framework/testing/1.0"));
        statuses.retire(new FrameworkKey("testing", "1.0"), entry("framework/testing/1.0"));
        assertThat(statuses.retired()).containsExactly(new FrameworkKey("testing", "1.0"));
        assertThat(audit.about("framework/testing/1.0")).hasSize(1);
    }

    private static Inspection inspection(String version, InspectionStatus status) {
        return new Inspection(UUID.randomUUID().toString(), "330", new FrameworkKey("testing", version), "visit",
                null, status, LocalDate.of(2025, 8, 18), null,
                List.of(new TeamMember("lead", "lead-inspector"), new TeamMember("ann", "inspector")), "lead",
                Instant.parse("2025-08-18T09:00:00Z"), 0);
    }

    private static AuditEntry entry(String subject) {
        return new AuditEntry(Instant.now(), "admin", "test", subject, null, "after");
    }
}
