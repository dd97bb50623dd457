package org.inspectra.persistence.store;

import java.time.Instant;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.inspectra.api.childdata.ImportProgress;
import org.inspectra.api.childdata.ImportState;
import org.inspectra.api.store.ImportProgressStore;
import org.inspectra.persistence.entity.ChildListImportEntity;
import org.inspectra.persistence.schema.SchemaMigration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Upload progress in {@code child_list_import}. Each save is a transaction of its own ({@code RequiresNew}): called
 * while an upload's own transaction is open, it commits at once, so other nodes see the progress the upload's rows
 * are not yet committed with.
 */
@Component(service = ImportProgressStore.class)
public final class JpaImportProgressStore implements ImportProgressStore {

    private final JpaTemplate jpa;

    @Activate
    public JpaImportProgressStore(@Reference(target = "(osgi.unit.name=inspectra)") JpaTemplate jpa,
                                  @Reference SchemaMigration schema) {
        this.jpa = jpa;
    }

    @Override
    public void save(ImportProgress progress, Instant savedAt) {
        jpa.tx(TransactionType.RequiresNew, em -> upsert(em, progress, savedAt));
    }

    @Override
    public void finish(ImportProgress progress, Instant savedAt) {
        jpa.tx(TransactionType.RequiresNew, em -> {
            upsert(em, progress, savedAt);
            em.createQuery("delete from ChildListImportEntity i where i.inspectionId = :i and i.listId = :l"
                            + " and i.state <> :running and i.importId <> :id")
                    .setParameter("i", progress.inspectionId()).setParameter("l", progress.listId())
                    .setParameter("running", ImportState.RUNNING).setParameter("id", progress.importId())
                    .executeUpdate();
        });
    }

    private static void upsert(EntityManager em, ImportProgress progress, Instant savedAt) {
        ChildListImportEntity stored = em.find(ChildListImportEntity.class, progress.importId());
        if (stored == null) {
            em.persist(new ChildListImportEntity(progress, savedAt));
        } else {
            stored.update(progress, savedAt);
        }
    }

    @Override
    public List<Saved> uploads(String inspectionId, String listId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select i from ChildListImportEntity i"
                        + " where i.inspectionId = :i and i.listId = :l order by i.startedAt",
                        ChildListImportEntity.class)
                .setParameter("i", inspectionId).setParameter("l", listId).getResultList().stream()
                .map(ChildListImportEntity::toDomain).toList());
    }
}
