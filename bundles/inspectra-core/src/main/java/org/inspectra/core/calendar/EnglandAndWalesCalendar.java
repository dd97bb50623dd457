package org.inspectra.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.inspectra.api.calendar.BankHoliday;
import org.inspectra.api.calendar.WorkingDayCalendar;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Working days in England (DOMAIN.md, Days): Monday to Friday and not a bank holiday of England and Wales. The
 * bank holidays come from {@link BankHolidays}; administrators declare one-offs proclaimed after this release, or
 * cancel the days those move away from, through ConfigAdmin (pid {@value #PID}) without a new release.
 *
 * <p>Thread safe: every configuration builds one immutable {@link Snapshot}, published through a volatile field, and
 * each call reads that field once.
 */
@Component(service = WorkingDayCalendar.class, configurationPid = EnglandAndWalesCalendar.PID)
@Designate(ocd = EnglandAndWalesCalendar.Config.class)
public final class EnglandAndWalesCalendar implements WorkingDayCalendar {

    public static final String PID = "org.inspectra.calendar";

    @ObjectClassDefinition(id = PID, name = "Inspectra working-day calendar",
            description = "Bank holidays of England and Wales proclaimed or moved after this release")
    public @interface Config {

        @AttributeDefinition(name = "Additional bank holidays",
                description = "One-off bank holidays, each YYYY-MM-DD=Name, e.g. 2027-06-07=Some one-off holiday."
                        + " Must be Monday to Friday.")
        String[] additionalBankHolidays() default {};

        @AttributeDefinition(name = "Cancelled bank holidays",
                description = "Bank holidays that will not be taken, each YYYY-MM-DD: the date a proclamation moved"
                        + " a holiday away from (add the new date to the additional bank holidays).")
        String[] cancelledBankHolidays() default {};
    }

    private volatile Snapshot snapshot;

    @Activate
    public EnglandAndWalesCalendar(Config config) {
        this(Snapshot.of(Adjustments.parse(config.additionalBankHolidays(), config.cancelledBankHolidays())));
    }

    private EnglandAndWalesCalendar(Snapshot snapshot) {
        this.snapshot = snapshot;
    }

    /** The calendar with no administrator adjustments, for unit tests and callers outside OSGi. */
    public static EnglandAndWalesCalendar standard() {
        return new EnglandAndWalesCalendar(Snapshot.of(Adjustments.NONE));
    }

    /**
     * The calendar with administrator adjustments, outside OSGi; the entries are written as in the configuration.
     *
     * @throws IllegalArgumentException naming the first malformed entry
     */
    public static EnglandAndWalesCalendar withAdjustments(List<String> additionalBankHolidays,
                                                          List<String> cancelledBankHolidays) {
        return new EnglandAndWalesCalendar(Snapshot.of(Adjustments.parse(
                additionalBankHolidays.toArray(String[]::new), cancelledBankHolidays.toArray(String[]::new))));
    }

    /**
     * A new configuration replaces the snapshot whole. A malformed one throws before anything is replaced, so the
     * calendar keeps answering with the previous configuration (SCR logs the exception).
     */
    @Modified
    void modified(Config config) {
        snapshot = Snapshot.of(Adjustments.parse(config.additionalBankHolidays(), config.cancelledBankHolidays()));
    }

    /** The configuration's snapshot: a new configuration is a new snapshot. */
    @Override
    public Object configuration() {
        return snapshot;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return snapshot.isWorkingDay(Objects.requireNonNull(date, "date"));
    }

    @Override
    public LocalDate addWorkingDays(LocalDate from, int days) {
        Objects.requireNonNull(from, "from");
        Snapshot holidays = snapshot; // one configuration for the whole count
        LocalDate indexed = holidays.index().addWorkingDays(from, days);
        if (indexed != null) {
            return indexed;
        }
        int step = days < 0 ? -1 : 1;
        long left = Math.abs((long) days); // long: Math.abs(Integer.MIN_VALUE) is negative
        LocalDate date = from;
        while (left > 0) {
            date = date.plusDays(step);
            if (holidays.isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    /**
     * The standing rules hold from the first Gregorian year; a margin of ten years on either side leaves room for the
     * timelines frameworks count back from or forward to a date, and the last year keeps dates within four digits.
     */
    @Override
    public LocalDate firstDay() {
        return LocalDate.of(BankHolidays.FIRST_GREGORIAN_YEAR + 10, 1, 1);
    }

    @Override
    public LocalDate lastDay() {
        return LocalDate.of(9989, 12, 31);
    }

    @Override
    public Optional<BankHoliday> bankHoliday(LocalDate date) {
        return snapshot.holiday(Objects.requireNonNull(date, "date"));
    }

    @Override
    public List<BankHoliday> bankHolidays(int year) {
        return snapshot.year(year);
    }

    /**
     * The bank holidays under one configuration: the tabulated years, the indexed span (1990 to 2100) and any year
     * with an additional holiday are computed up front; other years (rarely asked for) are computed on each call.
     * The index counts the span's working days so that adding working days within it is a search, not a walk.
     */
    private record Snapshot(Adjustments adjustments, Map<Integer, List<BankHoliday>> byYear,
                            Map<LocalDate, BankHoliday> byDate, WorkingDayIndex index) {

        /** The years whose working days are counted up front: every inspection's timeline falls in them. */
        static final LocalDate INDEXED_FROM = LocalDate.of(1990, 1, 1);
        static final LocalDate INDEXED_TO = LocalDate.of(2100, 12, 31);

        static Snapshot of(Adjustments adjustments) {
            Set<Integer> years = new HashSet<>();
            for (int year = BankHolidays.FIRST_TABULATED_YEAR; year <= BankHolidays.LAST_TABULATED_YEAR; year++) {
                years.add(year);
            }
            adjustments.additional().keySet().forEach(date -> years.add(date.getYear()));
            Map<Integer, List<BankHoliday>> byYear = new HashMap<>();
            Map<LocalDate, BankHoliday> byDate = new HashMap<>();
            for (int year : years) {
                List<BankHoliday> holidays = adjustments.apply(year);
                byYear.put(year, holidays);
                holidays.forEach(h -> byDate.put(h.date(), h));
            }
            for (int year = INDEXED_FROM.getYear(); year <= INDEXED_TO.getYear(); year++) {
                if (!byYear.containsKey(year)) {
                    List<BankHoliday> holidays = adjustments.apply(year);
                    byYear.put(year, holidays);
                    holidays.forEach(h -> byDate.put(h.date(), h));
                }
            }
            Snapshot walking = new Snapshot(adjustments, Map.copyOf(byYear), Map.copyOf(byDate), null);
            return new Snapshot(adjustments, walking.byYear, walking.byDate,
                    WorkingDayIndex.of(INDEXED_FROM, INDEXED_TO, walking::isWorkingDay));
        }

        List<BankHoliday> year(int year) {
            List<BankHoliday> holidays = byYear.get(year);
            return holidays != null ? holidays : adjustments.apply(year);
        }

        Optional<BankHoliday> holiday(LocalDate date) {
            if (byYear.containsKey(date.getYear())) {
                return Optional.ofNullable(byDate.get(date));
            }
            return year(date.getYear()).stream().filter(h -> h.date().equals(date)).findFirst();
        }

        boolean isWorkingDay(LocalDate date) {
            Boolean indexed = index == null ? null : index.isWorkingDay(date);
            if (indexed != null) {
                return indexed;
            }
            DayOfWeek day = date.getDayOfWeek();
            return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && holiday(date).isEmpty();
        }
    }

    /**
     * What administrators declared beyond the rules. Entries that overlap the rules are tolerated, so a
     * configuration written before a release that tabulates the same one-off keeps working: an additional date that
     * is already a bank holiday keeps its published name, and cancelling a date that is not one changes nothing.
     */
    private record Adjustments(Map<LocalDate, String> additional, Set<LocalDate> cancelled) {

        static final Adjustments NONE = new Adjustments(Map.of(), Set.of());

        static final String ADDITIONAL = "additionalBankHolidays";
        static final String CANCELLED = "cancelledBankHolidays";

        static Adjustments parse(String[] additionalEntries, String[] cancelledEntries) {
            Map<LocalDate, String> additional = new LinkedHashMap<>();
            for (String entry : nonBlank(additionalEntries)) {
                int eq = entry.indexOf('=');
                if (eq < 0 || entry.substring(eq + 1).isBlank()) {
                    throw invalid(ADDITIONAL, entry, "is not YYYY-MM-DD=Name");
                }
                LocalDate date = date(ADDITIONAL, entry, entry.substring(0, eq));
                if (date.getYear() < BankHolidays.FIRST_GREGORIAN_YEAR) {
                    throw invalid(ADDITIONAL, entry, "is before " + BankHolidays.FIRST_GREGORIAN_YEAR);
                }
                if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    throw invalid(ADDITIONAL, entry, "falls on a " + date.getDayOfWeek()
                            + "; bank holidays are Monday to Friday");
                }
                if (additional.putIfAbsent(date, entry.substring(eq + 1).strip()) != null) {
                    throw invalid(ADDITIONAL, entry, "repeats the date " + date);
                }
            }
            Set<LocalDate> cancelled = new HashSet<>();
            for (String entry : nonBlank(cancelledEntries)) {
                LocalDate date = date(CANCELLED, entry, entry);
                if (additional.containsKey(date)) {
                    throw invalid(CANCELLED, entry, "is also in " + ADDITIONAL);
                }
                cancelled.add(date);
            }
            return new Adjustments(Map.copyOf(additional), Set.copyOf(cancelled));
        }

        /** The bank holidays of a year: the rules and one-offs, less the cancelled, plus the additional. */
        List<BankHoliday> apply(int year) {
            List<BankHoliday> holidays = new ArrayList<>();
            Set<LocalDate> taken = new HashSet<>();
            for (BankHoliday holiday : BankHolidays.of(year)) {
                if (!cancelled.contains(holiday.date())) {
                    holidays.add(holiday);
                    taken.add(holiday.date());
                }
            }
            additional.forEach((date, name) -> {
                if (date.getYear() == year && !taken.contains(date)) {
                    holidays.add(new BankHoliday(date, name));
                }
            });
            holidays.sort(Comparator.comparing(BankHoliday::date));
            return List.copyOf(holidays);
        }

        /** Blank entries are skipped: a .cfg line {@code additionalBankHolidays=} or a metatype default gives one. */
        private static List<String> nonBlank(String[] entries) {
            return entries == null ? List.of()
                    : Arrays.stream(entries).filter(e -> e != null && !e.isBlank()).toList();
        }

        private static LocalDate date(String property, String entry, String text) {
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(message(property, entry, "is not a date YYYY-MM-DD"), e);
            }
        }

        private static IllegalArgumentException invalid(String property, String entry, String problem) {
            return new IllegalArgumentException(message(property, entry, problem));
        }

        private static String message(String property, String entry, String problem) {
            return "Configuration " + PID + ", " + property + ": entry '" + entry + "' " + problem;
        }
    }
}
