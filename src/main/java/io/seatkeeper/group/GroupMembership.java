package io.seatkeeper.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.UUID;

/** One user's membership of one group; a user is a member of a group at most once. */
@Entity
@Table(name = "group_member",
        uniqueConstraints = @UniqueConstraint(name = "uq_group_member",
                columnNames = {"group_id", "user_id"}),
        indexes = @Index(name = "ix_group_member_user", columnList = "user_id"))
public class GroupMembership {

    @Id
    private UUID id;

    @Column(name = "group_id", nullable = false)
    private UUID groupId;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected GroupMembership() {
    }

    GroupMembership(UUID groupId, UUID userId, Instant addedAt) {
        this.id = UUID.randomUUID();
        this.groupId = groupId;
        this.userId = userId;
        this.addedAt = addedAt;
    }

    public UUID groupId() {
        return groupId;
    }

    public UUID userId() {
        return userId;
    }
}
