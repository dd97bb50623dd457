package org.inspectra.persistence.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hibernate.Session;
import org.inspectra.api.error.ConflictException;
import org.inspectra.api.error.NotFoundException;
import org.inspectra.api.framework.FrameworkKey;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.inspection.InspectionQuery;
import org.inspectra.api.inspection.InspectionStatus;
import org.inspectra.api.inspection.TeamMember;
import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.InspectionStore;
import org.inspectra.persistence.entity.AuditEntryEntity;
import org.inspectra.persistence.entity.InspectionEntity;
import org.inspectra.persistence.schema.SchemaMigration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = InspectionStore.class)
public final class JpaInspectionStore implements InspectionStore {

    private static final String LIST = "inspections";

    /** About 1 KB each: at most some 20 MB of the heap. */
    private static final int REMEMBERED = 20_000;
    /** Pages of keys remembered at most: a page is some hundred ids and versions, about 15 KB. */
    private static final int PAGES_REMEMBERED = 500;

    private final JpaTemplate jpa;
    private final ReadInspections read = new ReadInspections(REMEMBERED);
    /** The keys of pages of inspections as last read, each under the state of its authorities then. */
    private final Cache<PageKey, PageKeys> pageKeys = Caffeine.newBuilder().maximumSize(PAGES_REMEMBERED)
            .executor(Runnable::run).build();

    private record PageKey(InspectionQuery query, PageRequest page) {
    }

    private record PageKeys(InspectionListState.State state, List<Object[]> keys) {
    }

    @Activate
    public JpaInspectionStore(@Reference(target = "(osgi.unit.name=inspectra)") JpaTemplate jpa,
                              @Reference SchemaMigration schema) {
        this.jpa = jpa;
    }

    @Override
    public Inspection insert(Inspection inspection, AuditEntry audit) {
        return jpa.txExpr(TransactionType.Required, em -> {
            InspectionEntity entity = new InspectionEntity(inspection);
            em.persist(entity);
            em.persist(new AuditEntryEntity(audit));
            em.flush();
            InspectionListState.changed(em, inspection.localAuthority());
            return entity.toDomain();
        });
    }

