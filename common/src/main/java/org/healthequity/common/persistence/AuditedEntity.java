package org.healthequity.common.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import org.healthequity.common.security.Caller;

/**
 * Who created and last changed a row, and when, plus the version that backs ETags and optimistic locking. Every
 * table that users write carries these columns.
 */
@MappedSuperclass
public abstract class AuditedEntity {

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Version
    @Column(nullable = false)
    public long version;

    @PrePersist
    void onCreate() {
        Instant now = Instant.now();
        String who = Caller.currentName();
        createdAt = now;
        createdBy = who;
        updatedAt = now;
        updatedBy = who;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
        updatedBy = Caller.currentName();
    }
}
