package org.inspectra.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.inspectra.api.calendar.BankHoliday;

/**
 * The bank holidays of England and Wales (DOMAIN.md, Days), computed by the standing rules of the Banking and
 * Financial Dealings Act 1971 plus the one-off changes made by royal proclamation, named as gov.uk names them.
 *
 * <p>The one-off table covers {@value #FIRST_TABULATED_YEAR} to {@value #LAST_TABULATED_YEAR}. Any other year is
 * still computed by the standing rules (today's rules, so years before 1978, when the early May holiday began, are
 * not historically right); the table simply has nothing for it. One-offs proclaimed after this table was written
 * are declared by administrators in the calendar's configuration, see {@link EnglandAndWalesCalendar}.
 */
final class BankHolidays {

    static final int FIRST_TABULATED_YEAR = 2010;
    static final int LAST_TABULATED_YEAR = 2035;
    static final int FIRST_GREGORIAN_YEAR = 1583;

    static final String NEW_YEARS_DAY = "New Year’s Day";
    static final String GOOD_FRIDAY = "Good Friday";
    static final String EASTER_MONDAY = "Easter Monday";
    static final String EARLY_MAY = "Early May bank holiday";
    static final String SPRING = "Spring bank holiday";
    static final String SUMMER = "Summer bank holiday";
    static final String CHRISTMAS_DAY = "Christmas Day";
    static final String BOXING_DAY = "Boxing Day";
    static final String SUBSTITUTE = " (substitute day)";

    /**
     * A one-off change: an extra holiday, or a regular one moved away from the date the rules give it.
     *
     * @param date     the day off
     * @param name     its name as gov.uk publishes it
     * @param replaces for a move, the rule date that is no longer a holiday; {@code null} for an extra day
     */
    private record OneOff(LocalDate date, String name, LocalDate replaces) {

        static OneOff extra(String date, String name) {
            return new OneOff(LocalDate.parse(date), name, null);
        }

        static OneOff moved(String from, String to, String name) {
            return new OneOff(LocalDate.parse(to), name, LocalDate.parse(from));
        }
    }

    /** Every one-off change from 2010 to 2035 (immutable). */
    private static final List<OneOff> ONE_OFFS = List.of(
            // Wedding of Prince William and Catherine Middleton: an extra day.
            OneOff.extra("2011-04-29", "Royal wedding"),
            // Queen's Diamond Jubilee: spring holiday moved from Mon 28 May to Mon 4 June, plus an extra Tue 5 June.
            OneOff.moved("2012-05-28", "2012-06-04", SPRING),
            OneOff.extra("2012-06-05", "Queen’s Diamond Jubilee"),
            // 75th anniversary of VE day: the early May holiday moved from Mon 4 May to Fri 8 May.
            OneOff.moved("2020-05-04", "2020-05-08", "Early May bank holiday (VE day)"),
            // Queen's Platinum Jubilee: spring holiday moved from Mon 30 May to Thu 2 June, plus an extra Fri 3 June.
            OneOff.moved("2022-05-30", "2022-06-02", SPRING),
            OneOff.extra("2022-06-03", "Platinum Jubilee bank holiday"),
            // State funeral of Queen Elizabeth II: an extra day.
            OneOff.extra("2022-09-19", "Bank Holiday for the State Funeral of Queen Elizabeth II"),
            // Coronation of King Charles III: an extra day (the early May holiday on 1 May stayed).
            OneOff.extra("2023-05-08", "Bank holiday for the coronation of King Charles III"));

    private BankHolidays() {
    }

    /** The bank holidays of {@code year}, in date order, one-offs applied. */
    static List<BankHoliday> of(int year) {
        List<BankHoliday> days = new ArrayList<>(byRule(year));
        for (OneOff change : ONE_OFFS) {
            if (change.date().getYear() != year) {
                continue;
            }
            // A move whose rule date is missing means the table and the rules disagree: fail loudly, not silently.
            if (change.replaces() != null && !days.removeIf(d -> d.date().equals(change.replaces()))) {
                throw new IllegalStateException("One-off table moves " + change.replaces()
                        + ", which is not a bank holiday by rule");
            }
            days.add(new BankHoliday(change.date(), change.name()));
        }
        days.sort(Comparator.comparing(BankHoliday::date));
        return List.copyOf(days);
    }

    /** The bank holidays the standing rules give {@code year}, one-offs not applied. */
    static List<BankHoliday> byRule(int year) {
        // The Easter algorithm is Gregorian; earlier years would get plausible-looking nonsense.
        if (year < FIRST_GREGORIAN_YEAR) {
            throw new IllegalArgumentException("No bank holidays before " + FIRST_GREGORIAN_YEAR + ": " + year);
        }
        LocalDate easter = easterSunday(year);
        LocalDate may = LocalDate.of(year, Month.MAY, 1);
        List<BankHoliday> days = new ArrayList<>();
        days.add(mondayIfWeekend(LocalDate.of(year, Month.JANUARY, 1), NEW_YEARS_DAY));
        days.add(new BankHoliday(easter.minusDays(2), GOOD_FRIDAY));
        days.add(new BankHoliday(easter.plusDays(1), EASTER_MONDAY));
        days.add(new BankHoliday(may.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)), EARLY_MAY));
        days.add(new BankHoliday(may.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), SPRING));
        days.add(new BankHoliday(LocalDate.of(year, Month.AUGUST, 1)
                .with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), SUMMER));
        days.addAll(christmas(year));
        return days;
    }

    /** New Year's Day at a weekend is taken on the Monday after. */
    private static BankHoliday mondayIfWeekend(LocalDate date, String name) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> new BankHoliday(date.plusDays(2), name + SUBSTITUTE);
            case SUNDAY -> new BankHoliday(date.plusDays(1), name + SUBSTITUTE);
            default -> new BankHoliday(date, name);
        };
    }

    /**
     * Christmas Day and Boxing Day: one at a weekend is taken on the next weekday the other does not already take,
     * so the pair always gives two weekdays off, on 25 to 28 December.
     */
    private static List<BankHoliday> christmas(int year) {
        LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
        LocalDate boxing = christmas.plusDays(1);
        return switch (christmas.getDayOfWeek()) {
            // Boxing Day on Saturday: Monday 28.
            case FRIDAY -> List.of(new BankHoliday(christmas, CHRISTMAS_DAY),
                    new BankHoliday(christmas.plusDays(3), BOXING_DAY + SUBSTITUTE));
            // Both at the weekend: Christmas on Monday 27, Boxing Day on Tuesday 28.
            case SATURDAY -> List.of(new BankHoliday(christmas.plusDays(2), CHRISTMAS_DAY + SUBSTITUTE),
                    new BankHoliday(christmas.plusDays(3), BOXING_DAY + SUBSTITUTE));
            // Boxing Day keeps Monday 26, so Christmas moves to Tuesday 27.
            case SUNDAY -> List.of(new BankHoliday(boxing, BOXING_DAY),
                    new BankHoliday(christmas.plusDays(2), CHRISTMAS_DAY + SUBSTITUTE));
            default -> List.of(new BankHoliday(christmas, CHRISTMAS_DAY), new BankHoliday(boxing, BOXING_DAY));
        };
    }

    /** Easter Sunday in the Gregorian calendar, by the anonymous Gregorian (Meeus/Jones/Butcher) algorithm. */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
