package org.inspectra.persistence.store;

import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.inspectra.api.error.ConflictException;
import org.inspectra.api.error.NotFoundException;
import org.inspectra.api.judgement.GradeRecord;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.JudgementStore;
import org.inspectra.persistence.entity.AuditEntryEntity;
import org.inspectra.persistence.entity.InspectionEntity;
import org.inspectra.persistence.entity.JudgementGradeEntity;
import org.inspectra.persistence.schema.SchemaMigration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Grades, stored under the inspection's optimistic lock: each grade moves the inspection to its next version, so two
 * team members grading at once cannot together store grades that break a rule neither broke alone.
 */
@Component(service = JudgementStore.class)
public final class JpaJudgementStore implements JudgementStore {

    private final JpaTemplate jpa;

    @Activate
    public JpaJudgementStore(@Reference(target = "(osgi.unit.name=inspectra)") JpaTemplate jpa,
                             @Reference SchemaMigration schema) {
        this.jpa = jpa;
    }

    @Override
    public List<GradeRecord> grades(String inspectionId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select g from JudgementGradeEntity g"
                        + " where g.inspectionId = :i", JudgementGradeEntity.class)
                .setParameter("i", inspectionId).getResultList().stream().map(JudgementGradeEntity::toDomain)
                .toList());
    }

    @Override
    public GradeRecord save(String inspectionId, long expectedInspectionVersion, GradeRecord grade,
                            AuditEntry audit) {
        return JpaWork.guarded("Inspection " + inspectionId, () -> jpa.txExpr(TransactionType.Required, em -> {
            // The inspection's next version is claimed first, before any grade row is read or written: the others
            // wait on the inspection's row, then find the version gone (InspectionVersions).
            if (!InspectionVersions.claimNext(em, inspectionId, expectedInspectionVersion)) {
                if (em.find(InspectionEntity.class, inspectionId) == null) {
                    throw new NotFoundException("No inspection " + inspectionId);
                }
                throw new ConflictException("Inspection " + inspectionId + " changed while the grade was checked; "
                        + "read the judgements again and retry");
            }
            JudgementGradeEntity entity = em.find(JudgementGradeEntity.class,
                    new JudgementGradeEntity.Key(inspectionId, grade.judgement()));
            if (entity == null) {
                entity = new JudgementGradeEntity(inspectionId, grade);
                em.persist(entity);
            } else {
                entity.update(grade);
            }
            em.persist(new AuditEntryEntity(audit));
            em.flush();
            return entity.toDomain();
        }));
    }
}
