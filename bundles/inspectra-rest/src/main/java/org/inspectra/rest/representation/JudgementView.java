package org.inspectra.rest.representation;

import java.time.Instant;
import java.util.List;

import org.inspectra.api.framework.RuleBreach;
import org.inspectra.api.judgement.GradeCheckResult;
import org.inspectra.api.judgement.GradeOutcome;
import org.inspectra.api.judgement.GradeRecord;
import org.inspectra.api.judgement.JudgementStanding;

/** A judgement with its grade (null where none is given yet) and the rules that bind or warn on it now. */
public record JudgementView(String id, String title, String kind, String grade, String rationale,
                            List<String> acceptedWarnings, String gradedBy, Instant gradedAt, long version,
                            List<RuleView> rules) {

    /** A rule the grades as they stand break: {@code hard} binds, {@code soft} warns. */
    public record RuleView(String rule, String judgement, String strength, String message, String source,
                           boolean accepted) {
        static RuleView of(RuleBreach b, List<String> accepted) {
            return new RuleView(b.rule(), b.judgement(), b.strength().name().toLowerCase(java.util.Locale.ROOT),
                    b.message(), b.source(), accepted.contains(b.rule()));
        }
    }

    public static JudgementView of(JudgementStanding s) {
        GradeRecord g = s.grade();
        List<String> accepted = g == null ? List.of() : g.acceptedWarnings();
        return new JudgementView(s.judgement().id(), s.judgement().title(), s.judgement().kind().id(),
                g == null ? null : g.grade(), g == null ? null : g.rationale(), accepted,
                g == null ? null : g.gradedBy(), g == null ? null : g.gradedAt(), g == null ? 0 : g.version(),
                s.breaches().stream().map(b -> RuleView.of(b, accepted)).toList());
    }

    /** The answer to grading: the grade as stored and the warnings the grades now raise. */
    public record GradedView(String judgement, String grade, String rationale, List<String> acceptedWarnings,
                             String gradedBy, Instant gradedAt, long version, List<RuleView> warnings) {
        public static GradedView of(GradeOutcome o) {
            GradeRecord g = o.grade();
            return new GradedView(g.judgement(), g.grade(), g.rationale(), g.acceptedWarnings(), g.gradedBy(),
                    g.gradedAt(), g.version(),
                    o.warnings().stream().map(b -> RuleView.of(b, g.acceptedWarnings())).toList());
        }
    }

    /**
     * What grading would do, saving nothing: {@code allowed} is false where a hard rule in {@code refusals} would
     * refuse the grade; {@code warnings} are the soft rules the grades would then break.
     */
    public record CheckView(String judgement, String grade, boolean allowed, List<RuleView> refusals,
                            List<RuleView> warnings) {
        public static CheckView of(GradeCheckResult r) {
            return new CheckView(r.judgement(), r.grade(), r.allowed(),
                    r.refusals().stream().map(b -> RuleView.of(b, List.of())).toList(),
                    r.warnings().stream().map(b -> RuleView.of(b, List.of())).toList());
        }
    }
}
