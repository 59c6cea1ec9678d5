package io.seatkeeper.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A provisioned group, without its members (see {@link GroupMembership}). Its version moves
 * on every change, member changes included, so that ETags tell when a group changed.
 */
@Entity(name = "ScimGroup")
@Table(name = "scim_group",
        uniqueConstraints = @UniqueConstraint(name = "uq_group_org_display_name",
                columnNames = {"organization_id", "display_name_key"}),
        indexes = @Index(name = "ix_group_org_created",
                columnList = "organization_id, created, id"))
public class Group {

    @Id
    private UUID id;

    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "display_name_key", nullable = false)
    private String displayNameKey;

    @Column(name = "external_id")
    private String externalId;

    @Column(nullable = false)
    private Instant created;

    @Column(name = "last_modified", nullable = false)
    private Instant lastModified;

    @Version
    private long version;

    protected Group() {
    }

    Group(UUID organizationId, GroupAttributes attributes, Instant now) {
        this.id = UUID.randomUUID();
        this.organizationId = organizationId;
        this.created = now;
        replaceWith(attributes, now);
    }

    /** The form of a displayName that uniqueness is decided on. */
    static String displayNameKey(String displayName) {
        return displayName.toLowerCase(Locale.ROOT);
    }

    void replaceWith(GroupAttributes attributes, Instant now) {
        this.displayName = attributes.displayName();
        this.displayNameKey = displayNameKey(attributes.displayName());
        this.externalId = attributes.externalId();
        this.lastModified = now;
    }

    /** Marks a change of members, which live in rows of their own. */
    void membersChanged(Instant now) {
        this.lastModified = now;
    }

    public GroupAttributes attributes() {
        return new GroupAttributes(displayName, externalId);
    }

    public UUID id() {
        return id;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public String displayName() {
        return displayName;
    }

    public Instant created() {
        return created;
    }

    public Instant lastModified() {
        return lastModified;
    }

    public long version() {
        return version;
    }
}
