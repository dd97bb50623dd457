package org.inspectra.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

/** The index answers exactly as walking day by day would, and leaves to the walk what falls outside its span. */
class WorkingDayIndexTest {

    private static final LocalDate FROM = LocalDate.of(2019, 12, 20);
    private static final LocalDate TO = LocalDate.of(2021, 1, 10);
    private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2019, 12, 25), LocalDate.of(2019, 12, 26),
            LocalDate.of(2020, 1, 1), LocalDate.of(2020, 4, 10), LocalDate.of(2020, 4, 13), LocalDate.of(2020, 5, 8),
            LocalDate.of(2020, 12, 25), LocalDate.of(2020, 12, 28), LocalDate.of(2021, 1, 1));
    private static final Predicate<LocalDate> WORKING = d -> d.getDayOfWeek() != DayOfWeek.SATURDAY
            && d.getDayOfWeek() != DayOfWeek.SUNDAY && !HOLIDAYS.contains(d);

    private final WorkingDayIndex index = WorkingDayIndex.of(FROM, TO, WORKING);

    @Test
    void agreesWithTheWalkEverywhereInItsSpan() {
        for (LocalDate from = FROM; !from.isAfter(TO); from = from.plusDays(1)) {
            assertThat(index.isWorkingDay(from)).isEqualTo(WORKING.test(from));
            for (int days = -30; days <= 30; days++) {
                LocalDate walked = walk(from, days);
                LocalDate indexed = index.addWorkingDays(from, days);
                if (walked.isBefore(FROM) || walked.isAfter(TO)) {
                    assertThat(indexed).as("%s %+d leaves the span", from, days).isNull();
                } else {
                    assertThat(indexed).as("%s %+d", from, days).isEqualTo(walked);
                }
            }
        }
    }

    @Test
    void agreesWithTheWalkOverLongCounts() {
        Random random = new Random(13);
        for (int i = 0; i < 2_000; i++) {
            LocalDate from = FROM.plusDays(random.nextInt((int) (TO.toEpochDay() - FROM.toEpochDay()) + 1));
            int days = random.nextInt(601) - 300;
            LocalDate walked = walk(from, days);
            LocalDate indexed = index.addWorkingDays(from, days);
            assertThat(indexed).as("%s %+d", from, days)
                    .isEqualTo(walked.isBefore(FROM) || walked.isAfter(TO) ? null : walked);
        }
    }

    @Test
    void datesOutsideTheSpanAreLeftToTheWalk() {
        for (LocalDate outside : List.of(FROM.minusDays(1), TO.plusDays(1))) {
            assertThat(index.isWorkingDay(outside)).isNull();
            assertThat(index.addWorkingDays(outside, 3)).isNull();
        }
        assertThat(index.addWorkingDays(FROM, 0)).isEqualTo(FROM);
    }

    /** Christmas 2020 (000 timelines count across it): Thursday 24th, 5 working days on is Tuesday 5 January. */
    @Test
    void countsAcrossChristmas() {
        assertThat(index.addWorkingDays(LocalDate.of(2020, 12, 24), 5)).isEqualTo(LocalDate.of(2021, 1, 5));
        assertThat(index.addWorkingDays(LocalDate.of(2021, 1, 5), -5)).isEqualTo(LocalDate.of(2020, 12, 24));
    }

    private static LocalDate walk(LocalDate from, int days) {
        int step = days < 0 ? -1 : 1;
        int left = Math.abs(days);
        LocalDate date = from;
        while (left > 0) {
            date = date.plusDays(step);
            if (WORKING.test(date)) {
                left--;
            }
        }
        return date;
    }
}
