package org.inspectra.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The results: each figure beside its floor from the same run, the ratio, and the target the issue sets. */
final class Table {

    record Row(String figure, String value, String floor, String ratio, String target) {
    }

    private final List<Row> rows = new ArrayList<>();

    void add(String figure, String value, String floor, String ratio, String target) {
        Row row = new Row(figure, value, floor, ratio, target);
        rows.add(row);
        System.out.println("  " + String.join(" | ", figure, value, floor, ratio, target));
    }

    static String ratio(double value, double floor) {
        return floor <= 0 ? "-" : String.format(Locale.UK, "%.2f", value / floor);
    }

    static String format(String pattern, Object... values) {
        return String.format(Locale.UK, pattern, values);
    }

    String text() {
        int[] width = {6, 5, 5, 5, 6};
        for (Row r : rows) {
            String[] cells = cells(r);
            for (int i = 0; i < cells.length; i++) {
                width[i] = Math.max(width[i], cells[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        String[] heading = {"figure", "value", "floor (same run)", "ratio", "target"};
        for (int i = 0; i < heading.length; i++) {
            width[i] = Math.max(width[i], heading[i].length());
        }
        line(out, heading, width);
        line(out, new String[] {"-".repeat(width[0]), "-".repeat(width[1]), "-".repeat(width[2]),
            "-".repeat(width[3]), "-".repeat(width[4])}, width);
        rows.forEach(r -> line(out, cells(r), width));
        return out.toString();
    }

    String markdown() {
        StringBuilder out = new StringBuilder("| figure | value | floor (same run) | ratio | target |\n"
                + "|---|---|---|---|---|\n");
        rows.forEach(r -> out.append("| ").append(String.join(" | ", cells(r))).append(" |\n"));
        return out.toString();
    }

    private static String[] cells(Row r) {
        return new String[] {r.figure(), r.value(), r.floor(), r.ratio(), r.target()};
    }

    private static void line(StringBuilder out, String[] cells, int[] width) {
        for (int i = 0; i < cells.length; i++) {
            out.append(String.format("%-" + width[i] + "s", cells[i])).append(i + 1 < cells.length ? "  " : "\n");
        }
    }
}
