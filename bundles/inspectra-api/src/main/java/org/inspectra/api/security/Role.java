package org.inspectra.api.security;

/** The platform roles of API.md, as the Karaf JAAS realm grants them. */
public final class Role {
    public static final String ADMIN = "admin";
    public static final String LEAD_INSPECTOR = "lead-inspector";
    public static final String INSPECTOR = "inspector";
    public static final String LA_LINK = "la-link";

    private Role() {
    }
}