    /**
     * The inspection: its row version read first (one column of one row), then the inspection as this node last
     * read it if that is the version, else the row with its team and topics ({@link ReadInspections}).
     */
    @Override
    public Optional<Inspection> find(String id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            OptionalLong version = rowVersion(em, id);
            if (version.isEmpty()) {
                return Optional.empty();
            }
            Inspection known = read.at(id, version.getAsLong());
            if (known != null) {
                return Optional.of(known);
            }
            return Optional.ofNullable(em.find(InspectionEntity.class, id)).map(entity -> remember(em, entity));
        });
    }

    /**
     * The inspection's row version, on the entity manager's own connection (inside a transaction, that
     * transaction's): one statement, kept prepared by the pool (etc/org.ops4j.datasource-inspectra.cfg), without a
     * query of the provider's. Every read about an inspection starts here, and the provider's query, its loader and
     * its result set cost more than the statement (JFR, docs/performance.md).
     */
    private static OptionalLong rowVersion(EntityManager em, String id) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select row_version from inspection where id = ?")) {
                statement.setString(1, id);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
                }
            }
        });
    }

    @Override
    public List<Inspection> search(InspectionQuery query) {
        return jpa.txExpr(TransactionType.Supports, em -> query(em, query, null, "i", InspectionEntity.class)
                .getResultList().stream().map(InspectionEntity::toDomain).toList());
    }

    @Override
    public Page<Inspection> search(InspectionQuery query, PageRequest page) {
        Keyset after = Keyset.after(LIST, page, 3);
        return jpa.txExpr(TransactionType.Supports, em -> {
            // The page's keys and row versions: as this node last read them while the listed authorities' inspections
            // are unchanged (InspectionListState, read before the keys, so keys read after a change are never kept
            // under the state before it), else a range of the ordering index. Then only the inspections not
            // remembered at those versions are read, in one query (their teams and topics batched).
            InspectionListState.State state = InspectionListState.of(em, query);
            PageKey pageKey = new PageKey(query, page);
            PageKeys kept = pageKeys.getIfPresent(pageKey);
            List<Object[]> keys;
            if (kept != null && kept.state().equals(state)) {
                keys = kept.keys();
            } else {
                keys = query(em, query, after, "i.id, i.rowVersion", Object[].class)
                        .setMaxResults(page.limit() + 1).getResultList();
                if (!em.isJoinedToTransaction()) {
                    pageKeys.put(pageKey, new PageKeys(state, keys));
                }
            }
            Map<String, Inspection> found = new HashMap<>();
            List<String> missing = new ArrayList<>();
            for (Object[] key : keys) {
                Inspection known = read.at((String) key[0], ((Number) key[1]).longValue());
                if (known != null) {
                    found.put(known.id(), known);
                } else {
                    missing.add((String) key[0]);
                }
            }
            if (!missing.isEmpty()) {
                em.createQuery("select i from InspectionEntity i where i.id in :ids", InspectionEntity.class)
                        .setParameter("ids", missing).getResultList()
                        .forEach(entity -> found.put(entity.id(), remember(em, entity)));
            }
            List<Inspection> inOrder = new ArrayList<>(keys.size());
            for (Object[] key : keys) {
                Inspection inspection = found.get((String) key[0]);
                if (inspection != null) {
                    inOrder.add(inspection);
                }
            }
            return Keyset.page(inOrder, page.limit(), i -> Keyset.cursor(LIST, i.notifiedOn(), i.createdAt(),
                    i.id()));
        });
    }

    /**
     * The inspection read, remembered only where it is committed: a read inside a transaction may see that
     * transaction's own change, which may yet be rolled back and its row version used again by another change.
     */
    private Inspection remember(EntityManager em, InspectionEntity entity) {
        Inspection inspection = entity.toDomain();
        return em.isJoinedToTransaction() ? inspection : read.remember(inspection);
    }

    /**
     * Matching inspections, newest notification first, then newest created, then by id: all three are immutable, so
     * a page read after the key of a previous page's last inspection is a bounded range (index inspection_in_order).
     */
    private static <T> TypedQuery<T> query(EntityManager em, InspectionQuery query, Keyset after, String select,
                                           Class<T> row) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (query.localAuthority() != null) {
            where.add("i.localAuthority = :la");
            params.put("la", query.localAuthority());
        }
        if (query.framework() != null) {
            where.add("i.frameworkId = :fw");
            params.put("fw", query.framework());
        }
        if (query.status() != null) {
            where.add("(i.status = :status or i.addedStatus = :status)");
            params.put("status", query.status());
        }
        if (query.member() != null) {
            where.add("exists (select m from InspectionEntity j join j.team m where j = i and m.user = :member)");
            params.put("member", query.member());
        }
        if (query.localAuthorities() != null) {
            // No authority at all matches nothing (an empty IN list is not portable SQL).
            where.add(query.localAuthorities().isEmpty() ? "i.id is null" : "i.localAuthority in :las");
            if (!query.localAuthorities().isEmpty()) {
                params.put("las", query.localAuthorities());
            }
        }
        if (after != null) {
            // The leading bound lets the index scan start at the key; the rest breaks ties on it.
            where.add("i.notifiedOn <= :n and (i.notifiedOn < :n or i.createdAt < :c"
                    + " or (i.createdAt = :c and i.id < :id))");
            params.put("n", after.date(0));
            params.put("c", after.instant(1));
            params.put("id", after.text(2));
        }
        String jpql = "select " + select + " from InspectionEntity i"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by i.notifiedOn desc, i.createdAt desc, i.id desc";
        TypedQuery<T> q = em.createQuery(jpql, row);
        params.forEach(q::setParameter);
        return q;
    }

    @Override
    public Inspection replaceTeam(String id, long expectedVersion, List<TeamMember> team, AuditEntry audit) {
        return JpaWork.guarded("Inspection " + id, () -> jpa.txExpr(TransactionType.Required, em -> {
            InspectionEntity entity = current(em, id, expectedVersion);
            entity.replaceTeam(team);
            em.persist(new AuditEntryEntity(audit));
            em.flush();
            InspectionListState.changed(em, entity.localAuthority());
            return entity.toDomain();
        }));
    }

    @Override
    public Inspection changeStatus(String id, long expectedVersion, InspectionStatus status, String addedStatus,
                                   AuditEntry audit) {
        return JpaWork.guarded("Inspection " + id, () -> jpa.txExpr(TransactionType.Required, em -> {
            InspectionEntity entity = current(em, id, expectedVersion);
            entity.changeStatus(status, addedStatus);
            em.persist(new AuditEntryEntity(audit));
            em.flush();
            InspectionListState.changed(em, entity.localAuthority());
            return entity.toDomain();
        }));
    }

    /** The inspection, if it is still at the version the caller saw. */
    private static InspectionEntity current(javax.persistence.EntityManager em, String id, long expectedVersion) {
        InspectionEntity entity = em.find(InspectionEntity.class, id);
        if (entity == null) {
            throw new NotFoundException("No inspection " + id);
        }
        if (entity.rowVersion() != expectedVersion) {
            throw new ConflictException("Inspection " + id + " is at version " + entity.rowVersion()
                    + ", not " + expectedVersion + "; read it again and retry");
        }
        return entity;
    }

    @Override
    public Map<FrameworkKey, PinCount> pinCounts() {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<Object[]> rows = em.createQuery("select i.frameworkId, i.frameworkVersion, i.status, count(i) "
                    + "from InspectionEntity i group by i.frameworkId, i.frameworkVersion, i.status", Object[].class)
                    .getResultList();
            Map<FrameworkKey, PinCount> counts = new HashMap<>();
            for (Object[] row : rows) {
                FrameworkKey key = new FrameworkKey((String) row[0], (String) row[1]);
                boolean open = InspectionStatus.fromId((String) row[2]).map(InspectionStatus::open).orElse(false);
                long n = ((Number) row[3]).longValue();
                counts.merge(key, new PinCount(open ? n : 0, n),
                        (a, b) -> new PinCount(a.open() + b.open(), a.all() + b.all()));
            }
            return Map.copyOf(counts);
        });
    }
}
