package org.inspectra.persistence.store;

import java.time.Instant;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.SessionStore;
import org.inspectra.persistence.entity.AuditEntryEntity;
import org.inspectra.persistence.entity.BrowserSessionEntity;
import org.inspectra.persistence.schema.SchemaMigration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = SessionStore.class)
public final class JpaSessionStore implements SessionStore {

    private final JpaTemplate jpa;

    @Activate
    public JpaSessionStore(@Reference(target = "(osgi.unit.name=inspectra)") JpaTemplate jpa,
                           @Reference SchemaMigration schema) {
        this.jpa = jpa;
    }

    @Override
    public void open(StoredSession session, AuditEntry audit, Instant now) {
        jpa.tx(TransactionType.Required, em -> {
            em.createQuery("delete from BrowserSessionEntity s where s.expiresAt <= :now")
                    .setParameter("now", now).executeUpdate();
            em.persist(new BrowserSessionEntity(session));
            em.persist(new AuditEntryEntity(audit));
        });
    }

    @Override
    public Optional<StoredSession> find(String tokenHash) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional
                .ofNullable(em.find(BrowserSessionEntity.class, tokenHash)).map(BrowserSessionEntity::toDomain));
    }

    @Override
    public void touch(String tokenHash, Instant at) {
        jpa.tx(TransactionType.Required, em -> {
            BrowserSessionEntity session = em.find(BrowserSessionEntity.class, tokenHash);
            if (session != null) {
                session.touch(at);
            }
        });
    }

    @Override
    public void close(String tokenHash, AuditEntry audit) {
        jpa.tx(TransactionType.Required, em -> {
            BrowserSessionEntity session = em.find(BrowserSessionEntity.class, tokenHash);
            if (session != null) {
                em.remove(session);
                em.persist(new AuditEntryEntity(audit));
            }
        });
    }
}
