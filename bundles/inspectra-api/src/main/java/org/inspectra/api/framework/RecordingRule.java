package org.inspectra.api.framework;

/**
 * When evidence must be in the team's shared record: within {@code withinWorkingDays} working days of being gathered,
 * and all of it by the milestone {@code allBy} (targeted inspections: SEA entries within two days of the evidence,
 * complete by the end of day 13, {@code 003 §78}).
 *
 * @param withinWorkingDays working days after the evidence was gathered
 * @param allBy             milestone id of the inspection type by which every entry is in
 * @param source            seed paragraph
 */
public record RecordingRule(int withinWorkingDays, String allBy, String source) {
}
