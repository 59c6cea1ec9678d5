package io.seatkeeper.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One recorded change. */
@Entity
@Table(name = "audit_entry",
        indexes = @Index(name = "ix_audit_org_at", columnList = "organization_id, at, id"))
public class AuditEntry {

    private static final int MAX_DETAIL = 500;

    /** From a sequence: it orders the entries of one transaction, which may share a time. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
    @SequenceGenerator(name = "audit_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;

    @Column(nullable = false)
    private Instant at;

    /** "operator", "api-key:<key id>" or "system". */
    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false, length = 64)
    private String action;

    @Column(name = "resource_type", nullable = false, length = 32)
    private String resourceType;

    @Column(name = "resource_id", length = 64)
    private String resourceId;

    @Column(length = MAX_DETAIL)
    private String detail;

    @Column(name = "request_id", length = 64)
    private String requestId;

    protected AuditEntry() {
    }

    AuditEntry(UUID organizationId, Instant at, String actor, String action,
            String resourceType, String resourceId, String detail, String requestId) {
        this.organizationId = organizationId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.resourceType = resourceType;
        this.resourceId = resourceId;
        this.detail = detail == null || detail.length() <= MAX_DETAIL
                ? detail : detail.substring(0, MAX_DETAIL);
        this.requestId = requestId;
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String resourceType() {
        return resourceType;
    }

    public String resourceId() {
        return resourceId;
    }

    public String detail() {
        return detail;
    }

    public String requestId() {
        return requestId;
    }
}
