package org.inspectra.api.selection;

/**
 * One line of a proposal's balance (API.md, {@code POST /inspections/{id}/selections}): how many children of the
 * proposal, and of the children the rule chose from, have one value of one factor the selection balances
 * ({@code 000 §150}, {@code 003 §54}).
 *
 * @param factor     one of {@link ChildProfile#FACTORS}: {@code age} (band), {@code gender}, {@code disability},
 *                   {@code ethnicity}
 * @param value      the value as {@link ChildProfile} holds it, {@link ChildProfile#UNKNOWN} where no list records it
 * @param proposed   children of the proposal with this value
 * @param candidates children on the lists the rule chose from with this value
 */
public record BalanceCount(String factor, String value, int proposed, int candidates) {
}
