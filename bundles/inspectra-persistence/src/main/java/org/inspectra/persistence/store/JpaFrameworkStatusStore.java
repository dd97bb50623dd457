package org.inspectra.persistence.store;

import java.time.Duration;
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

    /**
     * How long the retired versions read are trusted. Every request that touches an inspection asks the registry for
     * its pinned version, and the registry asks here: one read every few seconds instead of one a request. A retirement
     * made through this store is seen at once; one made by another node within this time.
     */
    static final Duration TRUSTED_FOR = Duration.ofSeconds(2);

    private final JpaTemplate jpa;
    private volatile Snapshot snapshot;

    /** The retired versions as read at {@code readAt} ({@link System#nanoTime()}). */
    private record Snapshot(Set<FrameworkKey> retired, long readAt) {
    }

    @Activate
    public JpaFrameworkStatusStore(@Reference(target = "(osgi.unit.name=inspectra)") JpaTemplate jpa,
                                   @Reference SchemaMigration schema) {
        this.jpa = jpa;
    }

    @Override
    public Set<FrameworkKey> retired() {
        Snapshot known = snapshot;
        long now = System.nanoTime();
        if (known != null && now - known.readAt() < TRUSTED_FOR.toNanos()) {
            return known.retired();
        }
        Set<FrameworkKey> retired = jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("select r from RetiredFrameworkEntity r", RetiredFrameworkEntity.class)
                .getResultList().stream().map(RetiredFrameworkEntity::toKey).collect(Collectors.toUnmodifiableSet()));
        snapshot = new Snapshot(retired, now);
        return retired;
    }

    @Override
    public void retire(FrameworkKey key, AuditEntry audit) {
        jpa.tx(TransactionType.Required, em -> {
            if (em.find(RetiredFrameworkEntity.class, RetiredFrameworkEntity.keyOf(key)) == null) {
                em.persist(new RetiredFrameworkEntity(key, audit.at(), audit.actor()));
                em.persist(new AuditEntryEntity(audit));
            }
        });
        snapshot = null;
    }
}
