package org.inspectra.persistence.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.inspectra.api.childdata.ChildRow;
import org.inspectra.api.childdata.ImportResult;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.ChildListStore;
import org.inspectra.persistence.entity.AuditEntryEntity;
import org.inspectra.persistence.entity.ChildListEntity;
import org.inspectra.persistence.entity.ChildListRowEntity;
import org.inspectra.persistence.schema.SchemaMigration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Child-level lists, each replaced in one transaction. Rows go to the database in chunks (the unit's JDBC batch size)
 * and leave the persistence context after each, so a list of any length is written, and read, in bounded memory.
 */
@Component(service = ChildListStore.class)
public final class JpaChildListStore implements ChildListStore {

    /** Rows written between flushes, a multiple of hibernate.jdbc.batch_size in persistence.xml. */
    static final int CHUNK = 1000;

    private final JpaTemplate jpa;

    @Activate
    public JpaChildListStore(@Reference(target = "(osgi.unit.name=inspectra)") JpaTemplate jpa,
                             @Reference SchemaMigration schema) {
        this.jpa = jpa;
    }

    @Override
    public ImportResult replace(String inspectionId, String listId, RowWriter writer, AuditEntry audit) {
        return JpaWork.guarded("Child list " + listId, () -> jpa.txExpr(TransactionType.Required, em -> {
            em.createQuery("delete from ChildListRowEntity r where r.inspectionId = :i and r.listId = :l")
                    .setParameter("i", inspectionId).setParameter("l", listId).executeUpdate();
            ChildListEntity list = em.find(ChildListEntity.class, new ChildListEntity.Key(inspectionId, listId));
            if (list == null) {
                list = new ChildListEntity(inspectionId, listId);
                em.persist(list);
                // The rows refer to the list: it must be there before the first chunk is flushed.
                em.flush();
            }
            ChunkedSink sink = new ChunkedSink(em, inspectionId, listId);
            ImportResult result = writer.write(sink);
            sink.flush();
            list = em.find(ChildListEntity.class, new ChildListEntity.Key(inspectionId, listId));
            list.record(result);
            em.persist(new AuditEntryEntity(audit));
            em.flush();
            return result;
        }));
    }

    @Override
    public Optional<ImportResult> summary(String inspectionId, String listId) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(
                em.find(ChildListEntity.class, new ChildListEntity.Key(inspectionId, listId)))
                .map(ChildListEntity::toDomain));
    }

    @Override
    public void forEachRow(String inspectionId, String listId, Consumer<ChildRow> consumer) {
        jpa.tx(TransactionType.Supports, em -> {
            long after = 0;
            while (true) {
                List<ChildListRowEntity> chunk = em.createQuery("select r from ChildListRowEntity r"
                                + " where r.inspectionId = :i and r.listId = :l and r.rowNumber > :after"
                                + " order by r.rowNumber", ChildListRowEntity.class)
                        .setParameter("i", inspectionId).setParameter("l", listId).setParameter("after", after)
                        .setMaxResults(CHUNK).getResultList();
                for (ChildListRowEntity row : chunk) {
                    ChildRow domain = row.toDomain();
                    consumer.accept(domain);
                    after = domain.row();
                }
                em.clear();
                if (chunk.size() < CHUNK) {
                    return;
                }
            }
        });
    }

    @Override
    public Map<String, List<ChildRow>> rowsOfChild(String inspectionId, String childId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<String, List<ChildRow>> byList = new LinkedHashMap<>();
            em.createQuery("select r from ChildListRowEntity r where r.inspectionId = :i and r.childId = :c"
                            + " order by r.listId, r.rowNumber", ChildListRowEntity.class)
                    .setParameter("i", inspectionId).setParameter("c", childId).getResultList()
                    .forEach(r -> byList.computeIfAbsent(r.listId(), l -> new java.util.ArrayList<>())
                            .add(r.toDomain()));
            byList.replaceAll((list, rows) -> List.copyOf(rows));
            return Map.copyOf(byList);
        });
    }

    @Override
    public Map<String, Long> rowCounts(String inspectionId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            em.createQuery("select r.listId, count(r) from ChildListRowEntity r where r.inspectionId = :i"
                            + " group by r.listId order by r.listId", Object[].class)
                    .setParameter("i", inspectionId).getResultList()
                    .forEach(c -> counts.put((String) c[0], ((Number) c[1]).longValue()));
            return Map.copyOf(counts);
        });
    }

    @Override
    public long deleteRows(String inspectionId, AuditEntry audit) {
        return jpa.txExpr(TransactionType.Required, em -> {
            long deleted = em.createQuery("delete from ChildListRowEntity r where r.inspectionId = :i")
                    .setParameter("i", inspectionId).executeUpdate();
            em.persist(new AuditEntryEntity(audit));
            return deleted;
        });
    }

    /** Persists rows as they come, flushing and detaching every {@link #CHUNK}. */
    private static final class ChunkedSink implements Consumer<ChildRow> {
        private final EntityManager em;
        private final String inspectionId;
        private final String listId;
        private int pending;

        ChunkedSink(EntityManager em, String inspectionId, String listId) {
            this.em = em;
            this.inspectionId = inspectionId;
            this.listId = listId;
        }

        @Override
        public void accept(ChildRow row) {
            em.persist(new ChildListRowEntity(inspectionId, listId, row));
            if (++pending == CHUNK) {
                flush();
            }
        }

        void flush() {
            em.flush();
            em.clear();
            pending = 0;
        }
    }
}
