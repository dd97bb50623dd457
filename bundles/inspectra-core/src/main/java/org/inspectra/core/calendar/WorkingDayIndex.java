package org.inspectra.core.calendar;

import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * The working days of a span of years under one configuration, counted up front so that a timeline's "n working days
 * after" is a binary search rather than a walk day by day (docs/performance.md: a page of inspections dates some
 * thirty milestones each). Dates outside the span answer {@code null}, and the calendar walks as before.
 *
 * <p>{@code before[k]} is the number of working days in {@code [first, first + k)}.
 */
final class WorkingDayIndex {

    private final long first;
    private final int[] before;

    private WorkingDayIndex(long first, int[] before) {
        this.first = first;
        this.before = before;
    }

    static WorkingDayIndex of(LocalDate from, LocalDate to, Predicate<LocalDate> workingDay) {
        long first = from.toEpochDay();
        int days = Math.toIntExact(to.toEpochDay() - first + 1);
        int[] before = new int[days + 1];
        LocalDate date = from;
        for (int k = 0; k < days; k++) {
            before[k + 1] = before[k] + (workingDay.test(date) ? 1 : 0);
            date = date.plusDays(1);
        }
        return new WorkingDayIndex(first, before);
    }

    /** Whether the date is a working day, or null outside the span. */
    Boolean isWorkingDay(LocalDate date) {
        long k = date.toEpochDay() - first;
        if (k < 0 || k >= before.length - 1) {
            return null;
        }
        return before[(int) k + 1] != before[(int) k];
    }

    /**
     * The date {@code days} working days after {@code from} (before it, where negative), as the walk would find it;
     * null where the walk would leave the span.
     */
    LocalDate addWorkingDays(LocalDate from, int days) {
        long k = from.toEpochDay() - first;
        if (k < 0 || k >= before.length - 1) {
            return null;
        }
        if (days == 0) {
            return from;
        }
        int at;
        if (days > 0) {
            // The first d > from whose working days in (from, d] number days: the least d with before[d+1] reaching it.
            long target = (long) before[(int) k + 1] + days;
            at = least((int) k + 2, before.length - 1, target);
            if (at < 0) {
                return null;
            }
            at -= 1;
        } else {
            // The last working d < from with days working days in [d, from): the greatest d with before[d] at it.
            long target = (long) before[(int) k] + days;
            if (target < 0) {
                return null;
            }
            at = greatest(0, (int) k - 1, target);
            if (at < 0) {
                return null;
            }
        }
        return LocalDate.ofEpochDay(first + at);
    }

    /** The least index in [lo, hi] whose count reaches target, or -1. */
    private int least(int lo, int hi, long target) {
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (before[mid] >= target) {
                found = mid;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return found;
    }

    /** The greatest index in [lo, hi] whose count is at most target, or -1. */
    private int greatest(int lo, int hi, long target) {
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (before[mid] <= target) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
