package org.inspectra.api.authority;

/**
 * A local authority.
 *
 * @param code the DfE three-digit LA number (e.g. {@code 330})
 * @param name its name
 */
public record LocalAuthority(String code, String name) {
}
