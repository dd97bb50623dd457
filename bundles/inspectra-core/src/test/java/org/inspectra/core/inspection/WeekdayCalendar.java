package org.inspectra.core.inspection;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.inspectra.api.calendar.BankHoliday;
import org.inspectra.api.calendar.WorkingDayCalendar;

/** A calendar for tests: weekdays are working days except the holidays given. */
final class WeekdayCalendar implements WorkingDayCalendar {

    private final Set<LocalDate> holidays;

    WeekdayCalendar(LocalDate... holidays) {
        this.holidays = Set.of(holidays);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(date);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate from, int days) {
        LocalDate d = from;
        int step = days >= 0 ? 1 : -1;
        for (int counted = 0; counted < Math.abs(days); ) {
            d = d.plusDays(step);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    @Override
    public Optional<BankHoliday> bankHoliday(LocalDate date) {
        return holidays.contains(date) ? Optional.of(new BankHoliday(date, "holiday")) : Optional.empty();
    }

    @Override
    public List<BankHoliday> bankHolidays(int year) {
        return holidays.stream().filter(d -> d.getYear() == year).sorted().map(d -> new BankHoliday(d, "holiday"))
                .toList();
    }
}
