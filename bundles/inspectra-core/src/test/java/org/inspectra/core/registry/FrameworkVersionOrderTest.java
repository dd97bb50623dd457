package org.inspectra.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FrameworkVersionOrderTest {

    @Test
    void ordersNumericPartsAsNumbers() {
        List<String> versions = new ArrayList<>(List.of("2018.12", "2018.9", "2023.1", "2015.06", "2.0", "1.0",
                "2018.12-1"));
        versions.sort(FrameworkVersionOrder.INSTANCE);
        assertThat(versions).containsExactly("1.0", "2.0", "2015.06", "2018.9", "2018.12", "2018.12-1", "2023.1");
    }

    @Test
    void equalVersionsCompareEqual() {
        assertThat(FrameworkVersionOrder.INSTANCE.compare("2018.12", "2018.12")).isZero();
        assertThat(FrameworkVersionOrder.INSTANCE.compare("2018.12a", "2018.12b")).isNegative();
    }
}
