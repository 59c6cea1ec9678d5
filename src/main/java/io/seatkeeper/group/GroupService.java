package io.seatkeeper.group;

import io.seatkeeper.audit.AuditTrail;
import io.seatkeeper.organization.OrganizationService;
import io.seatkeeper.persistence.PersistenceFailures;
import io.seatkeeper.persistence.StoredTime;
import io.seatkeeper.scim.ScimException;
import io.seatkeeper.scim.ScimType;
import io.seatkeeper.scim.query.Cursor;
import io.seatkeeper.scim.query.ResourceQuery;
import io.seatkeeper.scim.query.TenantSearch;
import io.seatkeeper.user.UserDeleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.logging.Logger;

/**
 * Groups of one organization and their members. Member changes work on the membership rows
 * they name, never on the whole member list, so they cost the same in a group of ten and of
 * a hundred thousand. Changes to one group queue on its row, so none is lost.
 */
@ApplicationScoped
public class GroupService {

    private static final Logger LOG = Logger.getLogger(GroupService.class.getName());
    /** Ids per IN list: databases cap the number of bind parameters of one statement. */
    private static final int CHUNK = 500;

    private final EntityManager em;
    private final OrganizationService organizations;
    private final AuditTrail audit;

    /** For the CDI proxy only. */
    protected GroupService() {
        this(null, null, null);
    }

    @Inject
    public GroupService(EntityManager em, OrganizationService organizations,
            AuditTrail audit) {
        this.em = em;
        this.organizations = organizations;
        this.audit = audit;
    }

    /** A member as a group lists it. */
    public record Member(UUID userId, String display) {
    }

    /** A group as a user's {@code groups} attribute lists it. */
    public record Membership(UUID groupId, String displayName) {
    }

    @Transactional
    public Group create(UUID organizationId, GroupAttributes attributes, Set<UUID> memberIds) {
        // The members before the organization: a user's delete locks the user, then the
        // organization (for the seat it frees); the other way round could deadlock with it.
        for (List<UUID> chunk : chunks(memberIds)) {
            lockUsers(organizationId, chunk);
        }
        organizations.lockForProvisioning(organizationId);
        requireUniqueDisplayName(organizationId, attributes.displayName(), null);

        Group group = new Group(organizationId, checked(attributes), now());
        em.persist(group);
        flushGuardingUniqueness(attributes.displayName());
        addMembers(group, memberIds);

        audit.record(organizationId, "group.created", "Group", group.id(),
                group.displayName() + ", " + memberIds.size() + " members");
        organizations.groupsChanged(organizationId, 1);
        LOG.info(() -> "Group " + group.id() + " created in organization " + organizationId);
        return group;
    }

    /**
     * Changes a group, once {@code precondition} (which may throw) accepts its current state:
     * its attributes through {@code change} (null leaves them), then its members, step by
     * step, in one transaction.
     */
    @Transactional
    public Group update(UUID organizationId, UUID groupId,
            Function<Group, GroupAttributes> change, List<MemberChange> memberChanges,
            Consumer<Group> precondition) {
        lockUsersToAdd(organizationId, memberChanges);
        Group group = findLocked(organizationId, groupId);
        precondition.accept(group);

        if (change != null) {
            GroupAttributes changed = checked(change.apply(group));
            if (!Group.displayNameKey(changed.displayName())
                    .equals(Group.displayNameKey(group.displayName()))) {
                requireUniqueDisplayName(organizationId, changed.displayName(), groupId);
            }
            group.replaceWith(changed, now());
            flushGuardingUniqueness(changed.displayName());
        }
        for (MemberChange memberChange : memberChanges) {
            apply(group, memberChange);
        }
        if (!memberChanges.isEmpty()) {
            group.membersChanged(now());
        }
        em.flush();
        audit.record(organizationId, memberChanges.isEmpty() ? "group.updated"
                : "group.members.changed", "Group", groupId, describe(memberChanges));

        LOG.info(() -> "Group " + groupId + " updated");
        return group;
    }

