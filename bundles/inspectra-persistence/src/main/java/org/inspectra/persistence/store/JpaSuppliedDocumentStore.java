package org.inspectra.persistence.store;

import java.util.HashMap;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.SuppliedDocumentStore;
import org.inspectra.persistence.entity.AuditEntryEntity;
import org.inspectra.persistence.entity.SuppliedDocumentEntity;
import org.inspectra.persistence.schema.SchemaMigration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = SuppliedDocumentStore.class)
public final class JpaSuppliedDocumentStore implements SuppliedDocumentStore {

    private final JpaTemplate jpa;

    @Activate
    public JpaSuppliedDocumentStore(@Reference(target = "(osgi.unit.name=inspectra)") JpaTemplate jpa,
                                    @Reference SchemaMigration schema) {
        this.jpa = jpa;
    }

    @Override
    public Map<String, Supply> supplied(String inspectionId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<String, Supply> supplied = new HashMap<>();
            em.createQuery("select d from SuppliedDocumentEntity d where d.inspectionId = :i",
                    SuppliedDocumentEntity.class).setParameter("i", inspectionId).getResultList()
                    .forEach(d -> supplied.put(d.number(), d.toDomain()));
            return Map.copyOf(supplied);
        });
    }

    @Override
    public void markSupplied(String inspectionId, String number, Supply supply, AuditEntry audit) {
        JpaWork.guarded("Document " + number, () -> jpa.txExpr(TransactionType.Required, em -> {
            SuppliedDocumentEntity entity = em.find(SuppliedDocumentEntity.class,
                    new SuppliedDocumentEntity.Key(inspectionId, number));
            if (entity == null) {
                em.persist(new SuppliedDocumentEntity(inspectionId, number, supply));
            } else {
                entity.update(supply);
            }
            em.persist(new AuditEntryEntity(audit));
            em.flush();
            return null;
        }));
    }

    @Override
    public void unmark(String inspectionId, String number, AuditEntry audit) {
        jpa.tx(TransactionType.Required, em -> {
            SuppliedDocumentEntity entity = em.find(SuppliedDocumentEntity.class,
                    new SuppliedDocumentEntity.Key(inspectionId, number));
            if (entity != null) {
                em.remove(entity);
            }
            em.persist(new AuditEntryEntity(audit));
        });
    }
}
