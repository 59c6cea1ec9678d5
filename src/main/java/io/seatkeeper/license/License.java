package io.seatkeeper.license;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.time.Instant;
import java.util.UUID;

/**
 * The license key of one user. The key outlives deactivation so that a reactivated user gets
 * the same key back; the row outlives the user so that the key stays known as revoked.
 */
@Entity
@Table(name = "license", indexes = @Index(name = "ix_license_org", columnList = "organization_id"))
public class License {

    @Id
    private UUID id;

    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;

    @Column(name = "user_id", nullable = false, unique = true)
    private UUID userId;

    /** The user's userName when the license last changed: the user row may be gone. */
    @Column(name = "user_name", nullable = false, length = 320)
    private String userName;

    @Column(name = "license_key", nullable = false, unique = true, length = 40)
    private String key;

    /** A string column on every database, not H2's enum type: one migration fits all. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private LicenseStatus status;

    @Column(name = "activated_at", nullable = false)
    private Instant activatedAt;

    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    protected License() {
    }

    License(UUID organizationId, UUID userId, String userName, String key, Instant now) {
        this.id = UUID.randomUUID();
        this.organizationId = organizationId;
        this.userId = userId;
        this.userName = userName;
        this.key = key;
        this.status = LicenseStatus.ACTIVE;
        this.activatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public UUID userId() {
        return userId;
    }

    public String userName() {
        return userName;
    }

    public String key() {
        return key;
    }

    public LicenseStatus status() {
        return status;
    }

    public boolean isActive() {
        return status == LicenseStatus.ACTIVE;
    }

    public Instant activatedAt() {
        return activatedAt;
    }

    public Instant deactivatedAt() {
        return deactivatedAt;
    }

    void activate(String currentUserName, Instant now) {
        this.status = LicenseStatus.ACTIVE;
        this.userName = currentUserName;
        this.activatedAt = now;
        this.deactivatedAt = null;
    }

    void renameUser(String currentUserName) {
        this.userName = currentUserName;
    }

    void deactivate(Instant now) {
        this.status = LicenseStatus.INACTIVE;
        this.deactivatedAt = now;
    }
}
