package org.inspectra.persistence.store;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.inspectra.api.finding.Finding;
import org.inspectra.api.finding.FindingKind;
import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.FindingStore;
import org.inspectra.persistence.entity.AuditEntryEntity;
import org.inspectra.persistence.entity.FindingEntity;
import org.inspectra.persistence.schema.SchemaMigration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

@Component(service = FindingStore.class)
public final class JpaFindingStore implements FindingStore {

    private static final String LIST = "findings";

    private final JpaTemplate jpa;

    @Activate
    public JpaFindingStore(@Reference(target = "(osgi.unit.name=inspectra)") JpaTemplate jpa,
                           @Reference SchemaMigration schema) {
        this.jpa = jpa;
    }

    @Override
    public Finding insert(Finding finding, AuditEntry audit) {
        return jpa.txExpr(TransactionType.Required, em -> {
            if (finding.kind() == FindingKind.PRIORITY_ACTION) {
                // Its timeline grows with the action plan's milestones, so the inspection moves to its next version.
                InspectionVersions.moveOn(em, finding.inspectionId());
            }
            FindingEntity entity = new FindingEntity(finding);
            em.persist(entity);
            em.persist(new AuditEntryEntity(audit));
            em.flush();
            return entity.toDomain();
        });
    }

    @Override
    public List<Finding> list(String inspectionId) {
        return jpa.txExpr(TransactionType.Supports, em -> query(em, inspectionId, null).getResultList().stream()
                .map(FindingEntity::toDomain).toList());
    }

    @Override
    public Page<Finding> list(String inspectionId, PageRequest page) {
        Keyset after = Keyset.after(LIST, page, 2);
        return jpa.txExpr(TransactionType.Supports, em -> Keyset.page(query(em, inspectionId, after)
                        .setMaxResults(page.limit() + 1).getResultList().stream().map(FindingEntity::toDomain).toList(),
                page.limit(), f -> Keyset.cursor(LIST, f.recordedAt(), f.id())));
    }

    @Override
    public long count(String inspectionId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select count(f) from FindingEntity f"
                + " where f.inspectionId = :i", Long.class).setParameter("i", inspectionId).getSingleResult());
    }

    @Override
    public Set<String> inspectionsWith(FindingKind kind, Collection<String> inspectionIds) {
        if (inspectionIds.isEmpty()) {
            return Set.of();
        }
        return jpa.txExpr(TransactionType.Supports, em -> Set.copyOf(em.createQuery("select distinct f.inspectionId"
                        + " from FindingEntity f where f.kind = :k and f.inspectionId in :ids", String.class)
                .setParameter("k", kind.id()).setParameter("ids", List.copyOf(Set.copyOf(inspectionIds)))
                .getResultList()));
    }

    /** When recorded, then id: both immutable, so a page after the previous one's last finding is a range. */
    private static TypedQuery<FindingEntity> query(EntityManager em, String inspectionId, Keyset after) {
        TypedQuery<FindingEntity> query = em.createQuery("select f from FindingEntity f where f.inspectionId = :i"
                + (after == null ? "" : " and f.recordedAt >= :at and (f.recordedAt > :at or f.id > :id)")
                + " order by f.recordedAt, f.id", FindingEntity.class).setParameter("i", inspectionId);
        if (after != null) {
            query.setParameter("at", after.instant(0)).setParameter("id", after.text(1));
        }
        return query;
    }
}
