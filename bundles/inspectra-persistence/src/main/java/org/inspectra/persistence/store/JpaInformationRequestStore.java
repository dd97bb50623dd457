package org.inspectra.persistence.store;

import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.inspectra.api.error.ConflictException;
import org.inspectra.api.error.NotFoundException;
import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;
import org.inspectra.api.request.InformationRequest;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.InformationRequestStore;
import org.inspectra.persistence.entity.AuditEntryEntity;
import org.inspectra.persistence.entity.InformationRequestEntity;
import org.inspectra.persistence.schema.SchemaMigration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import javax.persistence.TypedQuery;

@Component(service = InformationRequestStore.class)
public final class JpaInformationRequestStore implements InformationRequestStore {

    private static final String LIST = "information-requests";

    private final JpaTemplate jpa;

    @Activate
    public JpaInformationRequestStore(@Reference(target = "(osgi.unit.name=inspectra)") JpaTemplate jpa,
                                      @Reference SchemaMigration schema) {
        this.jpa = jpa;
    }

    @Override
    public InformationRequest insert(InformationRequest request, AuditEntry audit) {
        return jpa.txExpr(TransactionType.Required, em -> {
            InformationRequestEntity entity = new InformationRequestEntity(request);
            em.persist(entity);
            em.persist(new AuditEntryEntity(audit));
            em.flush();
            return entity.toDomain();
        });
    }

    @Override
    public InformationRequest update(InformationRequest request, long expectedVersion, AuditEntry audit) {
        return JpaWork.guarded("Information request " + request.id(), () -> jpa.txExpr(TransactionType.Required,
                em -> {
                    InformationRequestEntity entity = em.find(InformationRequestEntity.class, request.id());
                    if (entity == null || !entity.toDomain().inspectionId().equals(request.inspectionId())) {
                        throw new NotFoundException("No information request " + request.id());
                    }
                    if (entity.rowVersion() != expectedVersion) {
                        throw new ConflictException("Information request " + request.id() + " is at version "
                                + entity.rowVersion() + ", not " + expectedVersion + "; read it again and retry");
                    }
                    entity.respond(request);
                    em.persist(new AuditEntryEntity(audit));
                    em.flush();
                    return entity.toDomain();
                }));
    }

    @Override
    public Optional<InformationRequest> find(String inspectionId, String requestId) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional
                .ofNullable(em.find(InformationRequestEntity.class, requestId))
                .map(InformationRequestEntity::toDomain).filter(r -> r.inspectionId().equals(inspectionId)));
    }

    @Override
    public Page<InformationRequest> list(String inspectionId, PageRequest page) {
        Keyset after = Keyset.after(LIST, page, 2);
        return jpa.txExpr(TransactionType.Supports, em -> {
            // When requested, then id: both immutable, so a page after the previous one's last request is a range.
            TypedQuery<InformationRequestEntity> query = em.createQuery("select r from InformationRequestEntity r"
                    + " where r.inspectionId = :i"
                    + (after == null ? "" : " and r.requestedAt >= :at and (r.requestedAt > :at or r.id > :id)")
                    + " order by r.requestedAt, r.id", InformationRequestEntity.class).setParameter("i", inspectionId);
            if (after != null) {
                query.setParameter("at", after.instant(0)).setParameter("id", after.text(1));
            }
            return Keyset.page(query.setMaxResults(page.limit() + 1).getResultList().stream()
                    .map(InformationRequestEntity::toDomain).toList(), page.limit(),
                    r -> Keyset.cursor(LIST, r.requestedAt(), r.id()));
        });
    }
}