    /** Deletes a group once {@code precondition} (which may throw) accepts its current state. */
    @Transactional
    public void delete(UUID organizationId, UUID groupId, Consumer<Group> precondition) {
        Group group = findLocked(organizationId, groupId);
        precondition.accept(group);
        em.createQuery("delete from GroupMembership m where m.groupId = :group")
                .setParameter("group", groupId)
                .executeUpdate();
        audit.record(organizationId, "group.deleted", "Group", groupId, group.displayName());
        em.remove(group);
        organizations.groupsChanged(organizationId, -1);
        LOG.info(() -> "Group " + groupId + " deleted from organization " + organizationId);
    }

    public Group find(UUID organizationId, UUID groupId) {
        Group group = groupId == null ? null : em.find(Group.class, groupId);
        return requireTenant(group, organizationId, groupId);
    }

    /** Another organization's group is reported exactly like one that does not exist. */
    private static Group requireTenant(Group group, UUID organizationId, UUID groupId) {
        if (group == null || !group.organizationId().equals(organizationId)) {
            throw ScimException.notFound("Group " + groupId + " not found");
        }
        return group;
    }

    /** The group's members in the order they joined. */
    public List<Member> members(UUID groupId) {
        return em.createQuery("select new io.seatkeeper.group.GroupService$Member(u.id,"
                        + " coalesce(u.displayName, u.userName))"
                        + " from GroupMembership m join User u on u.id = m.userId"
                        + " where m.groupId = :group order by m.addedAt, m.userId", Member.class)
                .setParameter("group", groupId)
                .getResultList();
    }

    /** For each of the users, the groups it belongs to (users without any are left out). */
    public Map<UUID, List<Membership>> groupsOf(Collection<UUID> userIds) {
        Map<UUID, List<Membership>> groups = new HashMap<>();
        for (List<UUID> chunk : chunks(userIds)) {
            // Hibernate translates a query bound to a list into SQL again on every call; one
            // user, the case of every single-user request, gets a query it translates once.
            boolean one = chunk.size() == 1;
            List<Object[]> rows = em.createQuery("select m.userId, g.id, g.displayName"
                            + " from GroupMembership m join ScimGroup g on g.id = m.groupId"
                            + " where m.userId " + (one ? "= :users" : "in :users")
                            + " order by g.displayNameKey", Object[].class)
                    .setParameter("users", one ? chunk.get(0) : chunk)
                    .getResultList();
            for (Object[] row : rows) {
                groups.computeIfAbsent((UUID) row[0], user -> new ArrayList<>())
                        .add(new Membership((UUID) row[1], (String) row[2]));
            }
        }
        return groups;
    }

    public TenantSearch.Result<Group> search(UUID organizationId, ResourceQuery query) {
        return TenantSearch.run(em, Group.class, GroupFilters.ATTRIBUTES, organizationId, query,
                group -> new Cursor(group.created(), group.id()),
                () -> organizations.groupCount(organizationId));
    }

    /** A deleted user leaves every group it was in, in the deleting transaction. */
    void onUserDeleted(@Observes UserDeleted event) {
        em.createQuery("update ScimGroup g set g.lastModified = :now, g.version = g.version + 1"
                        + " where g.id in (select m.groupId from GroupMembership m"
                        + " where m.userId = :user)")
                .setParameter("now", now())
                .setParameter("user", event.userId())
                .executeUpdate();
        em.createQuery("delete from GroupMembership m where m.userId = :user")
                .setParameter("user", event.userId())
                .executeUpdate();
    }

    /** The member changes in a few words for the audit trail: ids when there are few. */
    private static String describe(List<MemberChange> changes) {
        return changes.stream()
                .map(change -> change.kind() == MemberChange.Kind.REMOVE_ALL ? "removed all"
                        : (change.kind() == MemberChange.Kind.ADD ? "added " : "removed ")
                                + (change.userIds().size() <= 5 ? change.userIds()
                                        : change.userIds().size() + " users"))
                .collect(Collectors.joining("; "));
    }

    private void apply(Group group, MemberChange change) {
        switch (change.kind()) {
            case ADD:
                addMembers(group, change.userIds());
                break;
            case REMOVE:
                for (List<UUID> chunk : chunks(change.userIds())) {
                    em.createQuery("delete from GroupMembership m where m.groupId = :group"
                                    + " and m.userId in :users")
                            .setParameter("group", group.id())
                            .setParameter("users", chunk)
                            .executeUpdate();
                }
                break;
            default:
                em.createQuery("delete from GroupMembership m where m.groupId = :group")
                        .setParameter("group", group.id())
                        .executeUpdate();
        }
    }

