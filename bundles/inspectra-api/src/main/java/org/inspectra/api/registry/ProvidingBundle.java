package org.inspectra.api.registry;

/**
 * The OSGi bundle a framework version comes from.
 *
 * @param id             bundle id
 * @param symbolicName   Bundle-SymbolicName
 * @param version        Bundle-Version
 * @param state          bundle state (e.g. {@code active})
 */
public record ProvidingBundle(long id, String symbolicName, String version, String state) {
}
