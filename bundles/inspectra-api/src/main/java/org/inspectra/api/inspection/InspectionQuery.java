package org.inspectra.api.inspection;

import java.util.Set;

/**
 * Filters for listing inspections; a {@code null} filter matches everything.
 *
 * @param status           a status id: a platform status matches the inspections standing in it, those in a status
 *                         their type adds after it among them; an added status matches the inspections in it
 * @param member           a user name: only inspections whose team includes that user
 * @param localAuthorities only inspections of these local authorities (a link person's own)
 */
public record InspectionQuery(String localAuthority, String framework, String status, String member,
                              Set<String> localAuthorities) {

    public InspectionQuery {
        localAuthorities = localAuthorities == null ? null : Set.copyOf(localAuthorities);
    }

    public InspectionQuery(String localAuthority, String framework, String status) {
        this(localAuthority, framework, status, null, null);
    }
}
