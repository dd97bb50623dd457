package org.inspectra.api.framework;

/**
 * A numbered document the local authority supplies for an inspection (ILACS Annex A 1.01-3.12, {@code 000 §271};
 * SIF Annex A 1.01-4.10, {@code 004} Annex A). The authority puts the number in the document's name.
 *
 * @param number     as the framework numbers it, e.g. {@code 2.05}
 * @param section    the heading it sits under
 * @param title      the item as the framework words it
 * @param source     seed paragraph
 * @param onlyBeside asked for only where an inspection of this framework id runs beside (SIF 4.01-4.10 with a
 *                   concurrent LSCB review), or {@code null}
 * @param notBeside  not asked for where an inspection of this framework id runs beside (SIF 1.11-1.14, which the
 *                   LSCB review's documents replace), or {@code null}
 */
public record RequestedDocument(String number, String section, String title, String source, String onlyBeside,
                                String notBeside) {

    /** A document asked for whatever runs beside the inspection. */
    public RequestedDocument(String number, String section, String title, String source) {
        this(number, section, title, source, null, null);
    }

    /** Whether it is asked for when inspections of these frameworks run beside. */
    public boolean requestedBeside(java.util.Set<String> besideFrameworks) {
        return (onlyBeside == null || besideFrameworks.contains(onlyBeside))
                && (notBeside == null || !besideFrameworks.contains(notBeside));
    }
}
