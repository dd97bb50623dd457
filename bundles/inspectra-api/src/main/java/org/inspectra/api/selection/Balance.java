package org.inspectra.api.selection;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.inspectra.api.childdata.ChildRow;

/**
 * The balance of a group of children by age, gender, disability and ethnicity that several frameworks ask of a
 * selection ({@code 000 §150}, {@code 003 §54}), for any framework's rule. The factors are read from the columns
 * councils commonly send, by their field ids: {@code gender} or {@code sex}, {@code …ethnic…}, {@code …disab…},
 * {@code age} or {@code date-of-birth}; a factor a list has no column for is {@link #UNKNOWN}.
 */
public final class Balance {

    /** The value of a factor no column records. */
    public static final String UNKNOWN = "unknown";

    /** The factors, in the order of {@link Profile#values()}. */
    public static final List<String> FACTORS = List.of("age", "gender", "disability", "ethnicity");

    private Balance() {
    }

    /**
     * One child's values of the factors.
     *
     * @param childId    the child unique ID
     * @param age        age band: {@code 0-4}, {@code 5-10}, {@code 11-15}, {@code 16+}
     * @param gender     as the list spells it, lower case
     * @param disability {@code Y} or {@code N} (a flag, or details of a disability: {@code N} only for "no" or "none")
     * @param ethnicity  as the list spells it, lower case
     */
    public record Profile(String childId, String age, String gender, String disability, String ethnicity) {

        /** A child no row describes. */
        public static Profile unknown(String childId) {
            return new Profile(childId, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN);
        }

        /** The factors read from one row; ages from a date of birth are counted at {@code asAt} where given. */
        public static Profile of(ChildRow row, LocalDate asAt) {
            String age = UNKNOWN;
            String gender = UNKNOWN;
            String disability = UNKNOWN;
            String ethnicity = UNKNOWN;
            for (Map.Entry<String, String> cell : row.values().entrySet()) {
                String field = cell.getKey().toLowerCase(Locale.ROOT);
                String value = cell.getValue().strip().toLowerCase(Locale.ROOT);
                if (field.contains("gender") || field.equals("sex")) {
                    gender = value;
                } else if (field.contains("ethnic")) {
                    ethnicity = value;
                } else if (field.contains("disab")) {
                    disability = value.equals("n") || value.equals("no") || value.equals("none") ? "N" : "Y";
                } else if (field.equals("age")) {
                    age = band(years(value));
                } else if (field.equals("date-of-birth") && asAt != null && age.equals(UNKNOWN)) {
                    age = band(yearsSince(value, asAt));
                }
            }
            return new Profile(row.childId(), age, gender, disability, ethnicity);
        }

        /** Age band, gender, disability, ethnicity. */
        public List<String> values() {
            return List.of(age, gender, disability, ethnicity);
        }
    }

    /**
     * Adds children one at a time, each the first in {@code order} whose values are least represented among those
     * chosen so far, until {@code size} are chosen or none is left. {@code order} settles ties, so a rule that shuffles
     * it by its seed stays deterministic.
     *
     * @param order  the candidates, in the order ties go
     * @param chosen already chosen (counted for the balance, not chosen again); not changed
     * @return the children added, in the order chosen
     */
    public static List<Profile> choose(List<Profile> order, List<Profile> chosen, int size) {
        List<Map<String, Integer>> counts = counts(chosen);
        List<String> taken = new ArrayList<>(chosen.stream().map(Profile::childId).toList());
        List<Profile> added = new ArrayList<>();
        while (taken.size() < size) {
            Profile best = null;
            double bestScore = -1;
            for (Profile candidate : order) {
                if (!taken.contains(candidate.childId())) {
                    double score = 0;
                    List<String> values = candidate.values();
                    for (int i = 0; i < values.size(); i++) {
                        score += 1.0 / (1 + counts.get(i).getOrDefault(values.get(i), 0));
                    }
                    if (score > bestScore) {
                        best = candidate;
                        bestScore = score;
                    }
                }
            }
            if (best == null) {
                break;
            }
            taken.add(best.childId());
            added.add(best);
            count(counts, best);
        }
        return added;
    }

    /**
     * Whether a group is balanced: it holds as many distinct recorded values of each factor as the candidates do (or
     * as it has children). The detail counts each factor's values in the group.
     */
    public static RuleCheck check(String id, String text, List<Profile> candidates, List<Profile> group) {
        List<Map<String, Integer>> inGroup = counts(group);
        List<String> spread = new ArrayList<>();
        boolean met = true;
        for (int i = 0; i < FACTORS.size(); i++) {
            int index = i;
            long available = candidates.stream().map(p -> p.values().get(index)).filter(v -> !v.equals(UNKNOWN))
                    .distinct().count();
            long held = inGroup.get(i).keySet().stream().filter(v -> !v.equals(UNKNOWN)).count();
            met &= held >= Math.min(available, group.size());
            spread.add(FACTORS.get(i) + " " + new TreeMap<>(inGroup.get(i)));
        }
        return new RuleCheck(id, text, met, String.join("; ", spread));
    }

    private static List<Map<String, Integer>> counts(List<Profile> group) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        FACTORS.forEach(f -> counts.add(new HashMap<>()));
        group.forEach(p -> count(counts, p));
        return counts;
    }

    private static void count(List<Map<String, Integer>> counts, Profile profile) {
        List<String> values = profile.values();
        for (int i = 0; i < values.size(); i++) {
            counts.get(i).merge(values.get(i), 1, Integer::sum);
        }
    }

    private static int years(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int yearsSince(String isoDate, LocalDate asAt) {
        try {
            return Period.between(LocalDate.parse(isoDate), asAt).getYears();
        } catch (DateTimeParseException e) {
            return -1;
        }
    }

    /** Under 5, 5-10, 11-15, 16 and over: early years, primary, secondary, leaving care. */
    private static String band(int years) {
        return years < 0 ? UNKNOWN : years < 5 ? "0-4" : years < 11 ? "5-10" : years < 16 ? "11-15" : "16+";
    }
}
