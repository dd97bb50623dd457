package org.inspectra.core.inspection;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.inspectra.api.authority.LocalAuthorityService;
import org.inspectra.api.calendar.WorkingDayCalendar;
import org.inspectra.api.error.ConflictException;
import org.inspectra.api.error.ForbiddenException;
import org.inspectra.api.error.InvalidInputException;
import org.inspectra.api.error.RuleViolationException;
import org.inspectra.api.error.Violation;
import org.inspectra.api.finding.FindingKind;
import org.inspectra.api.framework.InspectionType;
import org.inspectra.api.framework.Topic;
import org.inspectra.api.framework.UnpublishedFirstVisit;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.inspection.InspectionQuery;
import org.inspectra.api.inspection.InspectionService;
import org.inspectra.api.inspection.InspectionStatus;
import org.inspectra.api.inspection.Milestone;
import org.inspectra.api.inspection.NewInspection;
import org.inspectra.api.inspection.TeamMember;
import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;
import org.inspectra.api.registry.FrameworkRegistry;
import org.inspectra.api.registry.RegisteredFramework;
import org.inspectra.api.security.Caller;
import org.inspectra.api.security.Role;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.FindingStore;
import org.inspectra.api.store.InspectionStore;
import org.inspectra.api.theme.RegisteredTheme;
import org.inspectra.api.theme.ThemeRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Opens inspections pinned to a framework version and dates their timelines. The pinned version is resolved once,
 * at opening, and never again: a newer version deployed later does not move an inspection (DOMAIN.md, Inspection).
 * The same holds for the deep-dive theme of an inspection type that takes one: its newest installed version is
 * pinned at opening.
 */
@Component(service = InspectionService.class)
public final class StoredInspectionService implements InspectionService {

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_TEAM = 20;

    private final InspectionStore store;
    private final FindingStore findings;
    private final FrameworkRegistry frameworks;
    private final ThemeRegistry themes;
    private final InspectionLookup lookup;
    private final LocalAuthorityService authorities;
    private final MilestonePlanner planner;
    /** Some 2 KB each: at most about 10 MB of the heap. */
    private final KeptTimelines timelines = new KeptTimelines(5_000);
    /** Whether each inspection, at the version it was read at, has a priority action. */
    private final KeptPerInspection<Boolean> priorityActions = new KeptPerInspection<>(5_000);
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    @Activate
    public StoredInspectionService(@Reference InspectionStore store, @Reference FindingStore findings,
                                   @Reference FrameworkRegistry frameworks, @Reference ThemeRegistry themes,
                                   @Reference LocalAuthorityService authorities,
                                   @Reference WorkingDayCalendar calendar) {
        this(store, findings, frameworks, themes, authorities, calendar, Clock.systemUTC());
    }

