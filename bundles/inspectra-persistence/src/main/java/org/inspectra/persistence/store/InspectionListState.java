package org.inspectra.persistence.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collections;
import java.util.List;

import javax.persistence.EntityManager;

import org.hibernate.Session;
import org.inspectra.api.inspection.InspectionQuery;

/**
 * How far each local authority's inspections have changed (table {@code inspection_list_state}, migration V55), so a
 * node tells from a row an authority whether a page of inspections it read before is still the page
 * ({@link JpaInspectionStore#search(InspectionQuery, org.inspectra.api.page.PageRequest)}), whichever node wrote.
 *
 * <p>Every write of an inspection row counts here, in its transaction, after the row: the store's inserts, team and
 * status changes and {@link InspectionVersions}. Taken after the inspection's row, the authority's row queues the
 * writers of one authority's inspections (in practice one inspection at a time) without a cycle. Plain statements on
 * the entity manager's connection, so the provider neither flushes nor forgets anything for them.
 */
final class InspectionListState {

    /** The state of the authorities a list covers: how many, and the sum of their counts (which only rise). */
    record State(long authorities, long changes) {
    }

    private InspectionListState() {
    }

    /** A new local authority, nothing of it changed yet. */
    static void opened(EntityManager em, String localAuthority) {
        update(em, "insert into inspection_list_state (local_authority, changes) values (?, 0)", localAuthority);
    }

    /** One of the authority's inspections was inserted or changed in this transaction. */
    static void changed(EntityManager em, String localAuthority) {
        if (update(em, "update inspection_list_state set changes = changes + 1 where local_authority = ?",
                localAuthority) == 0) {
            // An authority that came without its row (made before V55 by other means): it gets one now.
            update(em, "insert into inspection_list_state (local_authority, changes) values (?, 1)", localAuthority);
        }
    }

    /** The inspection's authority: one of its inspections was changed in this transaction. */
    static void changedInspection(EntityManager em, String inspectionId) {
        update(em, "update inspection_list_state set changes = changes + 1 where local_authority = "
                + "(select local_authority from inspection where id = ?)", inspectionId);
    }

    /**
     * The state of the authorities a query can list: the one it names, else a link person's, else every one.
     * Authorities are never removed, so any change to a listed inspection changes the state.
     */
    static State of(EntityManager em, InspectionQuery query) {
        List<String> authorities = query.localAuthority() != null ? List.of(query.localAuthority())
                : query.localAuthorities() != null ? List.copyOf(query.localAuthorities()) : null;
        String sql = "select count(*), sum(changes) from inspection_list_state"
                + (authorities == null ? "" : authorities.isEmpty() ? " where 1 = 0"
                : " where local_authority in (" + String.join(", ", Collections.nCopies(authorities.size(), "?"))
                + ")");
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; authorities != null && i < authorities.size(); i++) {
                    statement.setString(i + 1, authorities.get(i));
                }
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    return new State(row.getLong(1), row.getLong(2));
                }
            }
        });
    }

    private static int update(EntityManager em, String sql, String parameter) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, parameter);
                return statement.executeUpdate();
            }
        });
    }
}
