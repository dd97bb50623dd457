package org.inspectra.framework.targeted.internal;

/**
 * A count the seed gives as a number or a range ("20 children", "between five and seven children").
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

    boolean contains(int count) {
        return count >= min && count <= max;
    }
}
