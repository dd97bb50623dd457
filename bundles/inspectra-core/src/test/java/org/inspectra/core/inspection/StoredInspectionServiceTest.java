package org.inspectra.core.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.inspectra.api.authority.LocalAuthority;
import org.inspectra.api.authority.LocalAuthorityChange;
import org.inspectra.api.authority.LocalAuthorityService;
import org.inspectra.api.error.ConflictException;
import org.inspectra.api.error.ForbiddenException;
import org.inspectra.api.error.InspectraException;
import org.inspectra.api.error.InvalidInputException;
import org.inspectra.api.error.RuleViolationException;
import org.inspectra.api.error.Violation;
import org.inspectra.api.framework.AddedStatus;
import org.inspectra.api.framework.ChildListSpec;
import org.inspectra.api.framework.Criterion;
import org.inspectra.api.framework.FrameworkDefinition;
import org.inspectra.api.framework.FrameworkDescriptor;
import org.inspectra.api.framework.FrameworkKey;
import org.inspectra.api.framework.Grade;
import org.inspectra.api.framework.InspectionFramework;
import org.inspectra.api.framework.InspectionType;
import org.inspectra.api.framework.MilestoneRule;
import org.inspectra.api.framework.Topic;
import org.inspectra.api.framework.UnpublishedFirstVisit;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.inspection.InspectionQuery;
import org.inspectra.api.inspection.InspectionStatus;
import org.inspectra.api.inspection.Milestone;
import org.inspectra.api.inspection.NewInspection;
import org.inspectra.api.inspection.TeamMember;
import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;
import org.inspectra.api.registry.FrameworkRegistry;
import org.inspectra.api.registry.FrameworkStatus;
import org.inspectra.api.registry.ProvidingBundle;
import org.inspectra.api.registry.RegisteredFramework;
import org.inspectra.api.security.Caller;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.FindingStore;
import org.inspectra.api.store.InspectionStore;
import org.inspectra.api.theme.DeepDiveTheme;
import org.inspectra.api.theme.RegisteredTheme;
import org.inspectra.api.theme.ThemeDefinition;
import org.inspectra.api.theme.ThemeKey;
import org.inspectra.api.theme.ThemeRegistry;
import org.inspectra.api.finding.Finding;
import org.inspectra.api.finding.FindingKind;
import org.junit.jupiter.api.Test;

class StoredInspectionServiceTest {

    private static final Caller LEAD = new Caller("lead", Set.of("lead-inspector"));
    private static final Caller INSPECTOR = new Caller("inspector", Set.of("inspector"));

    private final MemoryStore store = new MemoryStore();
    private final Map<FrameworkKey, FrameworkStatus> installed = new HashMap<>();
    private final MemoryFindings findings = new MemoryFindings();
    private final List<RegisteredTheme> themes = new ArrayList<>();
    private final StoredInspectionService service = new StoredInspectionService(store, findings, registry(),
            themeRegistry(), authorities(), new WeekdayCalendar(),
            Clock.fixed(Instant.parse("2025-08-18T09:00:00Z"), ZoneOffset.UTC));

    @Test
    void pinsTheNewestActiveVersionWhenNoneIsNamed() {
        installed.put(new FrameworkKey("testing", "1.0"), FrameworkStatus.ACTIVE);
        installed.put(new FrameworkKey("testing", "2.0"), FrameworkStatus.ACTIVE);
        installed.put(new FrameworkKey("testing", "3.0"), FrameworkStatus.RETIRED);

        Inspection opened = service.open(request(null), LEAD);

        assertThat(opened.framework()).isEqualTo(new FrameworkKey("testing", "2.0"));
        assertThat(opened.team()).containsExactly(new TeamMember("lead", "lead-inspector"));
        assertThat(store.audit).extracting(AuditEntry::action).containsExactly("inspection.opened");
        assertThat(service.milestones(opened.id())).extracting(m -> m.due().toString())
                .containsExactly("2025-08-18", "2025-08-25");
    }

