package org.inspectra.framework.ilacs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.inspectra.api.framework.Pathway;
import org.junit.jupiter.api.Test;

/** The pathways as the platform reads them through the SPI ({@code 000 §13-24}, §128). */
class PathwaySpiTest {

    private final IlacsFramework ilacs = new IlacsFramework();

    @Test
    void goodOrOutstandingLeadsToAShortInspectionAboutThreeYearsOn() {
        for (String grade : new String[] {"outstanding", "good"}) {
            Pathway p = ilacs.pathwayAfter(grade).orElseThrow();
            assertThat(p.number()).isEqualTo(1);
            assertThat(p.nextInspection()).isEqualTo("short");
            assertThat(p.instead()).isEqualTo("standard");
            assertThat(p.windowMonthsAfterLast()).isEqualTo(36);
            assertThat(p.windowPlusOrMinusMonths()).isEqualTo(6);
            assertThat(p.monitoringVisitsMax()).isZero();
            assertThat(p.monitoringVisitsPerYearMax()).isZero();
        }
    }

    @Test
    void requiresImprovementLeadsToAStandardInspectionWithUpToTwoFocusedVisits() {
        Pathway p = ilacs.pathwayAfter("requires-improvement").orElseThrow();
        assertThat(p.number()).isEqualTo(2);
        assertThat(p.nextInspection()).isEqualTo("standard");
        assertThat(p.focusedVisitsMax()).isEqualTo(2);
    }

    @Test
    void inadequateLeadsToMonitoringVisitsThenAStandardInspection() {
        Pathway p = ilacs.pathwayAfter("inadequate").orElseThrow();
        assertThat(p.number()).isEqualTo(3);
        assertThat(p.windowMonthsAfterLast()).isZero();
        assertThat(p.monitoringVisitsMin()).isEqualTo(4);
        assertThat(p.monitoringVisitsMax()).isEqualTo(6);
        assertThat(p.monitoringVisitsPerYearMin()).isEqualTo(3);
        assertThat(p.monitoringVisitsPerYearMax()).isEqualTo(4);
        assertThat(p.firstMonitoringVisitWithinMonthsOfActionPlan()).isEqualTo(3);
        assertThat(p.constraints()).anySatisfy(c -> assertThat(c).contains("Christmas"))
                .anySatisfy(c -> assertThat(c).contains("August"));
    }

    @Test
    void anUnknownGradeHasNoPathway() {
        assertThat(ilacs.pathwayAfter("adequate")).isEmpty();
    }
}
