package org.inspectra.api.quality;

/**
 * One consistency rule.
 *
 * @param code     stable kebab-case code, unique among the rules an inspection runs
 * @param title    what the rule holds, for people
 * @param severity how much a finding matters
 * @param source   the seed paragraph or table it rests on (e.g. {@code 000 §260}), or {@code null} where none does
 */
public record QualityRule(String code, String title, Severity severity, String source) {
}
