package org.inspectra.framework.ilacs.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.inspectra.api.childdata.ChildRow;
import org.inspectra.api.error.RuleViolationException;
import org.inspectra.api.framework.SelectionRule;
import org.inspectra.api.selection.Balancing;
import org.inspectra.api.selection.ChildProfile;
import org.inspectra.api.selection.ProposedChild;
import org.inspectra.api.selection.RuleCheck;
import org.inspectra.api.selection.SelectionInput;
import org.inspectra.api.selection.SelectionProposal;

/**
 * The cohort of children whose experiences inspectors evaluate ({@code 000 §150}), proposed from lists 1 to 10: first
 * the children the seed says must be part of the cohort (missing, or at risk of exploitation), then at least one
 * child from a large sibling group, one supported by a delegated provider, one for each placement type, and the rest
 * chosen to balance age, gender, disability and ethnicity. Ties go to a shuffle by the seed, so the same lists and
 * seed give the same cohort.
 *
 * <p>The seed leaves the lists' columns to separate guidance (§256), so apart from list 8's number of brothers and
 * sisters (§262) the factors are read from the columns councils commonly send, by their headings: gender, ethnicity,
 * disability, age, missing episodes, exploitation, placement type, delegated or third-party provider.
 */
final class CohortSelection implements SelectionRule {

    static final String STAGE = "cohort";

    /** The seed gives no number for the cohort; twenty leaves room for every factor of §150 and a balance. */
    static final int DEFAULT_SIZE = 20;

    /** The most children one request may ask for. */
    static final int MAX_SIZE = 200;

    /** "A large sibling group" is not defined in the seed: four children or more, so three brothers and sisters. */
    static final int LARGE_SIBLING_GROUP = 3;

    /** The lists of children (list 11 is of adopters). */
    static final List<String> CHILD_LISTS = List.of("list-1", "list-2", "list-3", "list-4", "list-5", "list-6",
            "list-7", "list-8", "list-9", "list-10");

    private static final String MUST = "abuse-exploitation-missing";
    private static final String SIBLINGS = "large-sibling-group";
    private static final String DELEGATED = "delegated-provider";
    private static final String PLACEMENT = "type-of-placement";
    private static final String BALANCE = "age-gender-disability-ethnicity";

    @Override
    public String stage() {
        return STAGE;
    }

    @Override
    public String source() {
        return SelectionFactors.SOURCE;
    }

    @Override
    public SelectionProposal propose(SelectionInput input) {
        int size = input.size() == null ? DEFAULT_SIZE : input.size();
        if (size > MAX_SIZE) {
            throw new RuleViolationException("A cohort of at most " + MAX_SIZE + " children can be proposed");
        }
        Map<String, Child> children = new TreeMap<>();
        for (String list : CHILD_LISTS) {
            input.lists().forEachRow(list, row -> {
                if (row.childId() != null) {
                    children.computeIfAbsent(row.childId(), Child::new).add(list, row, input.balancing());
                }
            });
        }
        if (children.isEmpty()) {
            throw new RuleViolationException("No child-level list is uploaded yet: the cohort is chosen from lists 1 "
                    + "to 10 (000 §150, §258)");
        }
        List<Child> order = new ArrayList<>(children.values());
        Collections.shuffle(order, new Random(input.seed()));

        Map<String, ProposedChild> chosen = new LinkedHashMap<>();
        List<RuleCheck> checks = new ArrayList<>();
        checks.add(mustInclude(order, chosen, size));
        checks.add(atLeastOne(SIBLINGS, order, chosen, size, c -> c.largeSiblingGroup, "from a large sibling group"));
        checks.add(atLeastOne(DELEGATED, order, chosen, size, c -> c.delegated, "supported by a delegated provider"));
        checks.add(placements(order, chosen, size));
        checks.add(balance(input.balancing(), order, chosen, size, children));
        // The factors in the seed's order.
        checks.sort((a, b) -> Integer.compare(factorIndex(a.id()), factorIndex(b.id())));
        return new SelectionProposal(STAGE, SelectionFactors.SOURCE, input.seed(), List.copyOf(chosen.values()),
                checks);
    }

    /** §150: "These children must be part of the cohort"; at most half the cohort, so the other factors fit. */
    private static RuleCheck mustInclude(List<Child> order, Map<String, ProposedChild> chosen, int size) {
        List<Child> flagged = order.stream().filter(c -> c.missingOrExploited).toList();
        int room = Math.max(1, size / 2);
        flagged.stream().limit(room).forEach(c -> choose(chosen, c, factor(MUST).reason()));
        String detail = flagged.isEmpty()
                ? "no list records a child as missing or at risk of exploitation; ask the local authority"
                : Math.min(room, flagged.size()) + " of " + flagged.size() + " such children proposed";
        return check(MUST, !flagged.isEmpty(), detail);
    }

    private static RuleCheck atLeastOne(String factorId, List<Child> order, Map<String, ProposedChild> chosen,
                                        int size, Predicate<Child> meets, String what) {
        List<Child> candidates = order.stream().filter(meets).toList();
        if (candidates.isEmpty()) {
            return check(factorId, false, "no list records a child " + what);
        }
        Child already = candidates.stream().filter(c -> chosen.containsKey(c.id)).findFirst().orElse(null);
        if (already != null) {
            return check(factorId, true, "child " + already.id + " is " + what);
        }
        if (chosen.size() >= size) {
            return check(factorId, false, "no room left in a cohort of " + size);
        }
        choose(chosen, candidates.get(0), factor(factorId).reason());
        return check(factorId, true, "child " + candidates.get(0).id + " is " + what);
    }

