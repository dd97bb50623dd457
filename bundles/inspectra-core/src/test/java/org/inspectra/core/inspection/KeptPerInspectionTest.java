package org.inspectra.core.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.inspectra.api.framework.FrameworkKey;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.inspection.InspectionStatus;
import org.junit.jupiter.api.Test;

/** What is worked out from an inspection is kept only while the inspection is the same object and the rest equal. */
class KeptPerInspectionTest {

    private final KeptPerInspection<List<String>> kept = new KeptPerInspection<>(100);
    private final AtomicInteger works = new AtomicInteger();

    private record Source(Object framework, long tally) {
    }

    @Test
    void theSameInspectionAndAnEqualSourceKeepTheValue() {
        Inspection inspection = inspection("i-1", 1);
        Object framework = new Object();
        List<String> first = kept.get(inspection, new Source(framework, 3), work("a"));
        assertThat(kept.get(inspection, new Source(framework, 3), work("b"))).isSameAs(first);
        assertThat(works).hasValue(1);
    }

    @Test
    void anyChangeWorksItOutAgain() {
        Inspection inspection = inspection("i-1", 1);
        Object framework = new Object();
        kept.get(inspection, new Source(framework, 3), work("a"));
        assertThat(kept.get(inspection, new Source(framework, 4), work("tally"))).as("evidence added")
                .containsExactly("tally");
        assertThat(kept.get(inspection, new Source(new Object(), 4), work("framework")))
                .as("the framework version's bundle installed again").containsExactly("framework");
        Inspection graded = inspection("i-1", 2);
        assertThat(kept.get(graded, new Source(framework, 4), work("graded"))).as("a new row version")
                .containsExactly("graded");
        assertThat(kept.get(inspection("i-1", 2), new Source(framework, 4), work("read again")))
                .as("an equal inspection read again as another object").containsExactly("read again");
        assertThat(works).hasValue(5);
    }

    @Test
    void inspectionsAreKeptApart() {
        Object framework = new Object();
        Inspection one = inspection("i-1", 1);
        Inspection two = inspection("i-2", 1);
        kept.get(one, framework, work("one"));
        kept.get(two, framework, work("two"));
        assertThat(kept.get(one, framework, work("again"))).containsExactly("one");
        assertThat(kept.get(two, framework, work("again"))).containsExactly("two");
    }

    private Supplier<List<String>> work(String value) {
        return () -> {
            works.incrementAndGet();
            return List.of(value);
        };
    }

    private static Inspection inspection(String id, long version) {
        return new Inspection(id, "330", new FrameworkKey("testing", "1.0"), "standard", null, null, List.of(),
                null, null, InspectionStatus.NOTIFIED, null, LocalDate.of(2025, 9, 1), null, List.of(), "lead",
                Instant.EPOCH, version);
    }
}
