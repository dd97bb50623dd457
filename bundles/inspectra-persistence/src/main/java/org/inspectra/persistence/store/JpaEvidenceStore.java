package org.inspectra.persistence.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.inspectra.api.evidence.Assessment;
import org.inspectra.api.evidence.EvidenceOutline;
import org.inspectra.api.evidence.EvidenceRecord;
import org.inspectra.api.evidence.EvidenceTally;
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
import javax.persistence.EntityManager;

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
    public EvidenceTally tally(String inspectionId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            // From the index of revisions by inspection alone (it holds the row ids).
            Object[] tally = em.createQuery("select count(e), max(e.rowId) from EvidenceRevisionEntity e"
                    + " where e.inspectionId = :i", Object[].class).setParameter("i", inspectionId).getSingleResult();
            return new EvidenceTally(((Number) tally[0]).longValue(),
                    tally[1] == null ? 0L : ((Number) tally[1]).longValue());
        });
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
            // The first revisions come in order from their index; the few records revised since are then read from
            // the same index's later revisions (docs/performance.md: this is the cheapest of the shapes measured on
            // Derby). With a criterion, first revisions are read on until the page is full, as the newest revision's
            // criterion decides.
            List<Object[]> rows = new ArrayList<>();
            long from = after == null ? 0L : after.number(0);
            int chunk = page.limit() + 1;
            while (rows.size() <= page.limit()) {
                List<EvidenceRevisionEntity> firsts = em.createQuery("select e from EvidenceRevisionEntity e"
                        + " where e.inspectionId = :i and e.revision = 1 and e.rowId > :after order by e.rowId",
                        EvidenceRevisionEntity.class).setParameter("i", inspectionId).setParameter("after", from)
                        .setMaxResults(chunk).getResultList();
                if (firsts.isEmpty()) {
                    break;
                }
                Map<String, EvidenceRevisionEntity> revised = newestRevisions(em, inspectionId, firsts);
                for (EvidenceRevisionEntity first : firsts) {
                    EvidenceRevisionEntity current = revised.getOrDefault(first.evidenceId(), first);
                    if (criterion == null || criterion.equals(current.criterion())) {
                        rows.add(new Object[] {current, first.rowId()});
                        if (rows.size() > page.limit()) {
                            break;
                        }
                    }
                }
                if (firsts.size() < chunk) {
                    break;
                }
                from = firsts.get(firsts.size() - 1).rowId();
            }
            return Keyset.page(rows, page.limit(), row -> Keyset.cursor(LIST, row[1]),
                    row -> ((EvidenceRevisionEntity) row[0]).toDomain());
        });
    }

    /** The newest later revision of each of these records that has one, by record id. */
    private static Map<String, EvidenceRevisionEntity> newestRevisions(EntityManager em, String inspectionId,
                                                                      List<EvidenceRevisionEntity> firsts) {
        Map<String, EvidenceRevisionEntity> newest = new HashMap<>();
        em.createQuery("select e from EvidenceRevisionEntity e where e.inspectionId = :i and e.revision > 1"
                        + " and e.evidenceId in :ids", EvidenceRevisionEntity.class)
                .setParameter("i", inspectionId)
                .setParameter("ids", firsts.stream().map(EvidenceRevisionEntity::evidenceId).toList())
                .getResultList()
                .forEach(e -> newest.merge(e.evidenceId(), e, (a, b) -> a.revision() >= b.revision() ? a : b));
        return newest;
    }

    @Override
    public List<EvidenceOutline> outlines(String inspectionId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            // Short columns only (no summary, no children), every revision in the order stored: a record keeps the
            // place and the time of its first revision and takes the content of its newest.
            List<Object[]> revisions = em.createQuery("select e.evidenceId, e.criterion, e.assessment, e.observedAt,"
                    + " e.recordedAt from EvidenceRevisionEntity e where e.inspectionId = :i order by e.rowId",
                    Object[].class).setParameter("i", inspectionId).getResultList();
            Map<String, EvidenceOutline> newest = new LinkedHashMap<>();
            for (Object[] r : revisions) {
                String id = (String) r[0];
                EvidenceOutline first = newest.get(id);
                newest.put(id, new EvidenceOutline(id, (String) r[1], Assessment.fromId((String) r[2])
                        .orElseThrow(() -> new IllegalStateException("stored " + r[2])), (Instant) r[3],
                        first == null ? (Instant) r[4] : first.firstRecordedAt()));
            }
            return List.copyOf(newest.values());
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
