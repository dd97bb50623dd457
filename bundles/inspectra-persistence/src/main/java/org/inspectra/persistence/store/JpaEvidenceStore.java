package org.inspectra.persistence.store;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.inspectra.api.evidence.EvidenceRecord;
import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.EvidenceStore;
import org.inspectra.persistence.entity.AuditEntryEntity;
import org.inspectra.persistence.entity.EvidenceRevisionEntity;
import org.inspectra.persistence.schema.SchemaMigration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import javax.persistence.TypedQuery;

/** Evidence as revisions: a record as it stands is its newest revision; none is ever overwritten. */
@Component(service = EvidenceStore.class)
public final class JpaEvidenceStore implements EvidenceStore {

    private static final String LIST = "evidence";

    private final JpaTemplate jpa;

    @Activate
    public JpaEvidenceStore(@Reference(target = "(osgi.unit.name=inspectra)") JpaTemplate jpa,
                            @Reference SchemaMigration schema) {
        this.jpa = jpa;
    }

    @Override
    public EvidenceRecord insert(EvidenceRecord record, AuditEntry audit) {
        return store(record, audit);
    }

    @Override
    public EvidenceRecord revise(EvidenceRecord revision, AuditEntry audit) {
        return store(revision, audit);
    }

    private EvidenceRecord store(EvidenceRecord record, AuditEntry audit) {
        return JpaWork.guarded("Evidence " + record.id(), () -> jpa.txExpr(TransactionType.Required, em -> {
            EvidenceRevisionEntity entity = new EvidenceRevisionEntity(record);
            em.persist(entity);
            em.persist(new AuditEntryEntity(audit));
            em.flush();
            return entity.toDomain();
        }));
    }

    @Override
    public Optional<EvidenceRecord> find(String inspectionId, String evidenceId) {
        List<EvidenceRecord> history = history(inspectionId, evidenceId);
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    @Override
    public List<EvidenceRecord> current(String inspectionId, String criterion) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            // Every revision in the order stored: a record keeps the place of its first revision and takes the
            // content of its newest, so a revised record does not jump to the end of the list.
            List<EvidenceRevisionEntity> revisions = em.createQuery("select e from EvidenceRevisionEntity e"
                            + " where e.inspectionId = :i order by e.rowId", EvidenceRevisionEntity.class)
                    .setParameter("i", inspectionId).getResultList();
            Map<String, EvidenceRecord> newest = new LinkedHashMap<>();
            revisions.forEach(r -> {
                EvidenceRecord record = r.toDomain();
                newest.put(record.id(), record);
            });
            return newest.values().stream().filter(r -> criterion == null || r.criterion().equals(criterion))
                    .toList();
        });
    }

    @Override
    public Page<EvidenceRecord> current(String inspectionId, String criterion, PageRequest page) {
        Keyset after = Keyset.after(LIST, page, 1);
        return jpa.txExpr(TransactionType.Supports, em -> {
            // A record's place is the row id of its first revision (immutable); its content is its newest revision.
            TypedQuery<Object[]> query = em.createQuery("select cur, first.rowId"
                    + " from EvidenceRevisionEntity first, EvidenceRevisionEntity cur"
                    + " where first.inspectionId = :i and first.revision = 1 and first.rowId > :after"
                    + " and cur.evidenceId = first.evidenceId and cur.revision = (select max(r.revision)"
                    + " from EvidenceRevisionEntity r where r.evidenceId = first.evidenceId)"
                    + (criterion == null ? "" : " and cur.criterion = :c")
                    + " order by first.rowId", Object[].class)
                    .setParameter("i", inspectionId).setParameter("after", after == null ? 0L : after.number(0));
            if (criterion != null) {
                query.setParameter("c", criterion);
            }
            return Keyset.page(query.setMaxResults(page.limit() + 1).getResultList(), page.limit(),
                    row -> Keyset.cursor(LIST, row[1]), row -> ((EvidenceRevisionEntity) row[0]).toDomain());
        });
    }

    @Override
    public Map<String, Instant> firstRecordedAt(String inspectionId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<String, Instant> first = new HashMap<>();
            em.createQuery("select e from EvidenceRevisionEntity e where e.inspectionId = :i and e.revision = 1",
                            EvidenceRevisionEntity.class).setParameter("i", inspectionId).getResultList()
                    .forEach(e -> first.put(e.toDomain().id(), e.toDomain().recordedAt()));
            return Map.copyOf(first);
        });
    }

    @Override
    public List<EvidenceRecord> history(String inspectionId, String evidenceId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select e from EvidenceRevisionEntity e"
                        + " where e.inspectionId = :i and e.evidenceId = :e order by e.revision",
                        EvidenceRevisionEntity.class)
                .setParameter("i", inspectionId).setParameter("e", evidenceId).getResultList().stream()
                .map(EvidenceRevisionEntity::toDomain).toList());
    }
}
