package org.inspectra.api.inspection;

import java.time.LocalDate;

/**
 * A dated step of an inspection's timeline.
 *
 * @param id     milestone id
 * @param title  what happens
 * @param due    the date it falls due
 * @param source seed paragraph of the rule that dates it
 */
public record Milestone(String id, String title, LocalDate due, String source) {
}
