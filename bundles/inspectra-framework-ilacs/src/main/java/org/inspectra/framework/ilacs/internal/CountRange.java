package org.inspectra.framework.ilacs.internal;

/**
 * A count the seed gives as a range ("between four and six", "up to two", "six to 12").
 *
 * @param min fewest
 * @param max most
 */
record CountRange(int min, int max) {

    CountRange {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("bad range " + min + ".." + max);
        }
    }

    static CountRange exactly(int count) {
        return new CountRange(count, count);
    }

    static CountRange upTo(int max) {
        return new CountRange(0, max);
    }

    boolean contains(int count) {
        return count >= min && count <= max;
    }
}
