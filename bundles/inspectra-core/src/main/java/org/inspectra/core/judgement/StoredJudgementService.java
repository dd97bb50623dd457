package org.inspectra.core.judgement;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.inspectra.api.error.ConflictException;
import org.inspectra.api.error.InvalidInputException;
import org.inspectra.api.error.NotFoundException;
import org.inspectra.api.error.RuleViolationException;
import org.inspectra.api.error.Violation;
import org.inspectra.api.framework.Grade;
import org.inspectra.api.framework.Judgement;
import org.inspectra.api.framework.RuleBreach;
import org.inspectra.api.judgement.GradeCheckResult;
import org.inspectra.api.judgement.GradeOutcome;
import org.inspectra.api.judgement.GradeRecord;
import org.inspectra.api.judgement.JudgementService;
import org.inspectra.api.judgement.JudgementStanding;
import org.inspectra.api.security.Caller;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.JudgementStore;
import org.inspectra.core.inspection.InspectionAccess;
import org.inspectra.core.inspection.InspectionLookup;
import org.inspectra.core.inspection.KeptPerInspection;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Grades judgements under the inspection's pinned framework version: on its scale, only where the inspection type
 * grades ({@code 000 §108}, {@code 003 §84}), never breaking a hard rule, with soft rules shown as warnings the team
 * may accept with a rationale.
 */
@Component(service = JudgementService.class)
public final class StoredJudgementService implements JudgementService {

    static final int MAX_RATIONALE = 5_000;

    /** Inspections whose standings are kept: a few KB each. */
    static final int KEPT = 5_000;

    private final JudgementStore store;
    private final InspectionLookup lookup;
    private final Clock clock;
    private final KeptPerInspection<List<JudgementStanding>> kept = new KeptPerInspection<>(KEPT);

    @Activate
    public StoredJudgementService(@Reference JudgementStore store, @Reference InspectionLookup lookup) {
        this(store, lookup, Clock.systemUTC());
    }

    StoredJudgementService(JudgementStore store, InspectionLookup lookup, Clock clock) {
        this.store = store;
        this.lookup = lookup;
        this.clock = clock;
    }

    @Override
    public GradeOutcome grade(String inspectionId, String judgementId, String grade, String rationale,
                              List<String> acceptWarnings, Long expectedVersion, Caller caller) {
        InspectionLookup.Pinned pinned = lookup.pinned(lookup.inspection(inspectionId));
        InspectionAccess.requireTeamWrite(pinned.inspection(), caller);
        Judgement judgement = gradedJudgement(pinned, judgementId);
        List<String> accepted = acceptWarnings == null ? List.of() : List.copyOf(acceptWarnings);
        List<Violation> malformed = new ArrayList<>();
        if (grade == null || grade.isBlank()) {
            malformed.add(new Violation("grade", "required", "a grade id of the framework's scale"));
        }
        if (rationale != null && rationale.length() > MAX_RATIONALE) {
            malformed.add(new Violation("rationale", "too-long", "at most " + MAX_RATIONALE + " characters"));
        }
        if (!accepted.isEmpty() && (rationale == null || rationale.isBlank())) {
            malformed.add(new Violation("rationale", "required", "accepting a warning needs the team's rationale"));
        }
        if (!malformed.isEmpty()) {
            throw new InvalidInputException("The grade was refused", malformed);
        }
        requireOnScale(pinned, grade);

        List<GradeRecord> current = store.grades(inspectionId);
        Optional<GradeRecord> previous = current.stream().filter(g -> g.judgement().equals(judgementId)).findFirst();
        long previousVersion = previous.map(GradeRecord::version).orElse(0L);
        if (expectedVersion != null && expectedVersion != previousVersion) {
            throw new ConflictException("The grade of " + judgementId + " is at version " + previousVersion
                    + ", not " + expectedVersion + "; read it again and retry", List.of(new Violation("version",
                    "stale", "current version " + previousVersion)));
        }
        List<RuleBreach> breaches = breachesWith(pinned, current, judgementId, grade);
        List<RuleBreach> hard = GradeCheck.hard(breaches);
        if (!hard.isEmpty()) {
            throw new RuleViolationException(judgement.title() + " cannot be " + grade + ": it breaks "
                    + hard.size() + " rule(s) of " + pinned.definition().key(), hard.stream()
                    .map(b -> new Violation("grade", b.rule(), b.message() + " (" + b.source() + ")")).toList());
        }
        List<RuleBreach> warnings = GradeCheck.soft(breaches);
        List<String> unknownAccepted = accepted.stream()
                .filter(a -> warnings.stream().noneMatch(w -> w.rule().equals(a))).toList();
        if (!unknownAccepted.isEmpty()) {
            throw new InvalidInputException("Only warnings the grades raise can be accepted", List.of(new Violation(
                    "acceptWarnings", "not-raised", unknownAccepted + " are not raised; raised: "
                    + warnings.stream().map(RuleBreach::rule).toList())));
        }
        GradeRecord record = new GradeRecord(judgementId, grade, rationale == null ? null : rationale.strip(),
                accepted, caller.user(), clock.instant(), previousVersion + 1);
        GradeRecord stored = store.save(inspectionId, pinned.inspection().version(), record,
                new AuditEntry(clock.instant(), caller.user(), "judgement.graded", "inspection/" + inspectionId,
                        previous.map(GradeRecord::toString).orElse(null), record.toString()));
        return new GradeOutcome(stored, warnings);
    }

