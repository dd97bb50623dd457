package org.inspectra.persistence.store;

import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.inspectra.api.access.DataAccess;
import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;
import org.inspectra.api.store.AccessLogStore;
import org.inspectra.persistence.entity.DataAccessEntity;
import org.inspectra.persistence.schema.SchemaMigration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The access log (V40): a batch per transaction; pages by position, so a page stays the same as records are added. */
@Component(service = AccessLogStore.class)
public final class JpaAccessLogStore implements AccessLogStore {

    /** The name a cursor of this list carries, so a cursor of another list is refused. */
    private static final String LIST = "access-log";

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
    public Page<DataAccess> page(String inspectionId, PageRequest page) {
        Keyset after = Keyset.after(LIST, page, 1);
        return jpa.txExpr(TransactionType.Supports, em -> Keyset.page(em.createQuery("select a from DataAccessEntity a"
                        + " where a.inspectionId = :i and a.position > :after order by a.position",
                        DataAccessEntity.class)
                .setParameter("i", inspectionId).setParameter("after", after == null ? 0L : after.number(0))
                .setMaxResults(page.limit() + 1).getResultList(), page.limit(),
                a -> Keyset.cursor(LIST, a.position()), DataAccessEntity::toDomain));
    }
}
