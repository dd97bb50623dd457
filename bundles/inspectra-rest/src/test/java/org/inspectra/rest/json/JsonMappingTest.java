package org.inspectra.rest.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import org.junit.jupiter.api.Test;

class JsonMappingTest {

    record Dated(LocalDate on, OffsetDateTime at) {
    }

    private final ObjectMapper json = JsonMapping.mapper();

    @Test
    void takesDatesAndInstantsAsApiMdWritesThem() throws Exception {
        Dated d = json.readValue("{\"on\":\"2026-05-11\",\"at\":\"2026-05-11T10:00:00+01:00\"}", Dated.class);
        assertThat(d.on()).isEqualTo(LocalDate.of(2026, 5, 11));
        assertThat(d.at().getHour()).isEqualTo(10);
    }

    @Test
    void refusesNumbersForDates() {
        assertThatThrownBy(() -> json.readValue("{\"on\":20260511}", Dated.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> json.readValue("{\"on\":-1}", Dated.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> json.readValue("{\"at\":1700000000}", Dated.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void refusesSignedYearsDateTimesForDatesImpossibleDaysAndYearZero() {
        for (String bad : new String[] {"-2026-05-11", "+2026-05-11", "2026-05-11T10:00:00Z", "2026-02-30",
                "0000-01-01", "20260-01-01", "2026-5-1", ""}) {
            assertThatThrownBy(() -> json.readValue("{\"on\":\"" + bad + "\"}", Dated.class))
                    .as(bad).isInstanceOf(InvalidFormatException.class);
        }
        for (String bad : new String[] {"-999999999-01-01T00:00:00Z", "2026-05-11T10:00:00", "2026-05-11",
                "0000-01-01T00:00:00Z"}) {
            assertThatThrownBy(() -> json.readValue("{\"at\":\"" + bad + "\"}", Dated.class))
                    .as(bad).isInstanceOf(InvalidFormatException.class);
        }
    }
}
