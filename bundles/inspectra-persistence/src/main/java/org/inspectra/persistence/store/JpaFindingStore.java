package org.inspectra.persistence.store;

import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.inspectra.api.finding.Finding;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.FindingStore;
import org.inspectra.persistence.entity.AuditEntryEntity;
import org.inspectra.persistence.entity.FindingEntity;
import org.inspectra.persistence.schema.SchemaMigration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = FindingStore.class)
public final class JpaFindingStore implements FindingStore {

    private final JpaTemplate jpa;

    @Activate
    public JpaFindingStore(@Reference(target = "(osgi.unit.name=inspectra)") JpaTemplate jpa,
                           @Reference SchemaMigration schema) {
        this.jpa = jpa;
    }

    @Override
    public Finding insert(Finding finding, AuditEntry audit) {
        return jpa.txExpr(TransactionType.Required, em -> {
            FindingEntity entity = new FindingEntity(finding);
            em.persist(entity);
            em.persist(new AuditEntryEntity(audit));
            em.flush();
            return entity.toDomain();
        });
    }

    @Override
    public List<Finding> list(String inspectionId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select f from FindingEntity f"
                        + " where f.inspectionId = :i order by f.recordedAt, f.id", FindingEntity.class)
                .setParameter("i", inspectionId).getResultList().stream().map(FindingEntity::toDomain).toList());
    }
}