    @Test
    void refusesARetiredOrUnknownVersionAndAnUnknownType() {
        installed.put(new FrameworkKey("testing", "1.0"), FrameworkStatus.RETIRED);
        assertThat(codes(() -> service.open(request("1.0"), LEAD))).containsExactly("framework-version-retired");
        assertThat(codes(() -> service.open(request("9.9"), LEAD))).containsExactly("unknown-framework-version");
        installed.put(new FrameworkKey("testing", "2.0"), FrameworkStatus.ACTIVE);
        NewInspection wrongType = new NewInspection("330", "testing", null, "nope", LocalDate.of(2025, 8, 18),
                null, null, List.of());
        assertThatThrownBy(() -> service.open(wrongType, LEAD)).isInstanceOf(RuleViolationException.class);
        assertThat(store.inspections).isEmpty();
    }

    @Test
    void refusesMissingFieldsAndTheWrongRole() {
        assertThatThrownBy(() -> service.open(request(null), INSPECTOR)).isInstanceOf(ForbiddenException.class);
        NewInspection empty = new NewInspection(null, null, null, null, null, null, null, null);
        assertThat(codes(() -> service.open(empty, LEAD))).containsOnly("required").hasSize(4);
        NewInspection twoLeads = new NewInspection("330", "testing", null, "visit", LocalDate.of(2025, 8, 18), null,
                null, List.of(new TeamMember("a", "lead-inspector"), new TeamMember("b", "lead-inspector")));
        assertThatThrownBy(() -> service.open(twoLeads, LEAD)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refusesANotificationDateTheCalendarDoesNotCountFromBeforeStoringAnything() {
        installed.put(new FrameworkKey("testing", "1.0"), FrameworkStatus.ACTIVE);
        StoredInspectionService withCalendar = new StoredInspectionService(store, findings, registry(),
                themeRegistry(), authorities(), org.inspectra.core.calendar.EnglandAndWalesCalendar.standard(),
                Clock.fixed(Instant.parse("2025-08-18T09:00:00Z"), ZoneOffset.UTC));
        for (LocalDate outside : List.of(LocalDate.of(1, 1, 1), LocalDate.of(1500, 1, 1), LocalDate.of(9999, 12, 31))) {
            NewInspection request = new NewInspection("330", "testing", null, "visit", outside, null, null, null);
            assertThat(codes(() -> withCalendar.open(request, LEAD))).containsExactly("outside-calendar");
        }
        assertThat(store.inspections).isEmpty();
        assertThat(store.audit).isEmpty();
    }

    /** A page's timelines are each inspection's own, with the findings of all of them read at once. */
    @Test
    void timelinesOfAPageAreEachInspectionsOwnWithFindingsReadOnce() {
        installed.put(new FrameworkKey("testing", "1.0"), FrameworkStatus.ACTIVE);
        Inspection plain = service.open(request(null), LEAD);
        Inspection found = service.open(new NewInspection("330", "testing", null, "priority-visit",
                LocalDate.of(2025, 8, 18), null, null, null), LEAD);
        Inspection notFound = service.open(new NewInspection("330", "testing", null, "priority-visit",
                LocalDate.of(2025, 8, 19), null, null, null), LEAD);
        findings.insert(new Finding("f1", found.id(), FindingKind.PRIORITY_ACTION, "Act", null, "lead",
                Instant.parse("2025-08-20T09:00:00Z")), null);
        findings.insert(new Finding("f2", notFound.id(), FindingKind.STRENGTH, "Good", null, "lead",
                Instant.parse("2025-08-20T09:00:00Z")), null);
        List<Inspection> page = List.of(found, plain, notFound);
        findings.reads = 0;
        Map<String, List<Milestone>> timelines = service.timelines(page);
        assertThat(findings.reads).as("reads of findings for the page").isEqualTo(1);
        assertThat(timelines.keySet()).containsExactly(found.id(), plain.id(), notFound.id());
        for (Inspection inspection : page) {
            assertThat(timelines.get(inspection.id())).isEqualTo(service.milestones(inspection));
        }
        assertThat(timelines.get(found.id())).extracting(Milestone::id).contains("plan-due");
        assertThat(timelines.get(notFound.id())).extracting(Milestone::id).doesNotContain("plan-due");
    }

    /** Whether a priority action was found is asked once for each version of the inspection (FindingStore.insert). */
    @Test
    void aPriorityActionIsLookedForOnceForEachVersionOfTheInspection() {
        installed.put(new FrameworkKey("testing", "1.0"), FrameworkStatus.ACTIVE);
        Inspection visit = service.open(new NewInspection("330", "testing", null, "priority-visit",
                LocalDate.of(2025, 8, 18), null, null, null), LEAD);
        findings.reads = 0;
        assertThat(service.milestones(visit)).extracting(Milestone::id).doesNotContain("plan-due");
        assertThat(service.milestones(visit)).extracting(Milestone::id).doesNotContain("plan-due");
        assertThat(findings.reads).as("asked once while the inspection is unchanged").isEqualTo(1);

        findings.insert(new Finding("f1", visit.id(), FindingKind.PRIORITY_ACTION, "Act", null, "lead",
                Instant.parse("2025-08-20T09:00:00Z")), null);
        // Storage moves the inspection on with the priority action: read again, it is the next version.
        Inspection moved = new Inspection(visit.id(), visit.localAuthority(), visit.framework(), visit.type(),
                visit.theme(), visit.themeVersion(), visit.topics(), visit.visitNumber(), visit.seriesNumber(),
                visit.status(), visit.addedStatus(), visit.notifiedOn(), visit.concurrentWith(), visit.team(),
                visit.createdBy(), visit.createdAt(), visit.version() + 1);
        assertThat(service.milestones(moved)).extracting(Milestone::id).contains("plan-due");
        assertThat(findings.reads).isEqualTo(2);
    }

    @Test
    void onlyTheLeadOrAnAdminReplacesTheTeam() {
        installed.put(new FrameworkKey("testing", "1.0"), FrameworkStatus.ACTIVE);
        Inspection opened = service.open(request(null), LEAD);
        List<TeamMember> team = List.of(new TeamMember("lead", "lead-inspector"),
                new TeamMember("inspector", "inspector"));
        assertThatThrownBy(() -> service.replaceTeam(opened.id(), team, INSPECTOR))
                .isInstanceOf(ForbiddenException.class);
        assertThat(service.replaceTeam(opened.id(), team, LEAD).team()).hasSize(2);
    }

    @Test
    void movesForwardOneStatusAtATimeAndIsReadOnlyOncePublished() {
        installed.put(new FrameworkKey("testing", "1.0"), FrameworkStatus.ACTIVE);
        Inspection opened = service.open(request(null), LEAD);
        assertThatThrownBy(() -> service.advance(opened.id(), "fieldwork", null, INSPECTOR))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.advance(opened.id(), "final", null, LEAD))
                .isInstanceOf(ConflictException.class).hasMessageContaining("fieldwork only");
        Inspection moved = service.advance(opened.id(), "fieldwork", opened.version(), LEAD);
        assertThat(moved.status()).isEqualTo(InspectionStatus.FIELDWORK);
        assertThatThrownBy(() -> service.advance(opened.id(), "findings-agreed", opened.version(),
                LEAD)).as("a stale version is a lost update").isInstanceOf(ConflictException.class);
        Inspection current = moved;
        for (String s : List.of("findings-agreed", "draft-sent", "factual-accuracy", "final", "published")) {
            current = service.advance(opened.id(), s, null, LEAD);
        }
        assertThat(current.status()).isEqualTo(InspectionStatus.PUBLISHED);
        assertThatThrownBy(() -> service.replaceTeam(opened.id(), List.of(new TeamMember("lead", "lead-inspector")),
                LEAD)).isInstanceOf(ConflictException.class).hasMessageContaining("read-only");
        assertThat(service.advance(opened.id(), "closed", null, LEAD).status())
                .isEqualTo(InspectionStatus.CLOSED);
        assertThatThrownBy(() -> service.advance(opened.id(), "closed", null, LEAD))
                .isInstanceOf(ConflictException.class).hasMessageContaining("no further");
        assertThat(store.audit).extracting(AuditEntry::action).contains("inspection.status-changed");
    }

    @Test
    void aTypePassesThroughTheStatusesItsFrameworkAddsAndMayPassOverOptionalOnes() {
        installed.put(new FrameworkKey("testing", "1.0"), FrameworkStatus.ACTIVE);
        Inspection moderated = service.open(new NewInspection("330", "testing", null, "plan-visit",
                LocalDate.of(2025, 8, 18), null, null, null), LEAD);
        service.advance(moderated.id(), "fieldwork", null, LEAD);
        service.advance(moderated.id(), "findings-agreed", null, LEAD);
        Inspection inModeration = service.advance(moderated.id(), "moderation", null, LEAD);
        assertThat(inModeration.statusId()).isEqualTo("moderation");
        assertThat(inModeration.status()).as("it stands where findings-agreed stands")
                .isEqualTo(InspectionStatus.FINDINGS_AGREED);
        assertThat(service.advance(moderated.id(), "draft-sent", null, LEAD).addedStatus()).isNull();

        Inspection other = service.open(new NewInspection("330", "testing", null, "plan-visit",
                LocalDate.of(2025, 8, 18), null, null, null), LEAD);
        for (String s : List.of("fieldwork", "findings-agreed", "draft-sent", "factual-accuracy", "final",
                "published")) {
            service.advance(other.id(), s, null, LEAD);
        }
        assertThatThrownBy(() -> service.advance(other.id(), "closed", null, LEAD))
                .isInstanceOf(ConflictException.class).hasMessageContaining("plan-awaited only");
        Inspection awaiting = service.advance(other.id(), "plan-awaited", null, LEAD);
        assertThat(awaiting.status()).isEqualTo(InspectionStatus.PUBLISHED);
        assertThat(awaiting.status().readOnly()).isTrue();
        assertThat(service.advance(other.id(), "closed", null, LEAD).statusId()).isEqualTo("closed");
        assertThatThrownBy(() -> service.advance(other.id(), "no-such-status", null, LEAD))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no-such-status");
        assertThat(store.audit).extracting(AuditEntry::after).contains("moderation", "plan-awaited");
        assertThatThrownBy(() -> service.search(new InspectionQuery(null, null, "sideways")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("sideways");
        service.search(new InspectionQuery(null, null, "plan-awaited"));
    }

    @Test
    void aTypeMovesPastTheStatusesItsFrameworkSkips() {
        installed.put(new FrameworkKey("testing", "1.0"), FrameworkStatus.ACTIVE);
        Inspection opened = service.open(new NewInspection("330", "testing", null, "letter-visit",
                LocalDate.of(2025, 8, 18), null, null, null), LEAD);
        service.advance(opened.id(), "fieldwork", null, LEAD);
        service.advance(opened.id(), "findings-agreed", null, LEAD);
        assertThatThrownBy(() -> service.advance(opened.id(), "draft-sent", null, LEAD))
                .isInstanceOf(ConflictException.class).hasMessageContaining("final only");
        assertThat(service.advance(opened.id(), "final", null, LEAD).status())
                .isEqualTo(InspectionStatus.FINAL);
        assertThatThrownBy(() -> new InspectionType("t", "T", false, "t", List.of(), List.of(), null, null,
                List.of("published"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pinsTheNewestVersionOfTheThemeAndCountsItsCriteria() {
        installed.put(new FrameworkKey("testing", "1.0"), FrameworkStatus.ACTIVE);
        themes.add(theme("2016.01"));
        themes.add(theme("2016.02"));

        Inspection opened = service.open(deepDive("neglect"), LEAD);
        themes.add(theme("2017.01"));

        assertThat(opened.theme()).isEqualTo("neglect");
        assertThat(opened.themeVersion()).isEqualTo("2016.02");
        InspectionLookup.Pinned pinned = new InspectionLookup(store, registry(), themeRegistry())
                .pinned(store.find(opened.id()).orElseThrow());
        assertThat(pinned.themeDefinition()).map(t -> t.version()).contains("2016.02");
        assertThat(pinned.criteria()).extracting(Criterion::id).containsExactly("front-door", "neglect-2016.02");
        assertThat(pinned.criterion("neglect-2016.02").title()).isEqualTo("Neglect");
        assertThat(codes(() -> pinned.criterion("neglect-2017.01"))).containsExactly("unknown-criterion");

        // Without its theme bundle the inspection keeps its timeline; only work on criteria is refused.
        themes.clear();
        assertThat(service.milestones(opened.id())).isNotEmpty();
        InspectionLookup.Pinned themeless = new InspectionLookup(store, registry(), themeRegistry())
                .pinned(store.find(opened.id()).orElseThrow());
        assertThatThrownBy(themeless::criteria).isInstanceOf(ConflictException.class)
                .hasMessageContaining("neglect version 2016.02");
    }

    @Test
    void refusesAThemeItsTypeOrFrameworkDoesNotTakeAndAnUnknownOne() {
        installed.put(new FrameworkKey("testing", "1.0"), FrameworkStatus.ACTIVE);
        themes.add(theme("2016.01"));
        assertThat(codes(() -> service.open(deepDive("cse-missing"), LEAD))).containsExactly("unknown-theme");
        NewInspection visitWithTheme = new NewInspection("330", "testing", null, "visit", LocalDate.of(2025, 8, 18),
                "neglect", null, null);
        assertThat(codes(() -> service.open(visitWithTheme, LEAD))).containsExactly("theme-not-taken");
        NewInspection otherFramework = new NewInspection("330", "other", null, "visit", LocalDate.of(2025, 8, 18),
                "neglect", null, null);
        assertThat(codes(() -> service.open(otherFramework, LEAD)))
                .containsExactly("unknown-framework", "theme-not-taken");
        assertThat(service.open(deepDive(null), LEAD).themeVersion()).as("the theme is optional").isNull();
        assertThat(store.inspections).hasSize(1);
    }

    @Test
    void opensAVisitOnTopicsOfItsTypeOnly() {
        installed.put(new FrameworkKey("testing", "1.0"), FrameworkStatus.ACTIVE);

        Inspection opened = service.open(onTopics("focused", List.of("care-leavers", "front-door", "care-leavers")),
                LEAD);

        assertThat(opened.topics()).containsExactly("care-leavers", "front-door");
        assertThat(opened.visitNumber()).isNull();
        assertThat(codes(() -> service.open(onTopics("focused", List.of()), LEAD))).containsExactly("topics-required");
        assertThat(codes(() -> service.open(onTopics("focused", null), LEAD))).containsExactly("topics-required");
        assertThat(codes(() -> service.open(onTopics("focused", List.of("front-door", "neglect", "adoption")), LEAD)))
                .containsExactly("unknown-topic", "unknown-topic");
        assertThat(violations(() -> service.open(onTopics("focused", List.of("neglect")), LEAD)))
                .extracting(Violation::field, Violation::message)
                .containsExactly(tuple("topics[0]",
                        "a testing/1.0 focused has no topic neglect; its topics are [front-door, care-leavers]"));
        assertThat(codes(() -> service.open(onTopics("visit", List.of("front-door")), LEAD)))
                .containsExactly("topics-not-taken");
        assertThat(service.open(request(null), LEAD).topics()).isEmpty();
        assertThat(store.inspections).hasSize(2);
    }

    @Test
    void numbersAVisitWithinTheAuthoritysSeriesSinceTheTypeThatEndsIt() {
        installed.put(new FrameworkKey("testing", "1.0"), FrameworkStatus.ACTIVE);
        Inspection first = service.open(monitoring(LocalDate.of(2025, 1, 6)), LEAD);
        assertThat(first.visitNumber()).isEqualTo(1);
        assertThat(first.seriesNumber()).isEqualTo(1);
        assertThat(service.open(monitoring(LocalDate.of(2025, 3, 3)), LEAD).visitNumber()).isEqualTo(2);

        service.open(request(null), LEAD); // notified 2025-08-18: ends the series
        Inspection secondSeries = service.open(monitoring(LocalDate.of(2025, 10, 6)), LEAD);
        assertThat(secondSeries.visitNumber()).isEqualTo(1);
        assertThat(secondSeries.seriesNumber()).isEqualTo(2);
        assertThat(service.open(monitoring(LocalDate.of(2026, 1, 5)), LEAD).visitNumber()).isEqualTo(2);

        // 000 §208 note 28: only the first visit of the first series publishes nothing.
        assertThat(service.milestones(first.id())).extracting(Milestone::id).doesNotContain("publication");
        assertThat(service.milestones(secondSeries.id())).extracting(Milestone::id).contains("publication");
        service.advance(first.id(), "fieldwork", null, LEAD);
        service.advance(first.id(), "findings-agreed", null, LEAD);
        assertThatThrownBy(() -> service.advance(first.id(), "draft-sent", null, LEAD))
                .isInstanceOf(ConflictException.class).hasMessageContaining("published only");
        service.advance(secondSeries.id(), "fieldwork", null, LEAD);
        service.advance(secondSeries.id(), "findings-agreed", null, LEAD);
        service.advance(secondSeries.id(), "draft-sent", null, LEAD);

        installed.put(new FrameworkKey("other", "1.0"), FrameworkStatus.ACTIVE);
        NewInspection otherFramework = new NewInspection("330", "other", null, "monitoring",
                LocalDate.of(2026, 2, 2), null, null, null);
        assertThat(service.open(otherFramework, LEAD).visitNumber()).as("a series is the framework's own")
                .isEqualTo(1);
        assertThat(service.open(request(null), LEAD).visitNumber()).as("a type not numbered").isNull();
    }

    private static NewInspection onTopics(String type, List<String> topics) {
        return new NewInspection("330", "testing", null, type, LocalDate.of(2025, 8, 18), null, null, null, topics);
    }

    private static NewInspection monitoring(LocalDate notifiedOn) {
        return new NewInspection("330", "testing", null, "monitoring", notifiedOn, null, null, null);
    }

    private static NewInspection deepDive(String theme) {
        return new NewInspection("330", "testing", null, "deep-dive", LocalDate.of(2025, 8, 18), theme, null, null);
    }

    private static RegisteredTheme theme(String version) {
        ThemeDefinition definition = new ThemeDefinition("neglect", version, "Neglect", "testing", "t",
                List.of(new Criterion("neglect-" + version, "Neglect", null, "t", List.of())),
                new ChildListSpec("neglect-children", "Children", "t", true, List.of()), List.of());
        DeepDiveTheme theme = () -> definition;
        return new RegisteredTheme(theme, new ProvidingBundle(2, "t", version, "active"));
    }

    private ThemeRegistry themeRegistry() {
        return new ThemeRegistry() {
            @Override
            public List<RegisteredTheme> all() {
                return List.copyOf(themes);
            }

            @Override
            public Optional<RegisteredTheme> newest(String frameworkId, String themeId) {
                return themes.stream().filter(t -> t.key().framework().equals(frameworkId)
                        && t.key().id().equals(themeId)).reduce((a, b) -> b);
            }

            @Override
            public Optional<RegisteredTheme> find(String frameworkId, String themeId, String version) {
                return themes.stream().filter(t -> t.key().equals(new ThemeKey(frameworkId, themeId, version)))
                        .findFirst();
            }
        };
    }

    private static List<String> codes(Runnable call) {
        return violations(call).stream().map(Violation::code).toList();
    }

    private static List<Violation> violations(Runnable call) {
        try {
            call.run();
        } catch (InspectraException e) {
            return e.violations();
        }
        throw new AssertionError("expected a refusal");
    }

    private static NewInspection request(String version) {
        return new NewInspection("330", "testing", version, "visit", LocalDate.of(2025, 8, 18), null, null, null);
    }

    private FrameworkRegistry registry() {
        return new FrameworkRegistry() {
            @Override
            public List<RegisteredFramework> all() {
                List<RegisteredFramework> all = new ArrayList<>();
                installed.forEach((key, status) -> all.add(registered(key, status)));
                all.sort((a, b) -> a.key().version().compareTo(b.key().version()));
                return all;
            }

            @Override
            public Optional<RegisteredFramework> newestActive(String id) {
                return all().stream().filter(f -> f.key().id().equals(id) && f.active())
                        .reduce((a, b) -> b);
            }

            @Override
            public Optional<RegisteredFramework> find(String id, String version) {
                return all().stream().filter(f -> f.key().equals(new FrameworkKey(id, version))).findFirst();
            }
        };
    }

    private static RegisteredFramework registered(FrameworkKey key, FrameworkStatus status) {
        FrameworkDefinition definition = new FrameworkDefinition(
                new FrameworkDescriptor(key.id(), key.version(), "Testing", LocalDate.of(2020, 1, 1), "t"),
                List.of(new Grade("good", "Good")),
                List.of(new InspectionType("visit", "Visit", true, "t", List.of(
                        MilestoneRule.workingDays("fieldwork-start", "Fieldwork", "notification", 5, "t"))),
                        new InspectionType("priority-visit", "Visit whose timeline grows with a priority action",
                                true, "t", List.of(MilestoneRule.workingDays("fieldwork-start", "Fieldwork",
                                "notification", 5, "t")), List.of(MilestoneRule.workingDays("plan-due", "Plan due",
                                "notification", 70, "t")), null, null, List.of()),
                        new InspectionType("letter-visit", "Visit without a factual accuracy check", false, "t",
                                List.of(), List.of(), null, null, List.of("draft-sent", "factual-accuracy")),
                        new InspectionType("plan-visit", "Visit with moderation and an action plan", true, "t",
                                List.of()).withAddedStatuses(List.of(
                                        new AddedStatus("moderation", "Moderation", "findings-agreed", true, "t"),
                                        new AddedStatus("plan-awaited", "Plan awaited", "published", false, "t"))),
                        new InspectionType("deep-dive", "Visit with a deep dive", false, "t", List.of(), List.of(),
                                null, null, List.of(), true),
                        new InspectionType("focused", "Visit on topics", false, "t", List.of())
                                .withTopics(List.of(new Topic("front-door", "The front door", "t"),
                                        new Topic("care-leavers", "Care leavers", "t"))),
                        new InspectionType("monitoring", "Visit in a series", false, "t", List.of(
                                MilestoneRule.workingDays("publication", "Letter published", "notification", 20, "t")))
                                .numberedInSeriesEndedBy("visit")
                                .withUnpublishedFirstVisit(new UnpublishedFirstVisit(List.of("publication"),
                                        List.of("draft-sent", "factual-accuracy", "final"), "No letter", "t"))),
                List.of(), List.of(new Criterion("front-door", "Front door", null, "t", List.of())), List.of());
        InspectionFramework framework = () -> definition;
        return new RegisteredFramework(framework, status, new ProvidingBundle(1, "b", "1", "active"));
    }

    private static LocalAuthorityService authorities() {
        return new LocalAuthorityService() {
            @Override
            public LocalAuthorityChange createOrRename(String code, String name, Caller caller) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<LocalAuthority> find(String code) {
                return code.equals("330") ? Optional.of(new LocalAuthority("330", "Birmingham")) : Optional.empty();
            }

            @Override
            public Page<LocalAuthority> list(PageRequest page) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /** Storage in memory, enough for the service's contract. */
    private static final class MemoryFindings implements FindingStore {
        private final List<Finding> findings = new ArrayList<>();
        /** Reads of findings: one a list or a page's question. */
        int reads;

        @Override
        public Set<String> inspectionsWith(FindingKind kind, java.util.Collection<String> inspectionIds) {
            reads++;
            return findings.stream().filter(f -> f.kind() == kind && inspectionIds.contains(f.inspectionId()))
                    .map(Finding::inspectionId).collect(java.util.stream.Collectors.toSet());
        }

        @Override
        public Finding insert(Finding finding, AuditEntry audit) {
            findings.add(finding);
            return finding;
        }

        @Override
        public List<Finding> list(String inspectionId) {
            reads++;
            return findings.stream().filter(f -> f.inspectionId().equals(inspectionId)).toList();
        }

        @Override
        public Page<Finding> list(String inspectionId, PageRequest page) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class MemoryStore implements InspectionStore {
        final Map<String, Inspection> inspections = new HashMap<>();
        final List<AuditEntry> audit = new ArrayList<>();

        @Override
        public Inspection insert(Inspection inspection, AuditEntry entry) {
            inspections.put(inspection.id(), inspection);
            audit.add(entry);
            return inspection;
        }

        @Override
        public Optional<Inspection> find(String id) {
            return Optional.ofNullable(inspections.get(id));
        }

        @Override
        public List<Inspection> search(InspectionQuery query) {
            return List.copyOf(inspections.values());
        }

        @Override
        public Page<Inspection> search(InspectionQuery query, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Inspection replaceTeam(String id, long expectedVersion, List<TeamMember> team, AuditEntry entry) {
            Inspection i = inspections.get(id);
            Inspection changed = new Inspection(i.id(), i.localAuthority(), i.framework(), i.type(), i.theme(),
                    i.themeVersion(), i.topics(), i.visitNumber(), i.seriesNumber(), i.status(), i.addedStatus(),
                    i.notifiedOn(), i.concurrentWith(), team, i.createdBy(), i.createdAt(), i.version() + 1);
            inspections.put(id, changed);
            audit.add(entry);
            return changed;
        }

        @Override
        public Inspection changeStatus(String id, long expectedVersion, InspectionStatus status, String addedStatus,
                                       AuditEntry entry) {
            Inspection i = inspections.get(id);
            if (i.version() != expectedVersion) {
                throw new ConflictException("stale");
            }
            Inspection changed = new Inspection(i.id(), i.localAuthority(), i.framework(), i.type(), i.theme(),
                    i.themeVersion(), i.topics(), i.visitNumber(), i.seriesNumber(), status, addedStatus,
                    i.notifiedOn(), i.concurrentWith(), i.team(), i.createdBy(), i.createdAt(), i.version() + 1);
            inspections.put(id, changed);
            audit.add(entry);
            return changed;
        }

        @Override
        public Map<FrameworkKey, PinCount> pinCounts() {
            return Map.of();
        }
    }
}
