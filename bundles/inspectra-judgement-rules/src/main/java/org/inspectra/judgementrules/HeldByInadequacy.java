package org.inspectra.judgementrules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import org.inspectra.api.framework.RuleStrength;

/**
 * A judgement held by an inadequate judgement beside it: breached where the judgement has a grade that {@code binds}
 * while any of the {@code limiting} judgements is inadequate. Overall effectiveness limited by an inadequate practice or
 * key judgement (ILACS {@code 000 §100}, SIF {@code 004 §28}, hard), leaders judged good beside inadequate practice
 * ({@code 000 §101}, {@code 004 §22}, soft).
 */
public class HeldByInadequacy extends SourcedRule {

    private final Predicate<String> binds;
    private final List<String> limiting;
    private final String inadequate;
    private final BiFunction<String, List<String>, String> message;

    /**
     * @param binds      which grades of the judgement the rule questions
     * @param limiting   the judgements whose inadequacy holds it, in the order the message names them
     * @param inadequate the framework's id of the inadequate grade
     * @param message    the breach's message from the judgement's grade and the inadequate limiting judgements
     */
    protected HeldByInadequacy(String id, RuleStrength strength, String source, String judgement,
                               Predicate<String> binds, List<String> limiting, String inadequate,
                               BiFunction<String, List<String>, String> message) {
        super(id, strength, source, judgement);
        this.binds = binds;
        this.limiting = List.copyOf(limiting);
        this.inadequate = inadequate;
        this.message = message;
    }

    @Override
    final Optional<String> breach(Map<String, String> grades) {
        String grade = grades.get(judgement());
        if (grade == null || !binds.test(grade)) {
            return Optional.empty();
        }
        List<String> inadequateBeside = limiting.stream().filter(j -> inadequate.equals(grades.get(j))).toList();
        return inadequateBeside.isEmpty() ? Optional.empty()
                : Optional.of(message.apply(grade, inadequateBeside));
    }
}
