package org.inspectra.rest.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.inspectra.rest.json.JsonMapping;
import org.junit.jupiter.api.Test;

class SerialisedValuesTest {

    private final ObjectMapper mapper = JsonMapping.mapper();
    private final SerialisedValues<List<String>> serialised =
            new SerialisedValues<>(grades -> Map.of("grades", grades), 10);

    @Test
    void writesWhatTheProviderWouldWriteOfTheView() throws Exception {
        List<String> grades = List.of("good", "requires \"improvement\" — now");
        assertThat(new String(serialised.json("i-1", grades), StandardCharsets.UTF_8))
                .isEqualTo(mapper.writeValueAsString(Map.of("grades", grades)));
    }

    @Test
    void keepsTheJsonWhileCoreAnswersTheSameObject() {
        List<String> grades = List.of("good");
        byte[] first = serialised.json("i-1", grades);
        assertThat(serialised.json("i-1", grades)).isSameAs(first);
        List<String> regraded = new ArrayList<>(List.of("inadequate"));
        assertThat(serialised.json("i-1", regraded)).asString(StandardCharsets.UTF_8).contains("inadequate");
        assertThat(serialised.json("i-1", List.copyOf(regraded))).as("an equal value, another object: written again")
                .isNotSameAs(serialised.json("i-1", regraded));
    }

    @Test
    void keysAreKeptApart() {
        List<String> grades = List.of("good");
        byte[] one = serialised.json("i-1", grades);
        byte[] two = serialised.json("i-2", grades);
        assertThat(serialised.json("i-1", grades)).isSameAs(one);
        assertThat(serialised.json("i-2", grades)).isSameAs(two);
    }
}