    /** Adds the users not yet members; every one must be a user of the group's organization. */
    private void addMembers(Group group, Set<UUID> userIds) {
        Instant now = now();
        for (List<UUID> chunk : chunks(userIds)) {
            requireUsersOf(group.organizationId(), chunk);
            Set<UUID> present = new HashSet<>(em.createQuery("select m.userId"
                            + " from GroupMembership m where m.groupId = :group"
                            + " and m.userId in :users", UUID.class)
                    .setParameter("group", group.id())
                    .setParameter("users", chunk)
                    .getResultList());
            chunk.stream()
                    .filter(userId -> !present.contains(userId))
                    .forEach(userId -> em.persist(new GroupMembership(group.id(), userId, now)));
        }
    }

    /**
     * Every id must be a user of the organization. The users' rows stay locked until the
     * transaction ends, so none of them can be deleted between this check and the insert of
     * its membership; a delete that comes first makes the check fail instead.
     */
    private void requireUsersOf(UUID organizationId, List<UUID> userIds) {
        Set<UUID> known = lockUsers(organizationId, userIds);
        for (UUID userId : userIds) {
            if (!known.contains(userId)) {
                throw ScimException.badRequest(ScimType.INVALID_VALUE,
                        "Member " + userId + " is not a user of this organization");
            }
        }
    }

    /**
     * Locks the users that a change adds before the group is locked: a user's delete locks
     * the user and then the user's groups, so taking the group first here and the users
     * after could deadlock with it. Users that are not there are told about later, after
     * the group's precondition.
     */
    private void lockUsersToAdd(UUID organizationId, List<MemberChange> changes) {
        List<UUID> added = changes.stream()
                .filter(change -> change.kind() == MemberChange.Kind.ADD)
                .flatMap(change -> change.userIds().stream())
                .distinct()
                .toList();
        for (List<UUID> chunk : chunks(added)) {
            lockUsers(organizationId, chunk);
        }
    }

    /** The ones of these users that are the organization's, locked until the transaction ends. */
    private Set<UUID> lockUsers(UUID organizationId, List<UUID> userIds) {
        return new HashSet<>(em.createQuery("select u.id from User u"
                        + " where u.organizationId = :org and u.id in :users", UUID.class)
                .setParameter("org", organizationId)
                .setParameter("users", userIds)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList());
    }

    private Group findLocked(UUID organizationId, UUID groupId) {
        Group group = groupId == null ? null
                : em.find(Group.class, groupId, LockModeType.PESSIMISTIC_WRITE);
        return requireTenant(group, organizationId, groupId);
    }

    private void requireUniqueDisplayName(UUID organizationId, String displayName,
            UUID exceptGroup) {
        List<UUID> holders = em.createQuery("select g.id from ScimGroup g"
                        + " where g.organizationId = :org and g.displayNameKey = :key", UUID.class)
                .setParameter("org", organizationId)
                .setParameter("key", Group.displayNameKey(displayName))
                .getResultList();
        if (holders.stream().anyMatch(id -> !id.equals(exceptGroup))) {
            throw displayNameTaken(displayName);
        }
    }

    private void flushGuardingUniqueness(String displayName) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (PersistenceFailures.isConstraintViolation(e)) {
                throw displayNameTaken(displayName);
            }
            throw e;
        }
    }

    private static GroupAttributes checked(GroupAttributes attributes) {
        if (attributes.displayName() == null || attributes.displayName().isBlank()) {
            throw ScimException.badRequest(ScimType.INVALID_VALUE, "'displayName' is required");
        }
        return attributes;
    }

    private static ScimException displayNameTaken(String displayName) {
        return new ScimException(409, ScimType.UNIQUENESS,
                "A group named '" + displayName + "' already exists in this organization");
    }

    private static List<List<UUID>> chunks(Collection<UUID> ids) {
        List<UUID> all = new ArrayList<>(ids);
        List<List<UUID>> chunks = new ArrayList<>();
        for (int start = 0; start < all.size(); start += CHUNK) {
            chunks.add(all.subList(start, Math.min(all.size(), start + CHUNK)));
        }
        return chunks;
    }

    private static Instant now() {
        return StoredTime.now();
    }
}
