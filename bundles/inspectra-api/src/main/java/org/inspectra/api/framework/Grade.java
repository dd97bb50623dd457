package org.inspectra.api.framework;

/**
 * One point on a framework's grade scale.
 *
 * @param id    kebab-case id from API.md ({@code outstanding}, {@code good}, {@code requires-improvement},
 *              {@code adequate}, {@code inadequate})
 * @param title the wording the framework uses
 */
public record Grade(String id, String title) {
}
