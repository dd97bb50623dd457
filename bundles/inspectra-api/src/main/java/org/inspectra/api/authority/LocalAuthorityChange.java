package org.inspectra.api.authority;

/** The result of creating or renaming a local authority. */
public record LocalAuthorityChange(LocalAuthority authority, boolean created) {
}
