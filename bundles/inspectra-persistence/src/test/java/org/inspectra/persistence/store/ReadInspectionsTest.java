package org.inspectra.persistence.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.inspectra.api.framework.FrameworkKey;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.inspection.InspectionStatus;
import org.junit.jupiter.api.Test;

class ReadInspectionsTest {

    @Test
    void answersOnlyAtTheVersionRemembered() {
        ReadInspections read = new ReadInspections(10);
        read.remember(inspection("a", 3));
        assertThat(read.at("a", 3)).isNotNull();
        assertThat(read.at("a", 4)).isNull();
        assertThat(read.at("b", 3)).isNull();
    }

    @Test
    void anOlderVersionNeverReplacesANewerOne() {
        ReadInspections read = new ReadInspections(10);
        read.remember(inspection("a", 5));
        read.remember(inspection("a", 4));
        assertThat(read.at("a", 5)).isNotNull();
        assertThat(read.at("a", 4)).isNull();
        read.remember(inspection("a", 6));
        assertThat(read.at("a", 6)).isNotNull();
        Inspection same = read.at("a", 6);
        assertThat(read.remember(inspection("a", 6))).as("unchanged, the inspection stays the same object")
                .isSameAs(same);
    }

    @Test
    void staysWithinItsCapacity() {
        ReadInspections read = new ReadInspections(50);
        for (int i = 0; i < 1_000; i++) {
            read.remember(inspection("i" + i, 0));
        }
        assertThat(read.size()).isLessThanOrEqualTo(50);
        assertThat(read.at("i999", 0)).isNotNull();
    }

    private static Inspection inspection(String id, long version) {
        return new Inspection(id, "330", new FrameworkKey("ilacs", "2018.12"), "standard", null, null, List.of(),
                null, null, InspectionStatus.NOTIFIED, null, LocalDate.of(2025, 9, 1), null, List.of(), "lead",
                Instant.EPOCH, version);
    }
}
