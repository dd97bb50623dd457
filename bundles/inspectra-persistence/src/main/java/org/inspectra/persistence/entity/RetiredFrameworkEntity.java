package org.inspectra.persistence.entity;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.hibernate.annotations.Proxy;
import org.inspectra.api.framework.FrameworkKey;

@Entity
@Proxy(lazy = false)
@Table(name = "retired_framework")
public class RetiredFrameworkEntity {

    @Id
    @Column(name = "framework_key", length = 130)
    private String key;

    @Column(name = "framework_id", nullable = false, length = 64)
    private String frameworkId;

    @Column(name = "framework_version", nullable = false, length = 64)
    private String frameworkVersion;

    @Column(name = "retired_at", nullable = false)
    private Instant retiredAt;

    @Column(name = "retired_by", nullable = false, length = 128)
    private String retiredBy;

    protected RetiredFrameworkEntity() {
        // for JPA
    }

    public RetiredFrameworkEntity(FrameworkKey key, Instant at, String by) {
        this.key = key.toString();
        this.frameworkId = key.id();
        this.frameworkVersion = key.version();
        this.retiredAt = at;
        this.retiredBy = by;
    }

    public static String keyOf(FrameworkKey key) {
        return key.toString();
    }

    public FrameworkKey toKey() {
        return new FrameworkKey(frameworkId, frameworkVersion);
    }
}
