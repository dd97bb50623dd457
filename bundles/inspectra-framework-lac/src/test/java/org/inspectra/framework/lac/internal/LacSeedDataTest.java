package org.inspectra.framework.lac.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.inspectra.seed.SeedText.assertThatSeed;

import org.inspectra.seed.SeedText;
import org.junit.jupiter.api.Test;

/** The LAC data the SPI does not carry yet, held against its paragraphs. */
class LacSeedDataTest {

    private final SeedText seed = SeedText.of("002");

    @Test
    void twoSelectionStagesOfSection30() {
        assertThat(CaseSelection.STAGES).extracting(CaseSelection.Stage::id, CaseSelection.Stage::minimumCases,
                        CaseSelection.Stage::minimumCareLeavers, CaseSelection.Stage::distinctFrom,
                        CaseSelection.Stage::auditedByLocalAuthority, CaseSelection.Stage::source)
                .containsExactly(
                        tuple("pre-fieldwork", 8, 3, null, true, "002 §30"),
                        tuple("fieldwork", 12, 4, "pre-fieldwork", false, "002 §30"));
        String section30 = seed.paragraph(30);
        assertThatSeed(section30)
                .contains("At least eight cases (three of which will be care leavers) "
                        + CaseSelection.STAGES.get(0).when() + ".")
                .contains("The local authority will be expected to carry out an audit of the eight or more selected")
                .contains("At least a further 12 cases (four of which will be care leavers) will be "
                        + CaseSelection.STAGES.get(1).when() + ".")
                .endsWith("- " + CaseSelection.AUDIT_SCRUTINY);
    }

    @Test
    void aStageIsMetByAtLeastItsCasesAndCareLeavers() {
        CaseSelection.Stage first = CaseSelection.stage("pre-fieldwork").orElseThrow();
        assertThat(first.satisfiedBy(8, 3)).isTrue();
        assertThat(first.satisfiedBy(10, 5)).isTrue();
        assertThat(first.satisfiedBy(7, 3)).isFalse();
        assertThat(first.satisfiedBy(8, 2)).isFalse();
        assertThat(first.satisfiedBy(8, 9)).isFalse();
        CaseSelection.Stage second = CaseSelection.stage("fieldwork").orElseThrow();
        assertThat(second.satisfiedBy(12, 4)).isTrue();
        assertThat(second.satisfiedBy(11, 4)).isFalse();
        assertThat(second.satisfiedBy(12, 3)).isFalse();
        assertThat(CaseSelection.stage("deep-dive-20")).isEmpty();
        assertThatThrownBy(() -> new CaseSelection.Stage("x", "", 3, 4, null, false, "002 §30"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void teamNoticeSiteDaysAndSurveys() {
        assertThatSeed(seed.paragraph(7)).contains("is usually 10 working days.");
        assertThat(InspectionArrangements.MAXIMUM_NOTICE_WORKING_DAYS).isEqualTo(10);
        assertThatSeed(seed.paragraph(10)).contains("Inspection teams will normally consist of at least four Ofsted "
                + "inspectors. Inspectors will usually be on site for up to five working days.");
        assertThat(InspectionArrangements.MINIMUM_INSPECTORS).isEqualTo(4);
        assertThat(InspectionArrangements.MAXIMUM_WORKING_DAYS_ON_SITE).isEqualTo(5);
        assertThatSeed(seed.paragraph(13)).contains("surveys of children in the authority's care and recent care "
                + "leavers").contains("These will involve children aged eight years and over");
        assertThat(InspectionArrangements.SURVEY_MINIMUM_AGE).isEqualTo(8);
        assertThatSeed(seed.paragraph(23)).contains("four days after notification of the inspection");
        assertThat(InspectionArrangements.SET_UP_MEETING_DAYS_AFTER_NOTIFICATION).isEqualTo(4);
        assertThatSeed(seed.paragraph(50)).contains("up to 30 calendar days from the date of publication");
        assertThat(InspectionArrangements.COMPLAINT_CALENDAR_DAYS_AFTER_PUBLICATION).isEqualTo(30);
    }
}
