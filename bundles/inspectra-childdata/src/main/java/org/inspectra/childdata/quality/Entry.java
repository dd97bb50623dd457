package org.inspectra.childdata.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.inspectra.api.childdata.ChildRow;
import org.inspectra.api.childdata.ChronologyEvent;
import org.inspectra.api.framework.ChildListSpec;
import org.inspectra.api.framework.FieldSpec;
import org.inspectra.api.quality.ChildEntry;

/**
 * One row as the checks see it: its dates as day numbers and its other meaningful values, at the positions its
 * list's {@link ListLayout} gives them. A value that does not read as its type (a row stored before its column was
 * typed) counts as absent.
 */
final class Entry implements ChildEntry {

    private static final int NONE = Integer.MIN_VALUE;

    private final ListLayout layout;
    private final long row;
    private final String childId;
    private final int[] days;
    private final String[] values;

    private Entry(ListLayout layout, long row, String childId, int[] days, String[] values) {
        this.layout = layout;
        this.row = row;
        this.childId = childId;
        this.days = days;
        this.values = values;
    }

    /** The row's facts; repeated values (flags, genders, counts) share one string through {@code interned}. */
    static Entry of(ListLayout layout, ChildRow row, Map<String, String> interned) {
        FieldSpec[] dateFields = layout.dates();
        int[] days = new int[dateFields.length];
        for (int i = 0; i < days.length; i++) {
            days[i] = epochDay(row.value(dateFields[i].id()));
        }
        FieldSpec[] valueFields = layout.values();
        String[] values = new String[valueFields.length];
        for (int i = 0; i < values.length; i++) {
            String value = row.value(valueFields[i].id());
            values[i] = value == null ? null : interned.computeIfAbsent(value, v -> v);
        }
        return new Entry(layout, row.row(), row.childId(), days, values);
    }

    /** An ISO date ({@code 2025-08-18}, as the import normalises dates) as its day number, else {@link #NONE}. */
    static int epochDay(String iso) {
        if (iso == null || iso.length() != 10 || iso.charAt(4) != '-' || iso.charAt(7) != '-') {
            return NONE;
        }
        int year = AsciiDigits.value(iso, 0, 4);
        int month = AsciiDigits.value(iso, 5, 7);
        int day = AsciiDigits.value(iso, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > length(year, month)) {
            return NONE;
        }
        return epochDay(year, month, day);
    }

    private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private static boolean leap(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    private static int length(int year, int month) {
        return month == 2 && leap(year) ? 29 : DAYS_IN_MONTH[month - 1];
    }

    /** {@link LocalDate#toEpochDay()}'s arithmetic without making a date: this runs for every date of every row. */
    private static int epochDay(int year, int month, int day) {
        long total = 365L * year;
        total += (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
        total += (367L * month - 362) / 12;
        total += day - 1;
        if (month > 2) {
            total -= leap(year) ? 1 : 2;
        }
        return (int) (total - 719_528L);
    }

    ListLayout layout() {
        return layout;
    }

    String childId() {
        return childId;
    }

    @Override
    public ChildListSpec list() {
        return layout.spec();
    }

    @Override
    public long row() {
        return row;
    }

    /** The day number of the date at this position of the layout, or {@link #NONE}. */
    int day(int position) {
        return position < 0 ? NONE : days[position];
    }

    /** The day number of the date with this meaning, or {@link #NONE}. */
    int day(String meaning) {
        return day(layout.date(meaning));
    }

    static boolean given(int day) {
        return day != NONE;
    }

    @Override
    public LocalDate date(String meaning) {
        int day = day(meaning);
        return given(day) ? LocalDate.ofEpochDay(day) : null;
    }

    @Override
    public String value(String meaning) {
        int position = layout.value(meaning);
        return position < 0 ? null : values[position];
    }

    /** The field id of the date or value with this meaning, or {@code null}. */
    String field(String meaning) {
        int date = layout.date(meaning);
        if (date >= 0) {
            return layout.dates()[date].id();
        }
        int value = layout.value(meaning);
        return value < 0 ? null : layout.values()[value].id();
    }

    @Override
    public List<ChronologyEvent> events() {
        List<ChronologyEvent> events = new ArrayList<>();
        FieldSpec[] fields = layout.dates();
        for (int i = 0; i < fields.length; i++) {
            if (given(days[i])) {
                events.add(new ChronologyEvent(LocalDate.ofEpochDay(days[i]), fields[i].meaning(),
                        layout.spec().id(), row, fields[i].id()));
            }
        }
        return events;
    }
}
