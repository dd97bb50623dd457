package org.inspectra.judgementrules;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.inspectra.api.framework.RuleStrength;

/**
 * Inadequate that needs an inadequate judgement beside it: breached where the judgement is inadequate although every
 * one of the judgements its descriptor looks to is graded and none is inadequate (leaders, ILACS {@code 000 §250},
 * SIF {@code 004 §35}).
 */
public class InadequateNeedsInadequacy extends SourcedRule {

    private final String inadequate;
    private final List<String> beside;
    private final String message;

    /**
     * @param inadequate the framework's id of the inadequate grade
     * @param beside     the judgements the descriptor expects one of to be inadequate
     * @param message    the breach's message
     */
    protected InadequateNeedsInadequacy(String id, RuleStrength strength, String source, String judgement,
                                        String inadequate, List<String> beside, String message) {
        super(id, strength, source, judgement);
        this.inadequate = inadequate;
        this.beside = List.copyOf(beside);
        this.message = message;
    }

    @Override
    final Optional<String> breach(Map<String, String> grades) {
        if (!inadequate.equals(grades.get(judgement()))) {
            return Optional.empty();
        }
        boolean allGraded = beside.stream().allMatch(grades::containsKey);
        boolean anyInadequate = beside.stream().anyMatch(j -> inadequate.equals(grades.get(j)));
        return !allGraded || anyInadequate ? Optional.empty() : Optional.of(message);
    }
}
