package org.inspectra.api.childdata;

import java.time.LocalDate;

/**
 * One dated event of a child's, traced to where a list records it.
 *
 * @param date   when
 * @param event  what happened, a kebab-case id shared by the frameworks (e.g. {@code referral},
 *               {@code cp-plan-start}, {@code started-looked-after}: {@link org.inspectra.api.framework.Meanings})
 * @param listId the list
 * @param row    the row's number in the sheet
 * @param field  the field id of the column
 */
public record ChronologyEvent(LocalDate date, String event, String listId, long row, String field) {
}
