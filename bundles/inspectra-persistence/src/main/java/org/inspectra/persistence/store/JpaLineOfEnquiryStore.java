package org.inspectra.persistence.store;

import java.util.List;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.inspectra.api.enquiry.LineOfEnquiry;
import org.inspectra.api.error.ConflictException;
import org.inspectra.api.error.NotFoundException;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.LineOfEnquiryStore;
import org.inspectra.persistence.entity.AuditEntryEntity;
import org.inspectra.persistence.entity.LineOfEnquiryEntity;
import org.inspectra.persistence.schema.SchemaMigration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = LineOfEnquiryStore.class)
public final class JpaLineOfEnquiryStore implements LineOfEnquiryStore {

    private final JpaTemplate jpa;

    @Activate
    public JpaLineOfEnquiryStore(@Reference(target = "(osgi.unit.name=inspectra)") JpaTemplate jpa,
                                 @Reference SchemaMigration schema) {
        this.jpa = jpa;
    }

    @Override
    public LineOfEnquiry insert(LineOfEnquiry line, AuditEntry audit) {
        return jpa.txExpr(TransactionType.Required, em -> {
            LineOfEnquiryEntity entity = new LineOfEnquiryEntity(line);
            em.persist(entity);
            em.persist(new AuditEntryEntity(audit));
            em.flush();
            return entity.toDomain();
        });
    }

    @Override
    public LineOfEnquiry close(LineOfEnquiry line, long expectedVersion, AuditEntry audit) {
        return JpaWork.guarded("Line of enquiry " + line.id(), () -> jpa.txExpr(TransactionType.Required, em -> {
            LineOfEnquiryEntity entity = em.find(LineOfEnquiryEntity.class, line.id());
            if (entity == null || !entity.inspectionId().equals(line.inspectionId())) {
                throw new NotFoundException("No line of enquiry " + line.id());
            }
            if (entity.rowVersion() != expectedVersion) {
                throw new ConflictException("Line of enquiry " + line.id() + " is at version " + entity.rowVersion()
                        + ", not " + expectedVersion + "; read it again and retry");
            }
            entity.close(line);
            em.persist(new AuditEntryEntity(audit));
            em.flush();
            return entity.toDomain();
        }));
    }

    @Override
    public Optional<LineOfEnquiry> find(String inspectionId, String lineId) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional
                .ofNullable(em.find(LineOfEnquiryEntity.class, lineId))
                .filter(e -> e.inspectionId().equals(inspectionId)).map(LineOfEnquiryEntity::toDomain));
    }

    @Override
    public List<LineOfEnquiry> list(String inspectionId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select l from LineOfEnquiryEntity l"
                        + " where l.inspectionId = :i order by l.openedAt, l.id", LineOfEnquiryEntity.class)
                .setParameter("i", inspectionId).getResultList().stream().map(LineOfEnquiryEntity::toDomain)
                .toList());
    }
}
