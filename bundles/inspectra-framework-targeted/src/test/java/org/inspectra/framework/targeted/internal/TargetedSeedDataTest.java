package org.inspectra.framework.targeted.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.inspectra.seed.SeedText.assertThatSeed;

import org.inspectra.api.framework.ChildListSpec;
import org.inspectra.api.framework.FieldSpec;
import org.inspectra.api.framework.FieldType;
import org.inspectra.seed.SeedText;
import org.junit.jupiter.api.Test;

/** The targeted data the SPI does not carry yet, held against its paragraphs. */
class TargetedSeedDataTest {

    private final SeedText seed = SeedText.of("003");

    @Test
    void seaEntriesWithinTwoWorkingDaysAndAllByTheEndOfDay13() {
        EvidenceDeadlines sea = EvidenceDeadlines.SEA;
        assertThat(sea).extracting(EvidenceDeadlines::entryWithinWorkingDays, EvidenceDeadlines::collectionEndsDay,
                        EvidenceDeadlines::allEntriesMadeByDay, EvidenceDeadlines::allEntriesCompleteByDay,
                        EvidenceDeadlines::source)
                .containsExactly(2, 12, 12, 13, "003 §9 (table), §76-78");
        assertThatSeed(seed.paragraph(76)).contains("They should record summaries of their evaluations in the summary "
                + "of evidence and analysis (SEA).");
        assertThatSeed(seed.paragraph(77)).startsWith("77. The SEA is the shared record of inspectors' evaluations");
        assertThatSeed(seed.paragraph(78))
                .contains("Inspectors should complete SEA entries within two days of collecting the evidence.")
                .contains("All SEA entries must be made before the team meeting on Thursday afternoon where "
                        + "provisional findings are agreed")
                .contains("All SEA entries should be completed by the end of the day on Friday of Week three");
        // The table: Thursday of week three is day 12, the Friday day 13.
        assertThatSeed(seed.paragraph(9))
                .contains("onsite activity (evidence collection ceases at 3.00pm on day 12) Day 12 – team meets in "
                        + "the afternoon to agree provisional findings")
                .contains("ensure that their evidence records are fully up to date.");
    }

