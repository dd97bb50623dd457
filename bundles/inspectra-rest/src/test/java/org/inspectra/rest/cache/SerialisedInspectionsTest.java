package org.inspectra.rest.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.inspectra.api.framework.FrameworkKey;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.inspection.InspectionStatus;
import org.inspectra.api.inspection.Milestone;
import org.inspectra.api.inspection.TeamMember;
import org.inspectra.rest.json.JsonMapping;
import org.inspectra.rest.representation.InspectionView;
import org.junit.jupiter.api.Test;

class SerialisedInspectionsTest {

    private final ObjectMapper mapper = JsonMapping.mapper();
    private final SerialisedInspections serialised = new SerialisedInspections();
    private final List<Milestone> timeline = List.of(
            new Milestone("notification", "Notification", LocalDate.of(2025, 9, 1), "000 §1"),
            new Milestone("fieldwork-start", "Fieldwork \"starts\" — on site", LocalDate.of(2025, 9, 8), "000 §2"));

    @Test
    void writesWhatTheProviderWouldWrite() throws Exception {
        Inspection inspection = inspection(3, "lead");
        byte[] json = serialised.json(inspection, timeline);
        assertThat(new String(json, StandardCharsets.UTF_8))
                .isEqualTo(mapper.writeValueAsString(InspectionView.of(inspection, timeline)));
    }

    @Test
    void keepsTheJsonWhileTheInspectionAndTimelineAreTheSameObjects() {
        Inspection inspection = inspection(3, "lead");
        byte[] first = serialised.json(inspection, timeline);
        assertThat(serialised.json(inspection, timeline)).isSameAs(first);

        Inspection changed = inspection(4, "other-lead");
        assertThat(serialised.json(changed, timeline)).isNotSameAs(first)
                .asString(StandardCharsets.UTF_8).contains("other-lead");
        List<Milestone> later = List.of(new Milestone("notification", "Notification", LocalDate.of(2025, 9, 2), "s"));
        assertThat(serialised.json(changed, later)).asString(StandardCharsets.UTF_8).contains("2025-09-02")
                .doesNotContain("fieldwork-start");
    }

    @Test
    void joinsAPageIntoAJsonArray() throws Exception {
        byte[] page = serialised.page(List.of(serialised.json(inspection(1, "a"), timeline),
                serialised.json(inspection(2, "b"), timeline)));
        JsonNode array = mapper.readTree(page);
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(2);
        assertThat(array.get(1).path("team").get(0).path("user").asText()).isEqualTo("b");
        assertThat(mapper.readTree(serialised.page(List.of())).isEmpty()).isTrue();
    }

    @Test
    void anUnchangedPageIsTheSameArrayAndAChangedOneIsJoinedAfresh() {
        Inspection a = inspection(1, "a");
        Inspection b = inspection(1, "b");
        byte[] first = serialised.page(List.of(serialised.json(a, timeline), serialised.json(b, timeline)));
        assertThat(serialised.page(List.of(serialised.json(a, timeline), serialised.json(b, timeline))))
                .isSameAs(first);

        // Another order, or one inspection written afresh, is another page.
        assertThat(serialised.page(List.of(serialised.json(b, timeline), serialised.json(a, timeline))))
                .isNotSameAs(first);
        Inspection laterB = inspection(2, "b");
        byte[] changed = serialised.page(List.of(serialised.json(a, timeline), serialised.json(laterB, timeline)));
        assertThat(changed).isNotSameAs(first);
        assertThat(serialised.page(List.of(serialised.json(a, timeline), serialised.json(laterB, timeline))))
                .isSameAs(changed);
    }

    private static Inspection inspection(long version, String lead) {
        return new Inspection("i-" + lead, "330", new FrameworkKey("ilacs", "2018.12"), "standard", null, null,
                List.of(), null, null, InspectionStatus.NOTIFIED, null, LocalDate.of(2025, 9, 1), null,
                List.of(new TeamMember(lead, "lead-inspector")), "lead", Instant.parse("2025-08-01T09:00:00Z"),
                version);
    }
}
