package org.inspectra.api.framework;

/**
 * A topic an inspection of a type is opened on, chosen from the type's list when the inspection is opened (ILACS
 * focused visit, {@code 000 §106}).
 *
 * @param id     kebab-case id, unique within the type
 * @param title  the topic as the framework words it
 * @param source seed paragraph
 */
public record Topic(String id, String title, String source) {
}
