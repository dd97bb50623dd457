package org.inspectra.api.framework;

/**
 * A line of the framework's text an inspection type carries as it stands: a question the inspection seeks to answer
 * ({@code 000 §57}), an aspect it always evaluates ({@code 000 §107}).
 *
 * @param text   the framework's words
 * @param source seed paragraph
 */
public record SourcedText(String text, String source) {
}
