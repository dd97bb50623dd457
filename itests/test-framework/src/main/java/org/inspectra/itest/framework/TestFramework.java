package org.inspectra.itest.framework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.inspectra.api.framework.ChildListSpec;
import org.inspectra.api.framework.Criterion;
import org.inspectra.api.framework.FieldSpec;
import org.inspectra.api.framework.FieldType;
import org.inspectra.api.framework.FrameworkDefinition;
import org.inspectra.api.framework.FrameworkDescriptor;
import org.inspectra.api.framework.Grade;
import org.inspectra.api.framework.GradeDescriptor;
import org.inspectra.api.framework.InspectionFramework;
import org.inspectra.api.framework.InspectionType;
import org.inspectra.api.framework.Judgement;
import org.inspectra.api.framework.JudgementKind;
import org.inspectra.api.framework.JudgementRule;
import org.inspectra.api.framework.MilestoneRule;
import org.inspectra.api.framework.RuleBreach;
import org.inspectra.api.framework.RuleStrength;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The framework {@code testing}, for integration tests only. Its version comes from the bundle's
 * {@code Inspectra-Test-Framework-Version} header, so one source builds both versions; version 2.0 adds a second
 * inspection type, which lets a test see which version an inspection is pinned to.
 */
@Component(service = InspectionFramework.class)
public final class TestFramework implements InspectionFramework {

    private final FrameworkDefinition definition;

    @Activate
    public TestFramework(BundleContext context) {
        String version = context.getBundle().getHeaders().get("Inspectra-Test-Framework-Version");
        this.definition = definition(version);
    }

    static FrameworkDefinition definition(String version) {
        InspectionType visit = new InspectionType("visit", "Test visit", true, "test §1", List.of(
                MilestoneRule.workingDays("fieldwork-start", "Fieldwork starts", MilestoneRule.NOTIFICATION, 5,
                        "test §2"),
                MilestoneRule.workingDays("fieldwork-end", "Fieldwork ends", "fieldwork-start", 4, "test §2"),
                MilestoneRule.workingDays("publication", "Published", "fieldwork-end", 10, "test §3"),
                MilestoneRule.calendarDays("complaints-close", "Complaints close", "publication", 30, "test §4")));
        InspectionType quick = new InspectionType("quick-visit", "Quick visit (version 2 only)", false, "test §5",
                List.of(MilestoneRule.workingDays("fieldwork-start", "Fieldwork starts", MilestoneRule.NOTIFICATION,
                        1, "test §5")));
        List<InspectionType> types = version.startsWith("1") ? List.of(visit) : List.of(visit, quick);
        return new FrameworkDefinition(
                new FrameworkDescriptor("testing", version, "Test framework " + version, LocalDate.of(2020, 1, 1),
                        "test"),
                List.of(new Grade("good", "Good"), new Grade("inadequate", "Inadequate")),
                types,
                List.of(new Judgement("overall", "Overall", JudgementKind.OVERALL, "test §6"),
                        new Judgement("practice", "Practice", JudgementKind.KEY, "test §6")),
                List.of(new Criterion("practice-quality", "Quality of practice", "practice", "test §7",
                        List.of(new GradeDescriptor("good", List.of("Practice is good."), "test §7")))),
                List.of(new ChildListSpec("list-1", "Children", "test §8", true, List.of(
                        new FieldSpec("child-id", "Child ID", FieldType.CHILD_ID, true, List.of(), List.of())))));
    }

    @Override
    public FrameworkDefinition definition() {
        return definition;
    }

    @Override
    public List<JudgementRule> judgementRules() {
        return List.of(new JudgementRule() {
            @Override
            public String id() {
                return "overall-inadequate-when-practice-inadequate";
            }

            @Override
            public RuleStrength strength() {
                return RuleStrength.HARD;
            }

            @Override
            public String source() {
                return "test §9";
            }

            @Override
            public Optional<RuleBreach> check(Map<String, String> grades) {
                if ("inadequate".equals(grades.get("practice")) && "good".equals(grades.get("overall"))) {
                    return Optional.of(new RuleBreach(id(), "overall", strength(),
                            "overall is inadequate where practice is", source()));
                }
                return Optional.empty();
            }
        });
    }
}
