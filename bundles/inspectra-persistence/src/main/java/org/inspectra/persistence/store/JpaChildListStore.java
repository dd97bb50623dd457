package org.inspectra.persistence.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hibernate.Session;
import org.inspectra.api.childdata.ChildRow;
import org.inspectra.api.childdata.ImportResult;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.ChildListStore;
import org.inspectra.persistence.childrow.ChildRowTable;
import org.inspectra.persistence.entity.AuditEntryEntity;
import org.inspectra.persistence.entity.ChildListEntity;
import org.inspectra.persistence.schema.SchemaMigration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Child-level lists, each replaced in one transaction. The rows go to the database as the importer produces them, by
 * the database's fastest path ({@link ChildRowTable}: COPY on PostgreSQL, JDBC batches on Derby), on the connection of
 * the transaction, so a list of any length is written, and read back in chunks, in bounded memory, and a replacement
 * that breaks off leaves the list as it was.
 */
@Component(service = ChildListStore.class)
public final class JpaChildListStore implements ChildListStore {

    private final JpaTemplate jpa;
    private final ChildRowTable rows;

    @Activate
    public JpaChildListStore(@Reference(target = "(osgi.unit.name=inspectra)") JpaTemplate jpa,
                             @Reference SchemaMigration schema) {
        this.jpa = jpa;
        this.rows = ChildRowTable.of(schema.vendor());
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
            }
            // The rows refer to the list: it must be there before the first row is sent.
            em.flush();
            ImportResult result = jdbc(em, connection -> {
                try (ChildRowTable.Writer sink = rows.writer(connection, inspectionId, listId)) {
                    ImportResult written = writer.write(sink);
                    sink.finish();
                    return written;
                }
            });
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
        jpa.tx(TransactionType.Supports, em -> jdbc(em, connection -> {
            long[] after = {0};
            int read;
            do {
                read = rows.readChunk(connection, inspectionId, listId, after[0], row -> {
                    consumer.accept(row);
                    after[0] = row.row();
                });
            } while (read == ChildRowTable.CHUNK);
            return null;
        }));
    }

    @Override
    public Map<String, List<ChildRow>> rowsOfChild(String inspectionId, String childId) {
        return jpa.txExpr(TransactionType.Supports, em -> jdbc(em, connection -> {
            Map<String, List<ChildRow>> byList = new LinkedHashMap<>();
            rows.rowsOfChild(connection, inspectionId, childId,
                    (list, row) -> byList.computeIfAbsent(list, l -> new ArrayList<>()).add(row));
            byList.replaceAll((list, found) -> List.copyOf(found));
            return Map.copyOf(byList);
        }));
    }

    /** Work on the JDBC connection of the entity manager's transaction. */
    private static <R> R jdbc(EntityManager em, JdbcWork<R> work) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try {
                return work.apply(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("Child rows: " + e.getMessage(), e);
            }
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

    @FunctionalInterface
    private interface JdbcWork<R> {
        R apply(java.sql.Connection connection) throws SQLException;
    }
}
