package org.inspectra.core.registry;

import java.util.Comparator;

/**
 * Orders framework versions such as {@code 2018.12} and {@code 2023.1}: dot- or dash-separated parts compared
 * numerically where both are numbers, otherwise as text, so {@code 2018.9 < 2018.12}.
 */
final class FrameworkVersionOrder implements Comparator<String> {

    static final FrameworkVersionOrder INSTANCE = new FrameworkVersionOrder();

    private FrameworkVersionOrder() {
    }

    @Override
    public int compare(String a, String b) {
        String[] left = a.split("[.\\-]");
        String[] right = b.split("[.\\-]");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            if (i >= left.length) {
                return -1;
            }
            if (i >= right.length) {
                return 1;
            }
            int c = comparePart(left[i], right[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int comparePart(String a, String b) {
        if (a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit)
                && !a.isEmpty() && !b.isEmpty()) {
            return new java.math.BigInteger(a).compareTo(new java.math.BigInteger(b));
        }
        return a.compareTo(b);
    }
}
