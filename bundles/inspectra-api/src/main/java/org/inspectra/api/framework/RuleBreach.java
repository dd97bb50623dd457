package org.inspectra.api.framework;

/**
 * A judgement rule that the grades as they stand break.
 *
 * @param rule      the rule's id
 * @param judgement the judgement whose grade the rule binds
 * @param strength  hard (refuse) or soft (warn)
 * @param message   what is wrong, in the framework's words
 * @param source    seed paragraph of the rule
 */
public record RuleBreach(String rule, String judgement, RuleStrength strength, String message, String source) {
}
