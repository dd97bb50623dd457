package org.inspectra.persistence.store;

import java.util.HashMap;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.inspectra.api.store.AreaContextStore;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.persistence.entity.AreaContextStatementEntity;
import org.inspectra.persistence.entity.AuditEntryEntity;
import org.inspectra.persistence.schema.SchemaMigration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = AreaContextStore.class)
public final class JpaAreaContextStore implements AreaContextStore {

    private final JpaTemplate jpa;

    @Activate
    public JpaAreaContextStore(@Reference(target = "(osgi.unit.name=inspectra)") JpaTemplate jpa,
                               @Reference SchemaMigration schema) {
        this.jpa = jpa;
    }

    @Override
    public Map<String, Statement> statements(String inspectionId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<String, Statement> statements = new HashMap<>();
            em.createQuery("select s from AreaContextStatementEntity s where s.inspectionId = :i",
                            AreaContextStatementEntity.class).setParameter("i", inspectionId).getResultList()
                    .forEach(s -> statements.put(s.itemId(), s.toDomain()));
            return Map.copyOf(statements);
        });
    }

    @Override
    public void write(String inspectionId, String itemId, Statement statement, AuditEntry audit) {
        JpaWork.guarded("Context statement " + itemId, () -> jpa.txExpr(TransactionType.Required, em -> {
            AreaContextStatementEntity entity = em.find(AreaContextStatementEntity.class,
                    new AreaContextStatementEntity.Key(inspectionId, itemId));
            if (statement == null) {
                if (entity != null) {
                    em.remove(entity);
                }
            } else if (entity == null) {
                em.persist(new AreaContextStatementEntity(inspectionId, itemId, statement));
            } else {
                entity.update(statement);
            }
            em.persist(new AuditEntryEntity(audit));
            em.flush();
            return null;
        }));
    }
}