    @Test
    void anEntryIsDueTwoDaysAfterItsEvidenceButBeforeTheProvisionalFindingsMeeting() {
        EvidenceDeadlines sea = EvidenceDeadlines.SEA;
        assertThat(sea.entryDueDay(8)).isEqualTo(10);
        assertThat(sea.entryDueDay(9)).isEqualTo(11);
        assertThat(sea.entryDueDay(10)).isEqualTo(12);
        assertThat(sea.entryDueDay(11)).isEqualTo(12);
        assertThat(sea.entryDueDay(12)).isEqualTo(12);
        assertThatThrownBy(() -> sea.entryDueDay(13)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("day 12");
        assertThatThrownBy(() -> new EvidenceDeadlines(2, 12, 11, 13, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twentyChildrenByDayOneThenFiveToSevenOfThemByDayTwo() {
        assertThat(ChildSelection.STAGES).extracting(ChildSelection.Stage::id, ChildSelection.Stage::children,
                        ChildSelection.Stage::from, ChildSelection.Stage::byDay, ChildSelection.Stage::source)
                .containsExactly(
                        tuple("deep-dive-20", CountRange.exactly(20), "deep-dive-children", 1, "003 §9 (table), §21"),
                        tuple("la-evaluation", new CountRange(5, 7), "deep-dive-20", 2, "003 §9 (table), §21-22"));
        String table = seed.paragraph(9);
        assertThatSeed(table).contains("Wednesday 1 <b>By midday</b> – " + ChildSelection.STAGES.get(0).activity())
                .contains("<b>By 5pm</b> – " + ChildSelection.STAGES.get(1).activity()
                        + " by the end of the day 7.")
                .contains("Thursday 7 <b>By the end of the day</b> , the local authority provides their evaluations "
                        + "of children’s experiences.");
        assertThatSeed(seed.paragraph(21)).contains("The lead inspector will select 20 children from the deep dive "
                + "list").contains("the lead inspector will select five to seven children from these 20 and ask the "
                + "DCS to evaluate these children's experiences.");
        assertThat(ChildSelection.LA_EVALUATIONS_DUE_DAY).isEqualTo(7);
        assertThat(ChildSelection.stage("la-evaluation")).hasValueSatisfying(s -> {
            assertThat(s.children().contains(5)).isTrue();
            assertThat(s.children().contains(7)).isTrue();
            assertThat(s.children().contains(4)).isFalse();
            assertThat(s.children().contains(8)).isFalse();
            assertThat(ChildSelection.stage(s.from())).isPresent();
        });
        assertThat(ChildSelection.stage("pre-fieldwork")).isEmpty();
    }

    @Test
    void trackedChildrenAreThoseTheLocalAuthorityEvaluated() {
        assertThatSeed(seed.paragraph(55)).contains("Inspectors will track the individual experiences of the five to "
                + "seven children whose experiences the local authority was asked to evaluate");
        assertThat(ChildSelection.TRACKED).isEqualTo("la-evaluation");
    }

    @Test
    void balanceFactorsOfSection54() {
        String listed = "- " + String.join(" - ", ChildSelection.BALANCE.stream()
                .map(ChildSelection.Factor::text).toList()) + ".";
        assertThatSeed(seed.paragraph(54)).contains("will be adjusted to ensure a balance of: " + listed);
        assertThat(ChildSelection.BALANCE).extracting(ChildSelection.Factor::id).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @Test
    void theLetterGoesToTheDcsTheChiefExecutiveAndTheLscbChair() {
        assertThat(LetterOfFindings.RECIPIENTS).extracting(LetterOfFindings.Recipient::id)
                .containsExactly("dcs", "chief-executive", "lscb-chair");
        assertThatSeed(seed.paragraph(90)).startsWith("90. The letter will usually be addressed to the DCS, chief "
                + "executive and the Chair of the LSCB.");
        assertThatSeed(seed.paragraph(82)).contains("a letter addressed to the DCS and the Chair of the LSCB");
        assertThat(LetterOfFindings.RECIPIENTS).allSatisfy(r -> assertThatSeed(seed.text().toLowerCase())
                .contains(r.title().toLowerCase()));
        assertThatSeed(seed.text()).contains("Director of Children's Services (DCS)");
        assertThat(LetterOfFindings.RECIPIENTS_SOURCE).isEqualTo("003 §82, §90");
    }

    @Test
    void findingKindsAreStrengthsAreasForDevelopmentAndAreasForPriorityAction() {
        assertThat(LetterOfFindings.FINDING_KINDS)
                .extracting(LetterOfFindings.FindingKind::id, LetterOfFindings.FindingKind::title,
                        LetterOfFindings.FindingKind::source)
                .containsExactly(
                        tuple("strength", "Strengths", "003 §85"),
                        tuple("area-for-improvement", "Areas for development", "003 §86"),
                        tuple("priority-action", "Areas for priority action", "003 §87-88"));
        assertThatSeed(seed.text()).contains("### **Strengths and areas for development**")
                .contains("### **Areas for priority action**");
        assertThatSeed(seed.paragraph(85)).contains(LetterOfFindings.FINDING_KINDS.get(0).meaning());
        assertThatSeed(seed.paragraph(86)).contains(LetterOfFindings.FINDING_KINDS.get(1).meaning());
        assertThatSeed(seed.paragraph(87)).contains(LetterOfFindings.FINDING_KINDS.get(2).meaning());
    }

    @Test
    void priorityActionExamplesOfSection87() {
        String listed = "- " + String.join(" - ", LetterOfFindings.PRIORITY_ACTION_EXAMPLES) + ".";
        assertThatSeed(seed.paragraph(87)).endsWith("Examples of situations that could result in a priority action "
                + "are: " + listed);
        assertThat(LetterOfFindings.PRIORITY_ACTION_EXAMPLES).hasSize(7);
        assertThatSeed(seed.paragraph(88)).startsWith("88. This is not an exhaustive list.");
    }

    @Test
    void theDeepDiveListIsKeyedByUniqueIdentificationNumbers() {
        ChildListSpec list = TargetedChildLists.DEEP_DIVE;
        assertThat(TargetedChildLists.ALL).containsExactly(list);
        assertThat(list.id()).isEqualTo("deep-dive-children");
        assertThat(list.fields()).extracting(FieldSpec::id, FieldSpec::type, FieldSpec::required)
                .containsExactly(tuple("child-id", FieldType.CHILD_ID, true));
        assertThatSeed(seed.paragraph(19)).contains("Unique identification numbers, rather than full names, should "
                + "be used on the lists provided. The first list required will relate to the deep dive aspect of the "
                + "inspection.");
        assertThatSeed(seed.paragraph(9)).contains("DCS sends the lead inspector " + list.title().toLowerCase() + ".");
        assertThat(list.fields()).allSatisfy(f -> {
            assertThat(f.id()).doesNotContain("name");
            assertThat(f.title().toLowerCase()).doesNotContain("name");
        });
        // The same headings ILACS accepts for the key (000 §259), so one spreadsheet serves both frameworks.
        String ilacs = SeedText.of("000").text().toLowerCase();
        assertThat(TargetedChildLists.CHILD_ID.aliases())
                .allSatisfy(a -> assertThatSeed(ilacs).contains(a.toLowerCase()));
    }
}
