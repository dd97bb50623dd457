package org.inspectra.persistence.store;

import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.inspectra.api.concern.Concern;
import org.inspectra.api.error.ConflictException;
import org.inspectra.api.error.NotFoundException;
import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.ConcernStore;
import org.inspectra.persistence.entity.AuditEntryEntity;
import org.inspectra.persistence.entity.ConcernEntity;
import org.inspectra.persistence.schema.SchemaMigration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import javax.persistence.TypedQuery;

@Component(service = ConcernStore.class)
public final class JpaConcernStore implements ConcernStore {

    private static final String LIST = "concerns";

    private final JpaTemplate jpa;

    @Activate
    public JpaConcernStore(@Reference(target = "(osgi.unit.name=inspectra)") JpaTemplate jpa,
                           @Reference SchemaMigration schema) {
        this.jpa = jpa;
    }

    @Override
    public Concern insert(Concern concern, AuditEntry audit) {
        return jpa.txExpr(TransactionType.Required, em -> {
            ConcernEntity entity = new ConcernEntity(concern);
            em.persist(entity);
            em.persist(new AuditEntryEntity(audit));
            em.flush();
            return entity.toDomain();
        });
    }

    @Override
    public Concern update(Concern concern, long expectedVersion, AuditEntry audit) {
        return JpaWork.guarded("Concern " + concern.id(), () -> jpa.txExpr(TransactionType.Required, em -> {
            ConcernEntity entity = em.find(ConcernEntity.class, concern.id());
            if (entity == null || !entity.toDomain().inspectionId().equals(concern.inspectionId())) {
                throw new NotFoundException("No concern " + concern.id());
            }
            if (entity.rowVersion() != expectedVersion) {
                throw new ConflictException("Concern " + concern.id() + " is at version " + entity.rowVersion()
                        + ", not " + expectedVersion + "; read it again and retry");
            }
            entity.steps(concern);
            em.persist(new AuditEntryEntity(audit));
            em.flush();
            return entity.toDomain();
        }));
    }

    @Override
    public Optional<Concern> find(String inspectionId, String concernId) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(ConcernEntity.class, concernId))
                .map(ConcernEntity::toDomain).filter(c -> c.inspectionId().equals(inspectionId)));
    }

    @Override
    public Page<Concern> list(String inspectionId, PageRequest page) {
        Keyset after = Keyset.after(LIST, page, 2);
        return jpa.txExpr(TransactionType.Supports, em -> {
            // Referral date, then id: both immutable, so a page after the previous one's last concern is a range.
            TypedQuery<ConcernEntity> query = em.createQuery("select c from ConcernEntity c where c.inspectionId = :i"
                    + (after == null ? "" : " and c.referredOn >= :on and (c.referredOn > :on or c.id > :id)")
                    + " order by c.referredOn, c.id", ConcernEntity.class).setParameter("i", inspectionId);
            if (after != null) {
                query.setParameter("on", after.date(0)).setParameter("id", after.text(1));
            }
            return Keyset.page(query.setMaxResults(page.limit() + 1).getResultList().stream()
                    .map(ConcernEntity::toDomain).toList(), page.limit(),
                    c -> Keyset.cursor(LIST, c.referredOn(), c.id()));
        });
    }
}
