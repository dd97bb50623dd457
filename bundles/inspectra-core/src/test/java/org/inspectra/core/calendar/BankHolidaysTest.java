package org.inspectra.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.inspectra.api.calendar.BankHoliday;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bank holidays of England and Wales, which decide working days (platform rule: DOMAIN.md, Days). The expected
 * lists are the published truth: the bank holidays for England and Wales on gov.uk (https://www.gov.uk/bank-holidays
 * and its archived editions for the earlier years), dates and names as published there.
 */
class BankHolidaysTest {

    @Test
    void publishedList2023() {
        assertThat(BankHolidays.of(2023)).containsExactly(
                holiday("2023-01-02", "New Year’s Day (substitute day)"),
                holiday("2023-04-07", "Good Friday"),
                holiday("2023-04-10", "Easter Monday"),
                holiday("2023-05-01", "Early May bank holiday"),
                holiday("2023-05-08", "Bank holiday for the coronation of King Charles III"),
                holiday("2023-05-29", "Spring bank holiday"),
                holiday("2023-08-28", "Summer bank holiday"),
                holiday("2023-12-25", "Christmas Day"),
                holiday("2023-12-26", "Boxing Day"));
    }

    @Test
    void publishedList2024() {
        assertThat(BankHolidays.of(2024)).containsExactly(
                holiday("2024-01-01", "New Year’s Day"),
                holiday("2024-03-29", "Good Friday"),
                holiday("2024-04-01", "Easter Monday"),
                holiday("2024-05-06", "Early May bank holiday"),
                holiday("2024-05-27", "Spring bank holiday"),
                holiday("2024-08-26", "Summer bank holiday"),
                holiday("2024-12-25", "Christmas Day"),
                holiday("2024-12-26", "Boxing Day"));
    }

    @Test
    void publishedList2025() {
        assertThat(BankHolidays.of(2025)).containsExactly(
                holiday("2025-01-01", "New Year’s Day"),
                holiday("2025-04-18", "Good Friday"),
                holiday("2025-04-21", "Easter Monday"),
                holiday("2025-05-05", "Early May bank holiday"),
                holiday("2025-05-26", "Spring bank holiday"),
                holiday("2025-08-25", "Summer bank holiday"),
                holiday("2025-12-25", "Christmas Day"),
                holiday("2025-12-26", "Boxing Day"));
    }

    @Test
    void publishedList2026() {
        assertThat(BankHolidays.of(2026)).containsExactly(
                holiday("2026-01-01", "New Year’s Day"),
                holiday("2026-04-03", "Good Friday"),
                holiday("2026-04-06", "Easter Monday"),
                holiday("2026-05-04", "Early May bank holiday"),
                holiday("2026-05-25", "Spring bank holiday"),
                holiday("2026-08-31", "Summer bank holiday"),
                holiday("2026-12-25", "Christmas Day"),
                holiday("2026-12-28", "Boxing Day (substitute day)"));
    }

    @Test
    void publishedList2027() {
        assertThat(BankHolidays.of(2027)).containsExactly(
                holiday("2027-01-01", "New Year’s Day"),
                holiday("2027-03-26", "Good Friday"),
                holiday("2027-03-29", "Easter Monday"),
                holiday("2027-05-03", "Early May bank holiday"),
                holiday("2027-05-31", "Spring bank holiday"),
                holiday("2027-08-30", "Summer bank holiday"),
                holiday("2027-12-27", "Christmas Day (substitute day)"),
                holiday("2027-12-28", "Boxing Day (substitute day)"));
    }

    @Test
    void royalWedding2011() {
        assertThat(BankHolidays.of(2011)).extracting(BankHoliday::date).containsExactly(
                date("2011-01-03"), date("2011-04-22"), date("2011-04-25"), date("2011-04-29"), date("2011-05-02"),
                date("2011-05-30"), date("2011-08-29"), date("2011-12-26"), date("2011-12-27"));
        assertThat(BankHolidays.of(2011)).contains(holiday("2011-04-29", "Royal wedding"));
    }

    @Test
    void diamondJubilee2012MovedTheSpringHoliday() {
        assertThat(BankHolidays.of(2012)).extracting(BankHoliday::date).containsExactly(
                date("2012-01-02"), date("2012-04-06"), date("2012-04-09"), date("2012-05-07"), date("2012-06-04"),
                date("2012-06-05"), date("2012-08-27"), date("2012-12-25"), date("2012-12-26"));
        assertThat(BankHolidays.of(2012)).contains(holiday("2012-06-04", "Spring bank holiday"),
                holiday("2012-06-05", "Queen’s Diamond Jubilee"));
        assertThat(BankHolidays.of(2012)).extracting(BankHoliday::date).doesNotContain(date("2012-05-28"));
    }

    @Test
    void veDay2020MovedTheEarlyMayHoliday() {
        assertThat(BankHolidays.of(2020)).extracting(BankHoliday::date).containsExactly(
                date("2020-01-01"), date("2020-04-10"), date("2020-04-13"), date("2020-05-08"), date("2020-05-25"),
                date("2020-08-31"), date("2020-12-25"), date("2020-12-28"));
        assertThat(BankHolidays.of(2020)).contains(holiday("2020-05-08", "Early May bank holiday (VE day)"));
        assertThat(BankHolidays.of(2020)).extracting(BankHoliday::date).doesNotContain(date("2020-05-04"));
    }