    StoredInspectionService(InspectionStore store, FindingStore findings, FrameworkRegistry frameworks,
                            ThemeRegistry themes, LocalAuthorityService authorities, WorkingDayCalendar calendar,
                            Clock clock) {
        this.store = store;
        this.findings = findings;
        this.frameworks = frameworks;
        this.themes = themes;
        this.lookup = new InspectionLookup(store, frameworks, themes);
        this.authorities = authorities;
        this.planner = new MilestonePlanner(calendar);
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public Inspection open(NewInspection request, Caller caller) {
        if (!caller.isAdmin() && !caller.hasRole(Role.LEAD_INSPECTOR)) {
            throw new ForbiddenException("Only lead inspectors and administrators open inspections");
        }
        List<Violation> missing = new ArrayList<>();
        require(request.localAuthority(), "localAuthority", missing);
        require(request.framework(), "framework", missing);
        require(request.type(), "type", missing);
        if (request.notifiedOn() == null) {
            missing.add(new Violation("notifiedOn", "required", "notifiedOn is required (YYYY-MM-DD)"));
        }
        List<TeamMember> team = teamOrDefault(request.team(), caller);
        missing.addAll(teamViolations(team));
        if (!missing.isEmpty()) {
            throw new InvalidInputException("The inspection was refused", missing);
        }

        List<Violation> refused = new ArrayList<>();
        // Every milestone is counted from this date: one the calendar cannot count from would be stored and then
        // break every read of the inspection.
        if (!calendar.serves(request.notifiedOn())) {
            refused.add(new Violation("notifiedOn", "outside-calendar", "the working-day calendar counts from "
                    + calendar.firstDay() + " to " + calendar.lastDay()));
        }
        if (authorities.find(request.localAuthority()).isEmpty()) {
            refused.add(new Violation("localAuthority", "unknown-local-authority",
                    "no local authority " + request.localAuthority() + "; create it first"));
        }
        Optional<RegisteredFramework> framework = pin(request, refused);
        Optional<RegisteredTheme> theme = Optional.empty();
        Optional<VisitSeries.Position> series = Optional.empty();
        if (framework.isPresent()) {
            RegisteredFramework f = framework.get();
            Optional<InspectionType> type = f.definition().inspectionType(request.type());
            if (type.isEmpty()) {
                refused.add(new Violation("type", "unknown-inspection-type", f.key() + " has no inspection type "
                        + request.type() + "; it has " + f.definition().inspectionTypes().stream()
                        .map(InspectionType::id).toList()));
            } else {
                refused.addAll(concurrencyViolations(type.get(), request));
                theme = pinTheme(f, type.get(), request.theme(), refused);
                refused.addAll(topicViolations(f, type.get(), request.topics()));
                series = seriesPosition(f, type.get(), request);
            }
        } else if (request.theme() != null && frameworks.all().stream()
                .noneMatch(f -> f.key().id().equals(request.framework()) && f.definition().takesThemes())) {
            refused.add(new Violation("theme", "theme-not-taken",
                    "no installed framework version of " + request.framework() + " takes deep-dive themes"));
        }
        if (!refused.isEmpty()) {
            throw new RuleViolationException("The inspection breaks the framework's rules", refused);
        }

        Inspection inspection = new Inspection(UUID.randomUUID().toString(), request.localAuthority(),
                framework.orElseThrow().key(), request.type(), request.theme(),
                theme.map(t -> t.key().version()).orElse(null), request.topics().stream().distinct().toList(),
                series.map(VisitSeries.Position::visit).orElse(null),
                series.map(VisitSeries.Position::series).orElse(null), InspectionStatus.NOTIFIED, null,
                request.notifiedOn(), request.concurrentWith(), team, caller.user(), clock.instant(), 0);
        return store.insert(inspection, new AuditEntry(clock.instant(), caller.user(), "inspection.opened",
                "inspection/" + inspection.id(), null, inspection.toString()));
    }

    /**
     * A type that runs beside another framework's inspection (an LSCB review beside its SIF inspection, 004 §36) is
     * opened against an open inspection of that framework in the same local authority; no other type takes one.
     */
    private List<Violation> concurrencyViolations(InspectionType type, NewInspection request) {
        String beside = type.runsBeside();
        if (beside == null) {
            return request.concurrentWith() == null ? List.of() : List.of(new Violation("concurrentWith",
                    "not-concurrent", "a " + type.id() + " runs on its own, beside no other inspection"));
        }
        if (request.concurrentWith() == null) {
            return List.of(new Violation("concurrentWith", "required", "a " + type.id() + " runs beside a " + beside
                    + " inspection (" + type.source() + "): name it in concurrentWith"));
        }
        Optional<Inspection> other = store.find(request.concurrentWith());
        if (other.isEmpty()) {
            return List.of(new Violation("concurrentWith", "unknown-inspection",
                    "no inspection " + request.concurrentWith()));
        }
        Inspection o = other.get();
        if (!o.framework().id().equals(beside) || !o.localAuthority().equals(request.localAuthority())
                || !o.status().open()) {
            return List.of(new Violation("concurrentWith", "not-a-companion", "a " + type.id() + " runs beside an open "
                    + beside + " inspection of local authority " + request.localAuthority() + "; " + o.id() + " is a "
                    + o.framework() + " inspection of " + o.localAuthority() + ", " + o.statusId()));
        }
        return List.of();
    }

    /**
     * A type with topics is opened on at least one of them (ILACS focused visit, 000 §106); a type without takes none.
     */
    private static List<Violation> topicViolations(RegisteredFramework framework, InspectionType type,
                                                   List<String> topics) {
        if (!type.takesTopics()) {
            return topics.isEmpty() ? List.of() : List.of(new Violation("topics", "topics-not-taken",
                    "a " + framework.key() + " " + type.id() + " takes no topics"));
        }
        List<String> allowed = type.topics().stream().map(Topic::id).toList();
        if (topics.isEmpty()) {
            return List.of(new Violation("topics", "topics-required", "a " + framework.key() + " " + type.id()
                    + " is opened on one or more topics (" + type.source() + "): " + allowed));
        }
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < topics.size(); i++) {
            if (!allowed.contains(topics.get(i))) {
                violations.add(new Violation("topics[" + i + "]", "unknown-topic", "a " + framework.key() + " "
                        + type.id() + " has no topic " + topics.get(i) + "; its topics are " + allowed));
            }
        }
        return violations;
    }

