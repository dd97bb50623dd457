package org.inspectra.api.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Working days in England: Monday to Friday, not a bank holiday of England and Wales, substitute days and one-off
 * holidays included (DOMAIN.md, Days).
 */
public interface WorkingDayCalendar {

    boolean isWorkingDay(LocalDate date);

    /**
     * The date {@code days} working days after {@code from}: day 0 is {@code from} itself, day 1 the next working
     * day, and so on. Negative {@code days} count back.
     */
    LocalDate addWorkingDays(LocalDate from, int days);

    /** The bank holiday on that date, if it is one. */
    Optional<BankHoliday> bankHoliday(LocalDate date);

    /** The bank holidays of England and Wales in a year, in date order. */
    List<BankHoliday> bankHolidays(int year);

    /** The first day the calendar counts from: a date before it is refused before anything is stored. */
    default LocalDate firstDay() {
        return LocalDate.MIN;
    }

    /** The last day the calendar counts to. */
    default LocalDate lastDay() {
        return LocalDate.MAX;
    }

    /**
     * What the calendar's answers follow now: an object replaced by another whenever a change of configuration may
     * change them, so that dates counted under one configuration can be kept while it stands. By default the
     * calendar itself (its answers never change).
     */
    default Object configuration() {
        return this;
    }

    /** Whether the calendar counts working days around this date. */
    default boolean serves(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }
}
