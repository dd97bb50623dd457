package org.inspectra.persistence.store;

import javax.persistence.EntityManager;

/**
 * Moving an inspection to its next row version from another store's transaction, when what that store writes changes
 * the inspection as read (a grade, a priority action). Done first in the transaction, before any other row is read or
 * written: every writer of an inspection then takes its row first, and concurrent writers queue on it instead of
 * deadlocking over rows taken in different orders (ErrorsIT). The row version is the inspection's {@code @Version},
 * which {@link ReadInspections} and the inspection's {@code ETag} follow; its authority's list state counts the change
 * right after ({@link InspectionListState}).
 */
final class InspectionVersions {

    private static final String NEXT = "update InspectionEntity i set i.rowVersion = i.rowVersion + 1 where i.id = :id";

    private InspectionVersions() {
    }

    /** Moves the inspection on if it is still at {@code expected}; whether it was (false for no such inspection). */
    static boolean claimNext(EntityManager em, String inspectionId, long expected) {
        boolean claimed = em.createQuery(NEXT + " and i.rowVersion = :version").setParameter("id", inspectionId)
                .setParameter("version", expected).executeUpdate() == 1;
        if (claimed) {
            InspectionListState.changedInspection(em, inspectionId);
        }
        return claimed;
    }

    /** Moves the inspection on, whichever version it is at. */
    static void moveOn(EntityManager em, String inspectionId) {
        if (em.createQuery(NEXT).setParameter("id", inspectionId).executeUpdate() == 1) {
            InspectionListState.changedInspection(em, inspectionId);
        }
    }
}