    /**
     * Where the type is numbered in a series, where the visit being opened stands among its authority's visits under
     * the same framework (ILACS monitoring visits, 000 §112-139, §208 note 28).
     */
    private Optional<VisitSeries.Position> seriesPosition(RegisteredFramework framework, InspectionType type,
                                                          NewInspection request) {
        if (type.seriesEndedBy() == null) {
            return Optional.empty();
        }
        String frameworkId = framework.key().id();
        List<Inspection> earlier = store.search(new InspectionQuery(request.localAuthority(), frameworkId, null))
                .stream()
                .filter(i -> i.localAuthority().equals(request.localAuthority())
                        && i.framework().id().equals(frameworkId))
                .toList();
        return VisitSeries.of(type, earlier);
    }

    /**
     * Resolves the theme version to pin: the newest installed version of the named theme of the framework, where the
     * inspection type takes a deep dive ({@code 003 §4}); none where no theme is named.
     */
    private Optional<RegisteredTheme> pinTheme(RegisteredFramework framework, InspectionType type, String themeId,
                                               List<Violation> refused) {
        if (themeId == null) {
            return Optional.empty();
        }
        if (!type.takesTheme()) {
            refused.add(new Violation("theme", "theme-not-taken", framework.definition().takesThemes()
                    ? "a " + framework.key() + " " + type.id() + " takes no deep-dive theme"
                    : framework.key() + " takes no deep-dive themes"));
            return Optional.empty();
        }
        String frameworkId = framework.key().id();
        Optional<RegisteredTheme> theme = themes.newest(frameworkId, themeId);
        if (theme.isEmpty()) {
            refused.add(new Violation("theme", "unknown-theme", "no theme " + themeId + " of " + frameworkId
                    + " is installed; the installed themes are " + themes.of(frameworkId).stream()
                    .map(t -> t.key().id()).distinct().toList()));
        }
        return theme;
    }

    /** Resolves the version to pin: the one named, if installed and active, else the newest active one. */
    private Optional<RegisteredFramework> pin(NewInspection request, List<Violation> refused) {
        if (request.frameworkVersion() == null) {
            Optional<RegisteredFramework> newest = frameworks.newestActive(request.framework());
            if (newest.isEmpty()) {
                refused.add(new Violation("framework", "unknown-framework",
                        "no active version of framework " + request.framework() + " is installed"));
            }
            return newest;
        }
        Optional<RegisteredFramework> named = frameworks.find(request.framework(), request.frameworkVersion());
        if (named.isEmpty()) {
            refused.add(new Violation("frameworkVersion", "unknown-framework-version",
                    "framework " + request.framework() + " version " + request.frameworkVersion()
                            + " is not installed"));
            return Optional.empty();
        }
        if (!named.get().active()) {
            refused.add(new Violation("frameworkVersion", "framework-version-retired",
                    named.get().key() + " is retired: no new inspection may start on it"));
            return Optional.empty();
        }
        return named;
    }

