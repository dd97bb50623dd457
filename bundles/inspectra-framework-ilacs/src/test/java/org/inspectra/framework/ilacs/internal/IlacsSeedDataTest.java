package org.inspectra.framework.ilacs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectra.framework.ilacs.internal.Seed.assertThatSeed;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The ILACS question sets, focused-visit topics and other lists, held against their paragraphs. */
class IlacsSeedDataTest {

    private final String seed = Seed.text();

    @Test
    void shortInspectionSelfEvaluationAndReportQuestions() {
        assertThat(IlacsQuestions.SHORT_INSPECTION).hasSize(3);
        assertThatSeed(seed).contains("In a short inspection, inspectors will seek to answer three questions: "
                + String.join(" ", IlacsQuestions.SHORT_INSPECTION));
        assertThatSeed(seed).contains("The self-evaluation should answer three questions: "
                + String.join(" ", IlacsQuestions.SELF_EVALUATION));
        assertThatSeed(seed).contains("a brief summary that answers these questions: "
                + String.join(" ", IlacsQuestions.REPORT_FIRST_PAGE));
    }

    @Test
    void focusedVisitTopicsAndTheFiveAspects() {
        assertThat(FocusedVisitTopics.TOPICS).hasSize(6);
        List<String> words = new ArrayList<>();
        for (FocusedVisitTopics.Topic topic : FocusedVisitTopics.TOPICS) {
            words.add(topic.title() + ":");
            words.addAll(topic.aspects());
        }
        // The whole of §106's list, in order, as one run of text (the seed ends each topic's list with a full stop).
        String run = String.join(" ", words);
        assertThatSeed(seed.replace(". Children in need", " Children in need").replace(". Protection", " Protection")
                .replace(". Children in care:", " Children in care:").replace(". Planning", " Planning")
                .replace(". Care leavers:", " Care leavers:")).contains(run);
        assertThatSeed(seed).contains("inspectors will evaluate the effectiveness of: "
                + String.join(" ", FocusedVisitTopics.ALWAYS_EVALUATED) + ".");
        assertThat(FocusedVisitTopics.ALWAYS_EVALUATED).hasSize(5);
        assertThat(FocusedVisitTopics.TOPIC_CHOSEN_FROM).allSatisfy(t -> assertThatSeed(seed).contains(t));
        assertThat(FocusedVisitTopics.topic("front-door")).isPresent();
        assertThat(FocusedVisitTopics.TOPICS).extracting(FocusedVisitTopics.Topic::id).doesNotHaveDuplicates();
    }

    @Test
    void annexADocumentsNumberedWithoutGaps() {
        List<String> expected = new ArrayList<>();
        int[] counts = {13, 5, 12};
        for (int section = 1; section <= 3; section++) {
            for (int n = 1; n <= counts[section - 1]; n++) {
                expected.add(String.format("%d.%02d", section, n));
            }
        }
        assertThat(AnnexADocuments.ALL).extracting(AnnexADocuments.Document::number)
                .containsExactlyElementsOf(expected);
        for (AnnexADocuments.Document d : AnnexADocuments.ALL) {
            String item = d.number() + " " + d.title()
                    + (d.details().isEmpty() ? "" : " " + String.join(" ", d.details()));
            assertThatSeed(seed).as(d.number()).contains(item);
            assertThatSeed(seed).contains(d.section());
        }
        assertThat(AnnexADocuments.document("2.05")).hasValueSatisfying(d -> assertThat(d.details()).hasSize(5));
    }

    @Test
    void annexBRequestTypesAndColumns() {
        assertThat(AnnexBRequests.TYPES).extracting(AnnexBRequests.RequestType::id)
                .containsExactly("case-information", "general", "line-of-enquiry", "other");
        assertThatSeed(seed).contains("Type of request Case information General Line of enquiry Other");
        assertThat(AnnexBRequests.COLUMNS).allSatisfy(c -> assertThatSeed(seed).contains(c));
    }

    @Test
    void pathwaysByLastGrade() {
        assertThat(Pathways.forLastGrade("outstanding")).hasValueSatisfying(p -> {
            assertThat(p.number()).isEqualTo(1);
            assertThat(p.nextInspection()).isEqualTo("short");
            assertThat(p.instead()).isEqualTo("standard");
        });
        assertThat(Pathways.forLastGrade("good")).map(Pathways.Pathway::number).hasValue(1);
        assertThat(Pathways.forLastGrade("requires-improvement")).hasValueSatisfying(p -> {
            assertThat(p.number()).isEqualTo(2);
            assertThat(p.nextInspection()).isEqualTo("standard");
            assertThat(p.focusedVisitsBetween()).isEqualTo(CountRange.upTo(2));
        });
        assertThat(Pathways.forLastGrade("inadequate")).hasValueSatisfying(p -> {
            assertThat(p.number()).isEqualTo(3);
            assertThat(p.window()).isNull();
            assertThat(p.monitoringVisits()).isEqualTo(new CountRange(4, 6));
        });
        assertThat(Pathways.forLastGrade("adequate")).isEmpty();
        for (Pathways.Pathway p : Pathways.ALL) {
            assertThatSeed(seed).contains(p.title());
            assertThat(p.activities()).allSatisfy(a -> assertThatSeed(seed).contains(a));
        }
        assertThatSeed(seed).contains("within six months before or six months after the three-year anniversary")
                .contains("between four and six monitoring visits before the re-inspection")
                .contains("three or four monitoring visits a year")
                .contains("about 30 working days after the local authority has received its inspection report")
                .contains(Pathways.NO_START_OVER_CHRISTMAS_AND_NEW_YEAR);
        assertThat(Pathways.THREE_YEARS).isEqualTo(new Pathways.Window(36, 6));
        assertThat(Pathways.MONITORING.visitsPerYear()).isEqualTo(new CountRange(3, 4));
    }

    @Test
    void selectionFactorsAndThresholds() {
        assertThat(SelectionFactors.FACTORS).hasSize(6).allSatisfy(f -> assertThatSeed(seed).contains(f.text()));
        assertThat(SelectionFactors.FACTORS).filteredOn(SelectionFactors.Factor::mustInclude)
                .extracting(SelectionFactors.Factor::id)
                .containsExactly("abuse-exploitation-missing", "large-sibling-group");
        assertThatSeed(seed).contains("inspectors will test the following thresholds: "
                + String.join(" ", SelectionFactors.THRESHOLDS) + ".");
        // Footnote 25 of §154, which the cleaned text leaves out with the other footnotes.
        assertThatSeed(Seed.raw())
                .contains("This is practice usually not longer than six months prior to the inspection.");
        assertThatSeed(seed).contains(SelectionFactors.LEAD_INSPECTOR_ALSO)
                .contains("identify six to 12 cases the local authority has already audited");
        assertThat(SelectionFactors.AUDITED_CASES.contains(6)).isTrue();
        assertThat(SelectionFactors.AUDITED_CASES.contains(13)).isFalse();
    }
}
