package org.inspectra.api.framework;

import java.util.regex.Pattern;

/**
 * A status a framework adds to an inspection type's lifecycle, between the platform's statuses: the stage after
 * publication in which the local authority's action plan is awaited ({@code 000 §227}), the additional moderation of
 * a letter that identifies an area for priority action ({@code 000 §213}). An inspection in it stands where
 * {@code after} stands for everything the platform decides (open or read-only, draft mark, pinning), and moves on to
 * what follows {@code after}.
 *
 * @param id       kebab-case id, not one of the platform's status ids
 * @param title    what the framework calls the stage
 * @param after    the id of the platform status it follows: neither {@code closed} nor a status the type skips
 * @param optional whether an inspection may pass over it (moderation only where a priority action is found); a
 *                 status that is not optional is passed through by every inspection of the type
 * @param source   seed paragraph
 */
public record AddedStatus(String id, String title, String after, boolean optional, String source) {

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public AddedStatus {
        if (id == null || !KEBAB.matcher(id).matches()) {
            throw new IllegalArgumentException("an added status needs a kebab-case id, not " + id);
        }
        if (InspectionType.PLATFORM_STATUSES.contains(id)) {
            throw new IllegalArgumentException("added status " + id + " is already a platform status");
        }
        if (!InspectionType.PLATFORM_STATUSES.contains(after)) {
            throw new IllegalArgumentException("added status " + id + " follows " + after
                    + ", which is no platform status");
        }
        if (after.equals(InspectionType.PLATFORM_STATUSES.get(InspectionType.PLATFORM_STATUSES.size() - 1))) {
            throw new IllegalArgumentException("no status can follow " + after);
        }
    }
}
