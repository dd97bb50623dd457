package org.inspectra.persistence.store;

import java.util.HashMap;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.inspectra.api.store.ReportStatementStore;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.persistence.entity.ReportStatementEntity;
import org.inspectra.persistence.entity.AuditEntryEntity;
import org.inspectra.persistence.schema.SchemaMigration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ReportStatementStore.class)
public final class JpaReportStatementStore implements ReportStatementStore {

    private final JpaTemplate jpa;

    @Activate
    public JpaReportStatementStore(@Reference(target = "(osgi.unit.name=inspectra)") JpaTemplate jpa,
                               @Reference SchemaMigration schema) {
        this.jpa = jpa;
    }

    @Override
    public Map<String, Statement> statements(String inspectionId, String section) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<String, Statement> statements = new HashMap<>();
            em.createQuery("select s from ReportStatementEntity s where s.inspectionId = :i and s.section = :s",
                            ReportStatementEntity.class).setParameter("i", inspectionId).setParameter("s", section)
                    .getResultList()
                    .forEach(s -> statements.put(s.itemId(), s.toDomain()));
            return Map.copyOf(statements);
        });
    }

    @Override
    public void write(String inspectionId, String section, String itemId, Statement statement, AuditEntry audit) {
        String what = "Report statement " + section + "/" + itemId;
        JpaWork.guarded(what, () -> jpa.txExpr(TransactionType.Required, em -> {
            ReportStatementEntity entity = em.find(ReportStatementEntity.class,
                    new ReportStatementEntity.Key(inspectionId, section, itemId));
            if (statement == null) {
                if (entity != null) {
                    em.remove(entity);
                }
            } else if (entity == null) {
                em.persist(new ReportStatementEntity(inspectionId, section, itemId, statement));
            } else {
                entity.update(statement);
            }
            em.persist(new AuditEntryEntity(audit));
            em.flush();
            return null;
        }));
    }
}