    @Override
    public Optional<Inspection> find(String id) {
        return store.find(id);
    }

    @Override
    public List<Inspection> search(InspectionQuery query) {
        return store.search(checked(query));
    }

    @Override
    public Page<Inspection> search(InspectionQuery query, PageRequest page) {
        return store.search(checked(query), page);
    }

    /** The query, once its status is known to some installed framework version. */
    private InspectionQuery checked(InspectionQuery query) {
        if (query.status() != null) {
            Set<String> known = new LinkedHashSet<>(InspectionType.PLATFORM_STATUSES);
            frameworks.all().forEach(f -> f.definition().inspectionTypes()
                    .forEach(t -> t.addedStatuses().forEach(a -> known.add(a.id()))));
            if (!known.contains(query.status())) {
                throw new InvalidInputException("Unknown status " + query.status(), List.of(new Violation("status",
                        "unknown-status", "one of " + known)));
            }
        }
        return query;
    }

    @Override
    public List<Milestone> milestones(String inspectionId) {
        return milestones(lookup.inspection(inspectionId));
    }

    @Override
    public List<Milestone> milestones(Inspection inspection) {
        InspectionLookup.Pinned pinned = lookup.pinned(inspection);
        // Findings matter only to a type whose timeline grows with a priority action: asked only then, and once for
        // each version of the inspection (a priority action raises it: FindingStore.insert).
        boolean priorityAction = growsWithPriorityAction(pinned) && priorityActions.get(inspection, null,
                () -> !findings.inspectionsWith(FindingKind.PRIORITY_ACTION, List.of(inspection.id())).isEmpty());
        return milestones(pinned, priorityAction);
    }

    /** A page of inspections: the findings of those whose timeline may grow read in one query, not one each. */
    @Override
    public Map<String, List<Milestone>> timelines(List<Inspection> inspections) {
        List<InspectionLookup.Pinned> pinned = inspections.stream().map(lookup::pinned).toList();
        List<String> growing = pinned.stream().filter(StoredInspectionService::growsWithPriorityAction)
                .map(p -> p.inspection().id()).toList();
        Set<String> withPriorityAction = growing.isEmpty() ? Set.of()
                : findings.inspectionsWith(FindingKind.PRIORITY_ACTION, growing);
        Map<String, List<Milestone>> timelines = new LinkedHashMap<>();
        for (InspectionLookup.Pinned p : pinned) {
            timelines.put(p.inspection().id(), milestones(p, withPriorityAction.contains(p.inspection().id())));
        }
        return timelines;
    }

    private static boolean growsWithPriorityAction(InspectionLookup.Pinned pinned) {
        return !pinned.type().priorityActionMilestones().isEmpty();
    }

    private List<Milestone> milestones(InspectionLookup.Pinned pinned, boolean priorityAction) {
        return timelines.timeline(pinned.inspection(), pinned.type(), calendar.configuration(), priorityAction, () -> {
            List<Milestone> plan = planner.plan(pinned.type(), pinned.inspection().notifiedOn(), priorityAction);
            // 000 §208 note 28: the first visit of a first series plans nothing that leads to publication.
            List<String> leftOut = pinned.unpublished().map(UnpublishedFirstVisit::milestones).orElse(List.of());
            return plan.stream().filter(m -> !leftOut.contains(m.id())).toList();
        });
    }

    @Override
    public Inspection readable(String inspectionId, Caller caller) {
        Inspection inspection = lookup.inspection(inspectionId);
        InspectionAccess.requireReader(inspection, caller);
        return inspection;
    }

