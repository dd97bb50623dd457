package org.inspectra.childdata.quality;

/** Numbers read from fixed positions of a cell, ASCII digits only, without parsing or allocating. */
public final class AsciiDigits {

    private AsciiDigits() {
    }

    /** The ASCII digits from {@code from} to {@code to} as a number, or -1 where any is not one. */
    public static int value(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
