package org.inspectra.api.framework;

/** How a timeline counts days: working days unless a seed says calendar days (DOMAIN.md, Days). */
public enum DayCount {
    WORKING,
    CALENDAR
}
