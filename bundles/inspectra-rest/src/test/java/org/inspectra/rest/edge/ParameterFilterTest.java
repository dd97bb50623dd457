package org.inspectra.rest.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParameterFilterTest {

    @Test
    void anIdMatchesExactlyOrNamesNothing() {
        assertThat(ParameterFilter.exactId("0b6f1e0c-9a4e-4c1e-8f53-1c7e0c6d1a2b")).isTrue();
        assertThat(ParameterFilter.exactId("CH/0042.a_b-c")).isTrue();
        assertThat(ParameterFilter.exactId("0b6f1e0c ")).isFalse();
        assertThat(ParameterFilter.exactId(" 330")).isFalse();
        assertThat(ParameterFilter.exactId("a\u0000b")).isFalse();
        assertThat(ParameterFilter.exactId("a\u00a0")).isFalse();
        assertThat(ParameterFilter.exactId("")).isFalse();
        assertThat(ParameterFilter.exactId("x".repeat(129))).isFalse();
    }
}
