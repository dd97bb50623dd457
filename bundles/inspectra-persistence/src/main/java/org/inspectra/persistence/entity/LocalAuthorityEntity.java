package org.inspectra.persistence.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.hibernate.annotations.Proxy;
import org.inspectra.api.authority.LocalAuthority;

@Entity
@Proxy(lazy = false)
@Table(name = "local_authority")
public class LocalAuthorityEntity {

    @Id
    @Column(name = "code", length = 3)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected LocalAuthorityEntity() {
        // for JPA
    }

    public LocalAuthorityEntity(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public LocalAuthority toDomain() {
        return new LocalAuthority(code, name);
    }
}
