package org.inspectra.persistence.store;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.AuditTrail;
import org.inspectra.persistence.entity.AuditEntryEntity;
import org.inspectra.persistence.schema.SchemaMigration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = AuditTrail.class)
public final class JpaAuditTrail implements AuditTrail {

    private static final String LIST = "audit";

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
    public Page<AuditEntry> about(String subject, PageRequest page) {
        Keyset after = Keyset.after(LIST, page, 1);
        return jpa.txExpr(TransactionType.Supports, em -> Keyset.page(em
                .createQuery("select a from AuditEntryEntity a where a.subject = :s and a.id > :after order by a.id",
                        AuditEntryEntity.class)
                .setParameter("s", subject).setParameter("after", after == null ? 0L : after.number(0))
                .setMaxResults(page.limit() + 1).getResultList(), page.limit(),
                a -> Keyset.cursor(LIST, a.id()), AuditEntryEntity::toDomain));
    }
}