    /** One child for each placement type the lists record, while there is room. */
    private static RuleCheck placements(List<Child> order, Map<String, ProposedChild> chosen, int size) {
        Map<String, Child> byType = new TreeMap<>();
        order.stream().filter(c -> c.placementType != null).forEach(c -> byType.putIfAbsent(c.placementType, c));
        if (byType.isEmpty()) {
            return check(PLACEMENT, false, "no list records a placement type");
        }
        TreeSet<String> covered = chosen.keySet().stream().map(id -> byId(order, id).placementType)
                .filter(t -> t != null).collect(Collectors.toCollection(TreeSet::new));
        for (Map.Entry<String, Child> type : byType.entrySet()) {
            if (!covered.contains(type.getKey()) && chosen.size() < size) {
                choose(chosen, type.getValue(), factor(PLACEMENT).reason() + ": " + type.getKey());
                covered.add(type.getKey());
            }
        }
        return check(PLACEMENT, covered.size() == byType.size(), covered.size() + " of the " + byType.size()
                + " placement types recorded: " + String.join(", ", covered));
    }

    /**
     * Fills the cohort with the engine's balance of age band, gender, disability and ethnicity, after the children the
     * other factors chose.
     */
    private static RuleCheck balance(Balancing balancing, List<Child> order, Map<String, ProposedChild> chosen,
                                     int size, Map<String, Child> all) {
        List<ChildProfile> inCohort = chosen.keySet().stream().map(id -> all.get(id).profile).toList();
        List<ChildProfile> candidates = order.stream().map(c -> c.profile).toList();
        List<ChildProfile> added = balancing.choose(candidates, inCohort, size);
        added.forEach(p -> choose(chosen, all.get(p.childId()), factor(BALANCE).reason()));
        List<ChildProfile> cohort = chosen.keySet().stream().map(id -> all.get(id).profile).toList();
        return balancing.check(BALANCE, factor(BALANCE).text(), candidates, cohort);
    }

    private static Child byId(List<Child> order, String id) {
        return order.stream().filter(c -> c.id.equals(id)).findFirst().orElseThrow();
    }

    /** A child with a short reason: the factor in a few words, its paragraph, and the lists the child is on. */
    private static void choose(Map<String, ProposedChild> chosen, Child child, String why) {
        String reason = Character.toUpperCase(why.charAt(0)) + why.substring(1) + " (" + SelectionFactors.SOURCE
                + "); on " + lists(child.lists);
        chosen.putIfAbsent(child.id, new ProposedChild(child.id, reason));
    }

    /** {@code list-1, list-3, list-8} as "lists 1, 3 and 8"; one as "list 8". */
    static String lists(List<String> ids) {
        List<String> numbers = ids.stream().map(id -> id.replaceFirst("^list-", "")).toList();
        if (numbers.size() == 1) {
            return "list " + numbers.get(0);
        }
        return "lists " + String.join(", ", numbers.subList(0, numbers.size() - 1)) + " and "
                + numbers.get(numbers.size() - 1);
    }

    private static RuleCheck check(String factorId, boolean met, String detail) {
        return new RuleCheck(factorId, factor(factorId).text(), met, detail);
    }

    private static SelectionFactors.Factor factor(String id) {
        return SelectionFactors.FACTORS.get(factorIndex(id));
    }

    private static int factorIndex(String id) {
        for (int i = 0; i < SelectionFactors.FACTORS.size(); i++) {
            if (SelectionFactors.FACTORS.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException(id);
    }

    /** What the lists say about one child, gathered across its rows. */
    private static final class Child {
        final String id;
        final List<String> lists = new ArrayList<>();
        ChildProfile profile;
        String placementType;
        boolean missingOrExploited;
        boolean largeSiblingGroup;
        boolean delegated;

        Child(String id) {
            this.id = id;
            this.profile = ChildProfile.unknown(id);
        }

        void add(String list, ChildRow row, Balancing balancing) {
            if (!lists.contains(list)) {
                lists.add(list);
            }
            profile = balancing.merge(profile, balancing.profile(row, null));
            row.values().forEach((field, value) -> {
                String f = field.toLowerCase(Locale.ROOT);
                String v = value.strip();
                if (f.contains("missing") || f.contains("exploit") || f.equals("cse")) {
                    missingOrExploited |= yes(v);
                } else if (f.contains("brothers-and-sisters") || f.contains("sibling")) {
                    largeSiblingGroup |= atLeast(v, LARGE_SIBLING_GROUP);
                } else if (f.contains("placement-type") || f.equals("type-of-placement")) {
                    placementType = v.toLowerCase(Locale.ROOT);
                } else if (f.contains("delegat") || f.contains("third-party")) {
                    delegated |= yes(v);
                }
            });
        }

        private static boolean yes(String value) {
            String v = value.toLowerCase(Locale.ROOT);
            return v.equals("y") || v.equals("yes") || v.equals("true") || atLeast(v, 1);
        }

        private static boolean atLeast(String value, int least) {
            try {
                return Integer.parseInt(value.replaceFirst("\\.0+$", "")) >= least;
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }
}
