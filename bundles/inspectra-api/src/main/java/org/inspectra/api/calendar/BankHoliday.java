package org.inspectra.api.calendar;

import java.time.LocalDate;

/**
 * A bank holiday of England and Wales.
 *
 * @param date the day off
 * @param name its name, with "(substitute day)" where it replaces one that fell at a weekend
 */
public record BankHoliday(LocalDate date, String name) {
}
