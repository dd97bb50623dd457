package org.inspectra.persistence.store;

import java.util.List;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.inspectra.api.selection.Selection;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.SelectionStore;
import org.inspectra.persistence.entity.AuditEntryEntity;
import org.inspectra.persistence.entity.ChildSelectionEntity;
import org.inspectra.persistence.schema.SchemaMigration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Accepted selections: a stage's children replaced as a whole. */
@Component(service = SelectionStore.class)
public final class JpaSelectionStore implements SelectionStore {

    private final JpaTemplate jpa;

    @Activate
    public JpaSelectionStore(@Reference(target = "(osgi.unit.name=inspectra)") JpaTemplate jpa,
                             @Reference SchemaMigration schema) {
        this.jpa = jpa;
    }

    @Override
    public Selection save(String inspectionId, Selection selection, AuditEntry audit) {
        return JpaWork.guarded("The selection " + selection.stage(), () -> jpa.txExpr(TransactionType.Required, em -> {
            em.createQuery("delete from ChildSelectionEntity s where s.inspectionId = :i and s.stage = :s")
                    .setParameter("i", inspectionId).setParameter("s", selection.stage()).executeUpdate();
            for (int i = 0; i < selection.children().size(); i++) {
                em.persist(new ChildSelectionEntity(inspectionId, selection.stage(), i, selection.children().get(i),
                        selection.acceptedBy(), selection.acceptedAt()));
            }
            em.persist(new AuditEntryEntity(audit));
            em.flush();
            return selection;
        }));
    }

    @Override
    public Optional<Selection> find(String inspectionId, String stage) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<ChildSelectionEntity> children = em.createQuery("select s from ChildSelectionEntity s"
                            + " where s.inspectionId = :i and s.stage = :s order by s.position",
                            ChildSelectionEntity.class)
                    .setParameter("i", inspectionId).setParameter("s", stage).getResultList();
            if (children.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Selection(stage, children.stream().map(ChildSelectionEntity::child).toList(),
                    children.get(0).acceptedBy(), children.get(0).acceptedAt()));
        });
    }
}
