package org.inspectra.persistence.store;

import java.util.Set;
import java.util.stream.Collectors;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.inspectra.api.framework.FrameworkKey;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.FrameworkStatusStore;
import org.inspectra.persistence.entity.AuditEntryEntity;
import org.inspectra.persistence.entity.RetiredFrameworkEntity;
import org.inspectra.persistence.schema.SchemaMigration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = FrameworkStatusStore.class)
public final class JpaFrameworkStatusStore implements FrameworkStatusStore {

    private final JpaTemplate jpa;

    @Activate
    public JpaFrameworkStatusStore(@Reference(target = "(osgi.unit.name=inspectra)") JpaTemplate jpa,
                                   @Reference SchemaMigration schema) {
        this.jpa = jpa;
    }

    @Override
    public Set<FrameworkKey> retired() {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("select r from RetiredFrameworkEntity r", RetiredFrameworkEntity.class)
                .getResultList().stream().map(RetiredFrameworkEntity::toKey).collect(Collectors.toUnmodifiableSet()));
    }

    @Override
    public void retire(FrameworkKey key, AuditEntry audit) {
        jpa.tx(TransactionType.Required, em -> {
            if (em.find(RetiredFrameworkEntity.class, RetiredFrameworkEntity.keyOf(key)) == null) {
                em.persist(new RetiredFrameworkEntity(key, audit.at(), audit.actor()));
                em.persist(new AuditEntryEntity(audit));
            }
        });
    }
}
