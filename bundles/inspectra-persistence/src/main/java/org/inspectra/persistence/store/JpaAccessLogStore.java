package org.inspectra.persistence.store;

import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.inspectra.api.access.DataAccess;
import org.inspectra.api.store.AccessLogStore;
import org.inspectra.persistence.entity.DataAccessEntity;
import org.inspectra.persistence.schema.SchemaMigration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The access log (V40): a batch per transaction; pages by position, so a page stays the same as records are added. */
@Component(service = AccessLogStore.class)
public final class JpaAccessLogStore implements AccessLogStore {

    private final JpaTemplate jpa;

    @Activate
    public JpaAccessLogStore(@Reference(target = "(osgi.unit.name=inspectra)") JpaTemplate jpa,
                             @Reference SchemaMigration schema) {
        this.jpa = jpa;
    }

    @Override
    public void append(List<DataAccess> records) {
        jpa.tx(TransactionType.Required, em -> records.forEach(r -> em.persist(new DataAccessEntity(r))));
    }

    @Override
    public List<Stored> page(String inspectionId, long afterPosition, int limit) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select a from DataAccessEntity a"
                        + " where a.inspectionId = :i and a.position > :after order by a.position",
                        DataAccessEntity.class)
                .setParameter("i", inspectionId).setParameter("after", afterPosition).setMaxResults(limit)
                .getResultList().stream().map(DataAccessEntity::toDomain).toList());
    }
}
