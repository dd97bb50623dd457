package org.inspectra.persistence.entity;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import org.inspectra.api.inspection.TeamMember;

@Embeddable
public class TeamMemberEmbeddable {

    @Column(name = "user_name", nullable = false, length = 128)
    private String user;

    @Column(name = "team_role", nullable = false, length = 64)
    private String role;

    protected TeamMemberEmbeddable() {
        // for JPA
    }

    public TeamMemberEmbeddable(TeamMember member) {
        this.user = member.user();
        this.role = member.role();
    }

    public TeamMember toDomain() {
        return new TeamMember(user, role);
    }
}
