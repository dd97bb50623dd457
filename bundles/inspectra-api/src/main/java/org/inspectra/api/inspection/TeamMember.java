package org.inspectra.api.inspection;

/**
 * A member of an inspection team.
 *
 * @param user the member's user name in the Karaf realm
 * @param role the role on this inspection ({@code lead-inspector}, {@code inspector}, {@code qa-manager}, …)
 */
public record TeamMember(String user, String role) {
    public static final String LEAD_INSPECTOR = "lead-inspector";
}
