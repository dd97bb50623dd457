package org.inspectra.core.selection;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.inspectra.api.childdata.ChildRow;
import org.inspectra.api.selection.Balancing;
import org.inspectra.api.selection.ChildProfile;
import org.inspectra.api.selection.RuleCheck;

/**
 * The one balance of age, gender, disability and ethnicity every selection rule uses ({@code 000 §150},
 * {@code 003 §54}): greedy, each child added the one whose values are rarest in the group so far.
 */
public final class FactorBalancing implements Balancing {

    private static final String UNKNOWN = ChildProfile.UNKNOWN;

    @Override
    public ChildProfile profile(ChildRow row, LocalDate asAt) {
        String age = UNKNOWN;
        String gender = UNKNOWN;
        String disability = UNKNOWN;
        String ethnicity = UNKNOWN;
        String born = null;
        for (Map.Entry<String, String> cell : row.values().entrySet()) {
            String field = cell.getKey().toLowerCase(Locale.ROOT);
            String value = cell.getValue().strip().toLowerCase(Locale.ROOT);
            if (value.isEmpty()) {
                continue;
            }
            if (field.contains("gender") || field.equals("sex")) {
                gender = value;
            } else if (field.contains("ethnic")) {
                ethnicity = value;
            } else if (field.contains("disab")) {
                disability = Set.of("n", "no", "none", "false", "0").contains(value) ? "N" : "Y";
            } else if (field.equals("age") || field.startsWith("age-")) {
                age = band(wholeNumber(value));
            } else if (field.equals("date-of-birth")) {
                born = value;
            }
        }
        if (age.equals(UNKNOWN) && born != null && asAt != null) {
            age = band(yearsSince(born, asAt));
        }
        return new ChildProfile(row.childId(), age, gender, disability, ethnicity);
    }

    @Override
    public ChildProfile merge(ChildProfile earlier, ChildProfile later) {
        return new ChildProfile(earlier.childId(), known(later.age(), earlier.age()),
                known(later.gender(), earlier.gender()), known(later.disability(), earlier.disability()),
                known(later.ethnicity(), earlier.ethnicity()));
    }

    @Override
    public List<ChildProfile> choose(List<ChildProfile> order, List<ChildProfile> chosen, int size) {
        List<Map<String, Integer>> counts = counts(chosen);
        Set<String> taken = new HashSet<>(chosen.stream().map(ChildProfile::childId).toList());
        List<ChildProfile> added = new ArrayList<>();
        while (taken.size() < size) {
            ChildProfile best = null;
            double bestScore = -1;
            for (ChildProfile candidate : order) {
                if (!taken.contains(candidate.childId())) {
                    double score = rarity(candidate, counts);
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

    @Override
    public RuleCheck check(String id, String text, List<ChildProfile> candidates, List<ChildProfile> group) {
        List<Map<String, Integer>> inGroup = counts(group);
        List<String> spread = new ArrayList<>();
        boolean met = true;
        for (int i = 0; i < ChildProfile.FACTORS.size(); i++) {
            int index = i;
            long available = candidates.stream().map(p -> p.values().get(index)).filter(v -> !v.equals(UNKNOWN))
                    .distinct().count();
            long held = inGroup.get(i).keySet().stream().filter(v -> !v.equals(UNKNOWN)).count();
            met &= held >= Math.min(available, group.size());
            spread.add(ChildProfile.FACTORS.get(i) + " " + new TreeMap<>(inGroup.get(i)));
        }
        return new RuleCheck(id, text, met, String.join("; ", spread));
    }

    /** Higher where the candidate's values are rarer in the group so far. */
    private static double rarity(ChildProfile candidate, List<Map<String, Integer>> counts) {
        List<String> values = candidate.values();
        double score = 0;
        for (int i = 0; i < values.size(); i++) {
            score += 1.0 / (1 + counts.get(i).getOrDefault(values.get(i), 0));
        }
        return score;
    }

    private static List<Map<String, Integer>> counts(List<ChildProfile> group) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        ChildProfile.FACTORS.forEach(f -> counts.add(new HashMap<>()));
        group.forEach(p -> count(counts, p));
        return counts;
    }

    private static void count(List<Map<String, Integer>> counts, ChildProfile profile) {
        List<String> values = profile.values();
        for (int i = 0; i < values.size(); i++) {
            counts.get(i).merge(values.get(i), 1, Integer::sum);
        }
    }

    private static String known(String preferred, String otherwise) {
        return preferred.equals(UNKNOWN) ? otherwise : preferred;
    }

    /** A whole number as a spreadsheet may write it ({@code 12} or {@code 12.0}), or -1. */
    private static int wholeNumber(String value) {
        try {
            return Integer.parseInt(value.replaceFirst("\\.0+$", ""));
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