    @Test
    void platinumJubileeAndStateFuneral2022() {
        assertThat(BankHolidays.of(2022)).extracting(BankHoliday::date).containsExactly(
                date("2022-01-03"), date("2022-04-15"), date("2022-04-18"), date("2022-05-02"), date("2022-06-02"),
                date("2022-06-03"), date("2022-08-29"), date("2022-09-19"), date("2022-12-26"), date("2022-12-27"));
        assertThat(BankHolidays.of(2022)).contains(
                holiday("2022-06-02", "Spring bank holiday"),
                holiday("2022-06-03", "Platinum Jubilee bank holiday"),
                holiday("2022-09-19", "Bank Holiday for the State Funeral of Queen Elizabeth II"));
        assertThat(BankHolidays.of(2022)).extracting(BankHoliday::date).doesNotContain(date("2022-05-30"));
    }

    @Test
    void coronation2023IsAnExtraDayTheEarlyMayHolidayStays() {
        assertThat(BankHolidays.of(2023)).extracting(BankHoliday::date)
                .contains(date("2023-05-01"), date("2023-05-08"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tabulatedYears")
    void eightAYearPlusTheExtraDays(int year) {
        int expected = switch (year) {
            case 2011, 2012, 2023 -> 9; // royal wedding; Diamond Jubilee (spring holiday moved, not added); coronation
            case 2022 -> 10;            // Platinum Jubilee (spring holiday moved, one added) and the State Funeral
            default -> 8;               // 2020's VE day moved the early May holiday: still 8
        };
        assertThat(BankHolidays.of(year)).hasSize(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tabulatedYears")
    void weekdaysOfTheYearInDateOrder(int year) {
        List<BankHoliday> holidays = BankHolidays.of(year);
        assertThat(holidays).extracting(BankHoliday::date)
                .isSortedAccordingTo(LocalDate::compareTo)
                .doesNotHaveDuplicates()
                .allSatisfy(d -> {
                    assertThat(d.getYear()).isEqualTo(year);
                    assertThat(d.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                });
        // Christmas and Boxing Day always give two days off between 25 and 28 December.
        assertThat(holidays).filteredOn(h -> h.name().startsWith("Christmas") || h.name().startsWith("Boxing"))
                .extracting(h -> h.date().getDayOfMonth()).hasSize(2).allSatisfy(d -> assertThat(d).isBetween(25, 28));
    }

    @ParameterizedTest(name = "Christmas {0}")
    @CsvSource(delimiter = '|', value = {
        // Christmas on a Thursday: no substitutes.
        "2025|2025-12-25|Christmas Day|2025-12-26|Boxing Day",
        // Christmas on a Friday: Boxing Day (Saturday) moves to Monday 28.
        "2020|2020-12-25|Christmas Day|2020-12-28|Boxing Day (substitute day)",
        // Christmas on a Saturday: Christmas on Monday 27, Boxing Day on Tuesday 28.
        "2021|2021-12-27|Christmas Day (substitute day)|2021-12-28|Boxing Day (substitute day)",
        // Christmas on a Sunday: Boxing Day keeps Monday 26, Christmas moves to Tuesday 27.
        "2022|2022-12-26|Boxing Day|2022-12-27|Christmas Day (substitute day)"})
    void christmasSubstitutes(int year, String first, String firstName, String second, String secondName) {
        assertThat(BankHolidays.of(year)).endsWith(holiday(first, firstName), holiday(second, secondName));
    }

    @ParameterizedTest(name = "New Year {0}")
    @CsvSource({
        "2022, 2022-01-03, New Year’s Day (substitute day)",  // Saturday
        "2023, 2023-01-02, New Year’s Day (substitute day)",  // Sunday
        "2030, 2030-01-01, New Year’s Day"})                  // Tuesday
    void newYearSubstitutes(int year, String date, String name) {
        assertThat(BankHolidays.of(year).get(0)).isEqualTo(holiday(date, name));
    }

    @ParameterizedTest(name = "Easter {0}")
    @CsvSource({
        "2000, 2000-04-23", "2008, 2008-03-23", "2010, 2010-04-04", "2011, 2011-04-24", "2019, 2019-04-21",
        "2024, 2024-03-31", "2025, 2025-04-20", "2038, 2038-04-25", "2285, 2285-03-22", "1818, 1818-03-22"})
    void easterSunday(int year, String date) {
        assertThat(BankHolidays.easterSunday(year)).isEqualTo(date);
    }

    @Test
    void yearsOutsideTheTableAreComputedByRule() {
        assertThat(BankHolidays.of(2040)).extracting(BankHoliday::date).containsExactly(
                date("2040-01-02"), date("2040-03-30"), date("2040-04-02"), date("2040-05-07"), date("2040-05-28"),
                date("2040-08-27"), date("2040-12-25"), date("2040-12-26"));
        assertThatThrownBy(() -> BankHolidays.of(1200)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1200");
    }

    static IntStream tabulatedYears() {
        return IntStream.rangeClosed(BankHolidays.FIRST_TABULATED_YEAR, BankHolidays.LAST_TABULATED_YEAR);
    }

    private static BankHoliday holiday(String date, String name) {
        return new BankHoliday(date(date), name);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
