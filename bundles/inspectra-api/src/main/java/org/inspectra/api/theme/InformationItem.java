package org.inspectra.api.theme;

/**
 * One item of a theme's information request: a document or data the local authority provides for the deep dive.
 *
 * @param id     kebab-case id
 * @param title  what is asked for, as the seed words it
 * @param source seed paragraph
 */
public record InformationItem(String id, String title, String source) {
}