    @Override
    public Inspection advance(String inspectionId, String to, Long expectedVersion, Caller caller) {
        Inspection inspection = lookup.inspection(inspectionId);
        InspectionAccess.requireLead(inspection, caller);
        InspectionLookup.Pinned pinned = lookup.pinned(inspection);
        Lifecycle lifecycle = Lifecycle.of(pinned.type(),
                pinned.unpublished().map(UnpublishedFirstVisit::skippedStatuses).orElse(List.of()));
        Optional<Lifecycle.Step> target = lifecycle.step(to);
        if (target.isEmpty() && !InspectionType.PLATFORM_STATUSES.contains(to)) {
            throw new InvalidInputException("Unknown status " + to, List.of(new Violation("status", "unknown-status",
                    "a " + inspection.framework() + " " + inspection.type() + " passes through " + lifecycle.ids())));
        }
        String current = inspection.statusId();
        List<Lifecycle.Step> next = lifecycle.next(current);
        if (target.isEmpty() || !next.contains(target.get())) {
            List<String> allowed = next.stream().map(Lifecycle.Step::id).toList();
            throw new ConflictException("Inspection " + inspectionId + " is " + current
                    + (allowed.isEmpty() ? " and can move no further" : "; it can move on to "
                    + String.join(" or ", allowed) + " only"),
                    List.of(new Violation("status", "illegal-transition", current + " -> " + to + " is not allowed")));
        }
        long version = expectedVersion == null ? inspection.version() : expectedVersion;
        Lifecycle.Step step = target.get();
        return store.changeStatus(inspectionId, version, step.stands(),
                step.added() == null ? null : step.added().id(), new AuditEntry(clock.instant(), caller.user(),
                        "inspection.status-changed", "inspection/" + inspectionId, current, to));
    }

    @Override
    public Inspection replaceTeam(String inspectionId, List<TeamMember> team, Caller caller) {
        Inspection inspection = lookup.inspection(inspectionId);
        InspectionAccess.requireLead(inspection, caller);
        List<TeamMember> members = team == null ? List.of() : team;
        List<Violation> violations = teamViolations(members);
        if (!violations.isEmpty()) {
            throw new InvalidInputException("The team was refused", violations);
        }
        InspectionAccess.requireOpen(inspection);
        return store.replaceTeam(inspectionId, inspection.version(), members, new AuditEntry(clock.instant(),
                caller.user(), "inspection.team-replaced", "inspection/" + inspectionId,
                inspection.team().toString(), members.toString()));
    }

    /** A lead inspector who opens an inspection without naming a team leads it. */
    private static List<TeamMember> teamOrDefault(List<TeamMember> team, Caller caller) {
        if (team.isEmpty() && caller.hasRole(Role.LEAD_INSPECTOR)) {
            return List.of(new TeamMember(caller.user(), TeamMember.LEAD_INSPECTOR));
        }
        return team;
    }

    static List<Violation> teamViolations(List<TeamMember> team) {
        List<Violation> violations = new ArrayList<>();
        if (team.size() > MAX_TEAM) {
            violations.add(new Violation("team", "too-many", "at most " + MAX_TEAM + " team members"));
        }
        Set<String> users = new HashSet<>();
        int leads = 0;
        for (int i = 0; i < team.size(); i++) {
            TeamMember m = team.get(i);
            String at = "team[" + i + "]";
            if (m == null || m.user() == null || m.user().isBlank()) {
                violations.add(new Violation(at + ".user", "required", "each team member needs a user"));
                continue;
            }
            if (!users.add(m.user())) {
                violations.add(new Violation(at + ".user", "duplicate", m.user() + " is on the team twice"));
            }
            if (m.role() == null || !KEBAB.matcher(m.role()).matches()) {
                violations.add(new Violation(at + ".role", "invalid-role",
                        "a kebab-case role such as lead-inspector, inspector or qa-manager"));
            } else if (m.role().equals(TeamMember.LEAD_INSPECTOR)) {
                leads++;
            }
        }
        if (leads > 1) {
            violations.add(new Violation("team", "one-lead", "an inspection has one lead inspector"));
        }
        return violations;
    }

    private static void require(String value, String field, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "required", field + " is required"));
        }
    }
}
