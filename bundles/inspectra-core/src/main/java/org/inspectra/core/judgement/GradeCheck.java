package org.inspectra.core.judgement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.inspectra.api.framework.Grade;
import org.inspectra.api.framework.JudgementRule;
import org.inspectra.api.framework.RuleBreach;
import org.inspectra.api.framework.RuleStrength;

/**
 * The framework's judgement rules over a set of grades: hard rules refuse, soft rules warn (DOMAIN.md, "best fit").
 * Pure, so the rules of every framework are evaluated the same way in one place.
 */
public final class GradeCheck {

    private final List<JudgementRule> rules;

    public GradeCheck(List<JudgementRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Every breach of the rules with the grades as they stand (grade id by judgement id). */
    public List<RuleBreach> breaches(Map<String, String> grades) {
        List<RuleBreach> breaches = new ArrayList<>();
        for (JudgementRule rule : rules) {
            rule.check(Map.copyOf(grades)).ifPresent(breaches::add);
        }
        return breaches;
    }

    /** The grades as they would stand with one more. */
    public static Map<String, String> with(Map<String, String> grades, String judgement, String grade) {
        Map<String, String> next = new HashMap<>(grades);
        next.put(judgement, grade);
        return next;
    }

    public static List<RuleBreach> hard(List<RuleBreach> breaches) {
        return breaches.stream().filter(b -> b.strength() == RuleStrength.HARD).toList();
    }

    public static List<RuleBreach> soft(List<RuleBreach> breaches) {
        return breaches.stream().filter(b -> b.strength() == RuleStrength.SOFT).toList();
    }

    /** The grade on the scale, if it is on it. */
    public static Optional<Grade> onScale(List<Grade> scale, String grade) {
        return scale.stream().filter(g -> g.id().equals(grade)).findFirst();
    }
}
