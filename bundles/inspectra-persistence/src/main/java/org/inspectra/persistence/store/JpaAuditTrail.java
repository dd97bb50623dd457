package org.inspectra.persistence.store;

import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.AuditTrail;
import org.inspectra.persistence.entity.AuditEntryEntity;
import org.inspectra.persistence.schema.SchemaMigration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = AuditTrail.class)
public final class JpaAuditTrail implements AuditTrail {

    private final JpaTemplate jpa;

    @Activate
    public JpaAuditTrail(@Reference(target = "(osgi.unit.name=inspectra)") JpaTemplate jpa,
                         @Reference SchemaMigration schema) {
        this.jpa = jpa;
    }

    @Override
    public void record(AuditEntry entry) {
        jpa.tx(TransactionType.Required, em -> em.persist(new AuditEntryEntity(entry)));
    }

    @Override
    public List<AuditEntry> about(String subject) {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("select a from AuditEntryEntity a where a.subject = :s order by a.id", AuditEntryEntity.class)
                .setParameter("s", subject).getResultList().stream().map(AuditEntryEntity::toDomain).toList());
    }
}
