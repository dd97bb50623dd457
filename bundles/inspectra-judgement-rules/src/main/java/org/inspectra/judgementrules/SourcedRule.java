package org.inspectra.judgementrules;

import java.util.Map;
import java.util.Optional;

import org.inspectra.api.framework.JudgementRule;
import org.inspectra.api.framework.RuleBreach;
import org.inspectra.api.framework.RuleStrength;

/** What every shape has: its id, strength and seed paragraph, and the breach it reports on its judgement. */
abstract class SourcedRule implements JudgementRule {

    private final String id;
    private final RuleStrength strength;
    private final String source;
    private final String judgement;

    SourcedRule(String id, RuleStrength strength, String source, String judgement) {
        this.id = id;
        this.strength = strength;
        this.source = source;
        this.judgement = judgement;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final RuleStrength strength() {
        return strength;
    }

    @Override
    public final String source() {
        return source;
    }

    /** The judgement the rule binds. */
    public final String judgement() {
        return judgement;
    }

    @Override
    public final Optional<RuleBreach> check(Map<String, String> grades) {
        return breach(grades).map(message -> new RuleBreach(id, judgement, strength, message, source));
    }

    /** The message of the breach, where the grades breach the rule. */
    abstract Optional<String> breach(Map<String, String> grades);
}
