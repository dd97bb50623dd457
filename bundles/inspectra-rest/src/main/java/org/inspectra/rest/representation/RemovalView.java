package org.inspectra.rest.representation;

/** What {@code DELETE /admin/frameworks/{id}/versions/{version}} did: {@code retired} or {@code uninstalled}. */
public record RemovalView(String id, String version, String outcome) {
}
