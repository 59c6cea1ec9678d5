package io.seatkeeper.admin;

import io.seatkeeper.audit.AuditEntry;
import io.seatkeeper.license.License;
import io.seatkeeper.notification.OutboxMessage;
import io.seatkeeper.organization.ApiKey;
import io.seatkeeper.organization.ApiKeyService;
import io.seatkeeper.organization.Organization;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the admin API sends: records written by JSON-B, absent values as {@code null}. */
public final class AdminViews {

    private AdminViews() {
    }

    @JsonbNillable
    public record OrganizationView(UUID id, String name, int seats, boolean scimEnabled,
            boolean strictAttributes, int activeLicenses, Instant createdAt) {
        public static OrganizationView of(Organization organization) {
            return new OrganizationView(organization.id(), organization.name(),
                    organization.seats(), organization.scimEnabled(),
                    organization.strictAttributes(), organization.activeLicenses(),
                    organization.createdAt());
        }
    }

    /** A key as listed: never its token. */
    @JsonbNillable
    public record ApiKeyView(UUID id, String prefix, Instant createdAt, Instant lastUsedAt) {
        public static ApiKeyView of(ApiKey key) {
            return new ApiKeyView(key.id(), key.prefix(), key.createdAt(), key.lastUsedAt());
        }
    }

    /** A key just issued: the one response that carries its token. */
    public record IssuedKeyView(UUID id, String token, String prefix, Instant createdAt) {
        public static IssuedKeyView of(ApiKeyService.IssuedKey issued) {
            return new IssuedKeyView(issued.key().id(), issued.token(), issued.key().prefix(),
                    issued.key().createdAt());
        }
    }

    @JsonbNillable
    public record LicenseView(String key, String userName, UUID userId, String status,
            Instant activatedAt, Instant deactivatedAt) {
        public static LicenseView of(License license) {
            return new LicenseView(license.key(), license.userName(), license.userId(),
                    license.status().name(), license.activatedAt(), license.deactivatedAt());
        }
    }

    @JsonbNillable
    public record NotificationView(UUID id, String recipient, String subject, String status,
            int attempts, String lastError, Instant createdAt, Instant sentAt) {
        public static NotificationView of(OutboxMessage message) {
            return new NotificationView(message.id(), message.recipient(), message.subject(),
                    message.status().name(), message.attempts(), message.lastError(),
                    message.createdAt(), message.sentAt());
        }
    }

    @JsonbNillable
    public record AuditEntryView(Instant at, String actor, String action, String resourceType,
            String resourceId, String detail, String requestId) {
        public static AuditEntryView of(AuditEntry entry) {
            return new AuditEntryView(entry.at(), entry.actor(), entry.action(),
                    entry.resourceType(), entry.resourceId(), entry.detail(), entry.requestId());
        }
    }

    /** A page of the audit trail, newest first. */
    public record AuditPage(long totalResults, int startIndex, int itemsPerPage,
            List<AuditEntryView> entries) {
    }

    /**
     * The answer to a license check: who holds a valid key, and nothing but
     * {@code "valid": false} for any other (null members are left out).
     */
    public record Verification(boolean valid, String key, String userName, UUID organizationId,
            Instant activatedAt) {
        static final Verification INVALID = new Verification(false, null, null, null, null);

        public static Verification of(License license) {
            return new Verification(true, license.key(), license.userName(),
                    license.organizationId(), license.activatedAt());
        }
    }
}
