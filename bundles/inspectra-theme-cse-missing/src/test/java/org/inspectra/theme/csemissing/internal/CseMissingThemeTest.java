package org.inspectra.theme.csemissing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectra.seed.SeedText.assertThatSeed;

import java.util.HashSet;
import java.util.Set;

import org.inspectra.api.framework.Criterion;
import org.inspectra.api.framework.FieldSpec;
import org.inspectra.api.theme.InformationItem;
import org.inspectra.api.theme.SelectionHint;
import org.inspectra.api.theme.ThemeDefinition;
import org.inspectra.seed.SeedText;
import org.junit.jupiter.api.Test;

/** The theme's data held against the seed text it is derived from. */
class CseMissingThemeTest {

    private static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    private final SeedText targeted = SeedText.of("003");
    private final SeedText ilacs = SeedText.of("000");
    private final SeedText sif = SeedText.of("004");
    private final ThemeDefinition definition = new CseMissingTheme().definition();

    @Test
    void theFirstThemeOfAnnexAServesTargetedInspections() {
        assertThat(definition.key().toString()).isEqualTo("targeted/cse-missing@2016.01");
        assertThat(definition.source()).isEqualTo("003 Annex A");
        String annexTitle = "t" + definition.title().substring(1);
        assertThatSeed(targeted.text()).contains("### List of deep dive investigation themes - " + annexTitle + ":");
        assertThatSeed(targeted.paragraph(4)).contains("Each targeted inspection includes a 'deep dive' theme.");
    }

    @Test
    void thresholdsAsRelevantToTheDeepDive() {
        assertThatSeed(targeted.paragraph(52)).startsWith("52. " + CseMissingCriteria.THRESHOLDS.title() + ", "
                + "including:");
    }

    @Test
    void underTheAbuseAndVulnerabilityHeadingOfIlacs() {
        String paragraph = ilacs.paragraph(248);
        String heading = "Identifying and responding to all types of abuse recognising the vulnerability of specific "
                + "groups of children.";
        assertThatSeed(paragraph).contains(heading);
        String underHeading = paragraph.substring(paragraph.indexOf(heading));
        assertThatSeed(underHeading)
                .contains(CseMissingCriteria.COORDINATED_RESPONSE.title() + ".35")
                .contains(CseMissingCriteria.URGENT_PLAN.title() + ".")
                .contains(CseMissingCriteria.VULNERABILITY.title() + ". This includes (but not exhaustively) "
                        + "disabled children, children who are privately fostered, children not attending school, "
                        + "vulnerable adolescents and children at risk of radicalisation or exploitation")
                .contains("35 " + CseMissingCriteria.NOT_IN_EDUCATION.title() + ".");
    }

    @Test
    void risksOfGoingMissingOrSexualExploitationForChildrenLookedAfter() {
        String text = sif.text();
        int paragraph31 = text.indexOf("31. A local authority is likely to be judged good if:");
        int paragraph32 = text.indexOf("32. ", paragraph31);
        assertThat(paragraph31).isPositive();
        assertThatSeed(text.substring(paragraph31, paragraph32))
                .contains(CseMissingCriteria.RISKS_KNOWN.title() + ". There are plans and help in place that are "
                        + "reducing the risk of harm or actual harm");
    }

    @Test
    void strategyAndQualityAssuranceFromTheInformationIlacsRequests() {
        assertThatSeed(ilacs.paragraph(258)).startsWith("258. The child-level data lists we request are:");
        assertThat(CseMissingCriteria.STRATEGY.title())
                .startsWith("Child sexual exploitation or missing strategies and associated action plans, ")
                .endsWith(", and the performance management and quality assurance information used to monitor and "
                        + "develop practice in these areas of work");
        assertThatSeed(item202())
                .contains("any child sexual exploitation or missing strategies and associated action plans")
                .contains("the most recent performance management and quality assurance information used to monitor "
                        + "and develop practice in these areas of work");
    }

    @Test
    void criteriaHaveUniqueThemeIdsAndGradeNothing() {
        assertThat(CseMissingCriteria.ALL).hasSize(7).extracting(Criterion::id)
                .allMatch(id -> id.matches(PATTERN) && id.startsWith("cse-missing-")).doesNotHaveDuplicates();
        assertThat(CseMissingCriteria.ALL).allSatisfy(c -> {
            assertThat(c.judgement()).isNull();
            assertThat(c.descriptors()).isEmpty();
            assertThat(c.source()).matches("00[034] §\\d+.*");
        });
        assertThat(definition.criteria()).isEqualTo(CseMissingCriteria.ALL);
    }

    @Test
    void theDeepDiveListHasTheColumnsOfItem202() {
        assertThat(definition.childList().id()).isEqualTo("cse-missing-children");
        assertThat(definition.childList().fields()).extracting(FieldSpec::id).containsExactly("child-id",
                "date-of-birth", "current-status", "missing", "at-risk-of-sexual-exploitation");
        assertThatSeed(item202())
                .contains("the unique ID and dates of birth (where available) for children who have been missing or "
                        + "at risk of sexual exploitation within the last 12 months")
                .contains("current status of these children (care leaver, looked after child, child protection, "
                        + "child in need or not receiving a statutory service)");
        assertThat(CseMissingChildList.STATUSES).hasSize(5).allMatch(s -> s.matches(PATTERN));
        assertThatSeed(targeted.paragraph(19)).contains("Unique identification numbers, rather than full names");
    }

    @Test
    void informationRequestIsWordForWordIlacsAnnexA() {
        Set<String> ids = new HashSet<>();
        for (InformationItem item : definition.informationRequest()) {
            assertThat(ids.add(item.id())).isTrue();
            assertThat(item.id()).matches(PATTERN);
            String inSeed = lowerFirst(item.title());
            if (item.source().endsWith("2.02)")) {
                assertThatSeed(item202()).contains(inSeed);
            } else {
                assertThatSeed(ilacs.text()).contains("2.05 " + item.title() + ".");
            }
        }
        assertThat(ids).hasSize(5);
    }

    @Test
    void selectionHintsAreTheSeedsWords() {
        for (SelectionHint hint : definition.selectionHints()) {
            assertThat(hint.id()).matches(PATTERN);
            if (hint.source().startsWith("003")) {
                assertThatSeed(targeted.paragraph(54)).contains("- " + hint.text());
            } else {
                assertThatSeed(item202()).contains(hint.text());
            }
        }
        assertThatSeed(targeted.paragraph(20)).contains("particular contextual issues faced by the local authority in "
                + "relation to the deep dive theme");
    }

    /** ILACS Annex A item 2.02, from its number to the next item's. */
    private String item202() {
        String text = ilacs.text();
        int start = text.indexOf("2.02 Information about children missing from home or care");
        assertThat(start).isPositive();
        return text.substring(start, text.indexOf("2.03 ", start));
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
