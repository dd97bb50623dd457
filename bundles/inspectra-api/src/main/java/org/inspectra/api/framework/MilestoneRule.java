package org.inspectra.api.framework;

import java.util.Objects;

/**
 * How one milestone's due date follows from another: {@code days} working (or calendar) days after the milestone
 * {@code after}. Every chain starts at {@link #NOTIFICATION}, which is due on the notification date itself.
 *
 * @param id     milestone id (API.md: {@code fieldwork-start}, {@code publication}, … or the framework's own)
 * @param title  what happens at the milestone
 * @param after  the milestone this one counts from
 * @param days   how many days after it
 * @param count  working or calendar days
 * @param source seed paragraph or table the offset comes from
 */
public record MilestoneRule(String id, String title, String after, int days, DayCount count, String source) {
    public static final String NOTIFICATION = "notification";

    public MilestoneRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(count, "count");
        if (id.equals(after)) {
            throw new IllegalArgumentException("milestone " + id + " cannot count from itself");
        }
    }

    /** {@code days} working days after {@code after}. */
    public static MilestoneRule workingDays(String id, String title, String after, int days, String source) {
        return new MilestoneRule(id, title, after, days, DayCount.WORKING, source);
    }

    /** {@code days} calendar days after {@code after}. */
    public static MilestoneRule calendarDays(String id, String title, String after, int days, String source) {
        return new MilestoneRule(id, title, after, days, DayCount.CALENDAR, source);
    }
}
