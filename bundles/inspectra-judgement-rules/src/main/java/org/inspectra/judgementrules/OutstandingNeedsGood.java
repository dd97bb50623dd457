package org.inspectra.judgementrules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.inspectra.api.framework.RuleStrength;

/**
 * Outstanding that needs good beside it: breached where the judgement is outstanding while any of the judgements it
 * takes account of is below good (ILACS {@code 000 §99}, SIF {@code 004 §25} footnote 16 and {@code §30-31}).
 */
public class OutstandingNeedsGood extends SourcedRule {

    private final String outstanding;
    private final List<String> beside;
    private final Predicate<String> belowGood;
    private final Function<List<String>, String> message;

    /**
     * @param outstanding the framework's id of the outstanding grade
     * @param beside      the judgements that must be good at least, in the order the message names them
     * @param belowGood   which grades are below good on the framework's scale (asked with null for a judgement not
     *                    graded yet)
     * @param message     the breach's message from those below good, each as {@code judgement (grade)}
     */
    protected OutstandingNeedsGood(String id, RuleStrength strength, String source, String judgement,
                                   String outstanding, List<String> beside, Predicate<String> belowGood,
                                   Function<List<String>, String> message) {
        super(id, strength, source, judgement);
        this.outstanding = outstanding;
        this.beside = List.copyOf(beside);
        this.belowGood = belowGood;
        this.message = message;
    }

    @Override
    final Optional<String> breach(Map<String, String> grades) {
        if (!outstanding.equals(grades.get(judgement()))) {
            return Optional.empty();
        }
        List<String> below = beside.stream().filter(j -> belowGood.test(grades.get(j)))
                .map(j -> j + " (" + grades.get(j) + ")").toList();
        return below.isEmpty() ? Optional.empty() : Optional.of(message.apply(below));
    }
}
