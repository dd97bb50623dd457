package org.inspectra.childdata.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The day numbers the rules compare, worked out without making dates. */
class EntryTest {

    @Test
    void dayNumbersAreThoseOfLocalDateAndOnlyRealDatesHaveOne() {
        for (LocalDate d = LocalDate.of(1899, 12, 1); d.isBefore(LocalDate.of(2201, 1, 1)); d = d.plusDays(1)) {
            assertThat(Entry.epochDay(d.toString())).as(d.toString()).isEqualTo((int) d.toEpochDay());
        }
        assertThat(Entry.given(Entry.epochDay("2023-02-29"))).isFalse();
        assertThat(Entry.given(Entry.epochDay("2024-02-29"))).isTrue();
        assertThat(Entry.given(Entry.epochDay("1900-02-29"))).isFalse();
        assertThat(Entry.given(Entry.epochDay("2000-02-29"))).isTrue();
        assertThat(Entry.given(Entry.epochDay("21/09/2014"))).isFalse();
        assertThat(Entry.given(Entry.epochDay("2014-13-01"))).isFalse();
        assertThat(Entry.given(Entry.epochDay(null))).isFalse();
    }
}
