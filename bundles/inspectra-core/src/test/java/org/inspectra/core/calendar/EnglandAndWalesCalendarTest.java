package org.inspectra.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.inspectra.api.calendar.BankHoliday;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Working days as the platform rule defines them (DOMAIN.md, Days): Monday to Friday and not a bank holiday of
 * England and Wales, the bank holidays being those gov.uk publishes (https://www.gov.uk/bank-holidays); see
 * {@link BankHolidaysTest} for the published lists.
 */
class EnglandAndWalesCalendarTest {

    private final EnglandAndWalesCalendar calendar = EnglandAndWalesCalendar.standard();

    @Test
    void theStandardCalendarHasTheBankHolidaysOfEnglandAndWales() {
        IntStream.rangeClosed(2010, 2035).forEach(year ->
                assertThat(calendar.bankHolidays(year)).as("%d", year).isEqualTo(BankHolidays.of(year)));
        assertThat(calendar.bankHolidays(2040)).isEqualTo(BankHolidays.of(2040));
        assertThat(calendar.bankHoliday(date("2023-05-08"))).map(BankHoliday::name)
                .contains("Bank holiday for the coronation of King Charles III");
        assertThat(calendar.bankHoliday(date("2040-12-25"))).map(BankHoliday::name).contains("Christmas Day");
        assertThat(calendar.bankHoliday(date("2023-05-09"))).isEmpty();
    }

    @ParameterizedTest(name = "{0} working: {1}")
    @CsvSource({
        "2025-09-03, true",   // a Wednesday
        "2025-09-06, false",  // Saturday
        "2025-09-07, false",  // Sunday
        "2025-08-25, false",  // Summer bank holiday
        "2026-12-28, false",  // Boxing Day (substitute day)
        "2011-04-29, false",  // Royal wedding
        "2012-06-04, false",  // Spring bank holiday, moved for the Diamond Jubilee
        "2012-06-05, false",  // Queen's Diamond Jubilee
        "2020-05-08, false",  // Early May bank holiday, moved for VE day
        "2022-06-02, false",  // Spring bank holiday, moved for the Platinum Jubilee
        "2022-06-03, false",  // Platinum Jubilee bank holiday
        "2022-09-19, false",  // State Funeral of Queen Elizabeth II
        "2023-05-08, false",  // coronation of King Charles III
        "2012-05-28, true",   // the days those proclamations moved holidays away from are working days
        "2020-05-04, true",
        "2022-05-30, true"})
    void workingDays(String date, boolean working) {
        assertThat(calendar.isWorkingDay(date(date))).isEqualTo(working);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        "2025-09-03,  0, 2025-09-03",  // day 0 is the anchor itself
        "2025-09-06,  0, 2025-09-06",  // even a Saturday
        "2025-12-25,  0, 2025-12-25",  // even a bank holiday
        "2025-09-05,  1, 2025-09-08",  // Friday to Monday, over the weekend
        "2025-09-03,  5, 2025-09-10",  // a working week
        "2025-09-06,  1, 2025-09-08",  // from a Saturday, day 1 is the Monday
        "2025-08-22,  1, 2025-08-26",  // over the weekend and the summer bank holiday
        "2025-04-17,  1, 2025-04-22",  // over Good Friday, the weekend and Easter Monday
        "2025-04-17,  3, 2025-04-24",
        "2025-12-24,  1, 2025-12-29",  // over Christmas Day and Boxing Day
        "2025-12-24,  4, 2026-01-02",  // and over New Year's Day
        "2026-12-24,  1, 2026-12-29",  // Boxing Day's substitute on Monday 28
        "2027-12-24,  1, 2027-12-29",  // both substitutes, Monday 27 and Tuesday 28
        "2025-09-08, -1, 2025-09-05",  // counting back over the weekend
        "2025-04-22, -1, 2025-04-17",  // back over Easter
        "2026-01-02, -4, 2025-12-24",  // back over New Year and Christmas
        "2025-09-07, -1, 2025-09-05",  // from a Sunday, day -1 is the Friday
        "2024-12-31, 253, 2025-12-31"}) // 2025 has 261 weekdays less 8 bank holidays
    void addsWorkingDays(String from, int days, String expected) {
        assertThat(calendar.addWorkingDays(date(from), days)).isEqualTo(expected);
    }

    @Test
    void countingBackUndoesCountingForward() {
        for (LocalDate from = date("2022-12-01"); from.isBefore(date("2023-02-01")); from = from.plusDays(1)) {
            if (!calendar.isWorkingDay(from)) {
                continue;
            }
            for (int days = 1; days <= 15; days++) {
                LocalDate to = calendar.addWorkingDays(from, days);
                assertThat(calendar.isWorkingDay(to)).isTrue();
                assertThat(calendar.addWorkingDays(to, -days)).as("%s + %d", from, days).isEqualTo(from);
            }
        }
    }

    @Test
    void anAdditionalHolidayIsNotAWorkingDay() {
        EnglandAndWalesCalendar configured = new EnglandAndWalesCalendar(
                config(List.of("2027-06-07=Some one-off holiday"), List.of()));
        assertThat(configured.isWorkingDay(date("2027-06-07"))).isFalse();
        assertThat(configured.bankHoliday(date("2027-06-07"))).map(BankHoliday::name).contains("Some one-off holiday");
        assertThat(configured.bankHolidays(2027)).hasSize(9)
                .extracting(BankHoliday::date).isSortedAccordingTo(LocalDate::compareTo).contains(date("2027-06-07"));
        assertThat(configured.addWorkingDays(date("2027-06-04"), 1)).isEqualTo("2027-06-08");
        // Beyond the tabulated years as well.
        EnglandAndWalesCalendar later = EnglandAndWalesCalendar.withAdjustments(List.of("2040-06-05=Later"), List.of());
        assertThat(later.isWorkingDay(date("2040-06-05"))).isFalse();
    }

    @Test
    void aCancelledHolidayIsAWorkingDay() {
        // A proclamation moving the 2027 spring holiday: cancel the rule date, add the new one.
        EnglandAndWalesCalendar configured = new EnglandAndWalesCalendar(
                config(List.of("2027-06-07=Spring bank holiday"), List.of("2027-05-31")));
        assertThat(configured.isWorkingDay(date("2027-05-31"))).isTrue();
        assertThat(configured.bankHoliday(date("2027-05-31"))).isEmpty();
        assertThat(configured.isWorkingDay(date("2027-06-07"))).isFalse();
        assertThat(configured.bankHolidays(2027)).hasSize(8);
        // The standard calendar is not affected.
        assertThat(calendar.isWorkingDay(date("2027-05-31"))).isFalse();
    }

    @Test
    void entriesOverlappingTheRulesAreHarmless() {
        // So configuration written before a release tabulates the same one-off keeps working after it.
        EnglandAndWalesCalendar configured = new EnglandAndWalesCalendar(
                config(List.of("2023-05-08=Coronation"), List.of("2023-05-10")));
        assertThat(configured.bankHolidays(2023)).isEqualTo(BankHolidays.of(2023));
    }

    @Test
    void aModifiedConfigurationReplacesThePreviousOne() {
        EnglandAndWalesCalendar configured =
                new EnglandAndWalesCalendar(config(List.of("2027-06-07=One-off"), List.of()));
        configured.modified(config(List.of(), List.of("2027-05-31")));
        assertThat(configured.isWorkingDay(date("2027-06-07"))).isTrue();
        assertThat(configured.isWorkingDay(date("2027-05-31"))).isTrue();
        // A malformed modification is refused and the previous configuration stays.
        assertThatThrownBy(() -> configured.modified(config(List.of("nonsense"), List.of())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(configured.isWorkingDay(date("2027-05-31"))).isTrue();
    }

    @Test
    void anEmptyConfigurationIsTheStandardCalendar() {
        assertThat(new EnglandAndWalesCalendar(config(null, null)).bankHolidays(2025)).isEqualTo(BankHolidays.of(2025));
        // "additionalBankHolidays=" in a .cfg file, or the metatype default, arrives as one empty string.
        assertThat(new EnglandAndWalesCalendar(config(List.of(""), List.of(" "))).bankHolidays(2025))
                .isEqualTo(BankHolidays.of(2025));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "2027-13-01=Nope|'2027-13-01=Nope' is not a date YYYY-MM-DD",
        "2027-06-07|'2027-06-07' is not YYYY-MM-DD=Name",
        "\"2027-06-07=  \"|'2027-06-07=  ' is not YYYY-MM-DD=Name",
        "7 June 2027=One-off|'7 June 2027=One-off' is not a date YYYY-MM-DD",
        "2027-06-05=Saturday one-off|'2027-06-05=Saturday one-off' falls on a SATURDAY"})
    void refusesMalformedAdditionalHolidays(String entry, String message) {
        assertThatThrownBy(() -> new EnglandAndWalesCalendar(config(List.of(entry), List.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("additionalBankHolidays")
                .hasMessageContaining(message);
    }

    @Test
    void refusesMalformedOrContradictoryEntries() {
        assertThatThrownBy(() -> new EnglandAndWalesCalendar(config(List.of(), List.of("someday"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cancelledBankHolidays").hasMessageContaining("'someday' is not a date");
        assertThatThrownBy(() -> new EnglandAndWalesCalendar(
                config(List.of("2027-06-07=One", "2027-06-07=Two"), List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'2027-06-07=Two' repeats");
        assertThatThrownBy(() -> new EnglandAndWalesCalendar(
                config(List.of("2027-06-07=One-off"), List.of("2027-06-07"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'2027-06-07' is also in additionalBankHolidays");
        assertThatThrownBy(() -> EnglandAndWalesCalendar.withAdjustments(List.of(), List.of("2027-31-05")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2027-31-05");
    }

    /** The configuration as SCR hands it over from ConfigAdmin (pid org.inspectra.calendar). */
    private static EnglandAndWalesCalendar.Config config(List<String> additional, List<String> cancelled) {
        String[] added = additional == null ? null : additional.toArray(String[]::new);
        String[] gone = cancelled == null ? null : cancelled.toArray(String[]::new);
        return new EnglandAndWalesCalendar.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return EnglandAndWalesCalendar.Config.class;
            }

            @Override
            public String[] additionalBankHolidays() {
                return added;
            }

            @Override
            public String[] cancelledBankHolidays() {
                return gone;
            }
        };
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
