package org.inspectra.api.framework;

import java.util.Map;
import java.util.Optional;

/**
 * A rule of a framework that binds grades together, such as "overall effectiveness is inadequate where any key
 * judgement is inadequate" ({@code 004 §28}). Framework bundles supply these as small classes next to their data.
 */
public interface JudgementRule {

    /** Kebab-case id, unique within the framework version. */
    String id();

    /** Hard rules refuse, soft rules warn. */
    RuleStrength strength();

    /** Seed paragraph the rule comes from. */
    String source();

    /**
     * Checks the grades as they would stand.
     *
     * @param grades grade id by judgement id; judgements not yet graded are absent
     * @return the breach, or empty where the rule holds or cannot yet be judged
     */
    Optional<RuleBreach> check(Map<String, String> grades);
}