    @Override
    public GradeCheckResult check(String inspectionId, String judgementId, String grade, Caller caller) {
        InspectionLookup.Pinned pinned = lookup.pinned(lookup.inspection(inspectionId));
        InspectionAccess.requireTeam(pinned.inspection(), caller);
        gradedJudgement(pinned, judgementId);
        if (grade == null || grade.isBlank()) {
            throw new InvalidInputException("Which grade?", List.of(new Violation("grade", "required",
                    "a grade id of the framework's scale")));
        }
        requireOnScale(pinned, grade);
        List<RuleBreach> breaches = breachesWith(pinned, store.grades(inspectionId), judgementId, grade);
        return new GradeCheckResult(judgementId, grade, GradeCheck.hard(breaches), GradeCheck.soft(breaches));
    }

    /** The judgement, where the pinned type grades and the framework has it. */
    private static Judgement gradedJudgement(InspectionLookup.Pinned pinned, String judgementId) {
        if (!pinned.type().graded()) {
            throw new ConflictException("A " + pinned.type().title().toLowerCase(java.util.Locale.ROOT) + " ("
                    + pinned.type().id() + ", " + pinned.type().source() + ") makes no graded judgements");
        }
        return pinned.definition().judgement(judgementId)
                .orElseThrow(() -> new NotFoundException("No judgement " + judgementId + " in "
                        + pinned.definition().key() + "; it has " + pinned.definition().judgements().stream()
                        .map(Judgement::id).toList()));
    }

    private static void requireOnScale(InspectionLookup.Pinned pinned, String grade) {
        List<Grade> scale = pinned.definition().gradeScale();
        if (GradeCheck.onScale(scale, grade).isEmpty()) {
            throw new RuleViolationException(grade + " is not on the scale of " + pinned.definition().key(),
                    List.of(new Violation("grade", "grade-not-on-scale", "the scale is "
                            + scale.stream().map(Grade::id).toList())));
        }
    }

    /** Every rule breach with the grades as they would stand with this one. */
    private static List<RuleBreach> breachesWith(InspectionLookup.Pinned pinned, List<GradeRecord> current,
                                                 String judgementId, String grade) {
        return new GradeCheck(pinned.framework().judgementRules())
                .breaches(GradeCheck.with(gradeMap(current), judgementId, grade));
    }

    @Override
    public List<JudgementStanding> standings(String inspectionId, Caller caller) {
        InspectionLookup.Pinned pinned = lookup.pinned(lookup.inspection(inspectionId));
        InspectionAccess.requireTeam(pinned.inspection(), caller);
        // Every grade raises the inspection's row version in the same transaction (JudgementStore.save), so the
        // standings of an unchanged inspection under the same framework object are those worked out before.
        return kept.get(pinned.inspection(), pinned.framework(), () -> standings(pinned));
    }

    private List<JudgementStanding> standings(InspectionLookup.Pinned pinned) {
        List<GradeRecord> grades = store.grades(pinned.inspection().id());
        List<RuleBreach> breaches = new GradeCheck(pinned.framework().judgementRules()).breaches(gradeMap(grades));
        List<JudgementStanding> standings = new ArrayList<>();
        for (Judgement j : pinned.definition().judgements()) {
            GradeRecord grade = grades.stream().filter(g -> g.judgement().equals(j.id())).findFirst().orElse(null);
            standings.add(new JudgementStanding(j, grade,
                    breaches.stream().filter(b -> j.id().equals(b.judgement())).toList()));
        }
        return List.copyOf(standings);
    }

    private static Map<String, String> gradeMap(List<GradeRecord> grades) {
        Map<String, String> map = new HashMap<>();
        grades.forEach(g -> map.put(g.judgement(), g.grade()));
        return map;
    }
}
