package org.inspectra.api.quality;

/**
 * A rule run over an inspection's lists and the number of its findings.
 *
 * @param code     the rule's code
 * @param title    the rule's title
 * @param severity the rule's severity
 * @param source   the seed paragraph it rests on, or {@code null}
 * @param count    findings of the rule (0 where it holds throughout)
 */
public record RuleCount(String code, String title, Severity severity, String source, long count) {

    public static RuleCount of(QualityRule rule, long count) {
        return new RuleCount(rule.code(), rule.title(), rule.severity(), rule.source(), count);
    }
}
