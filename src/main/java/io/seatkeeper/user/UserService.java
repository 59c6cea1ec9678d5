package io.seatkeeper.user;

import io.seatkeeper.audit.AuditTrail;
import io.seatkeeper.license.LicenseService;
import io.seatkeeper.organization.OrganizationService;
import io.seatkeeper.persistence.PersistenceFailures;
import io.seatkeeper.persistence.StoredTime;
import io.seatkeeper.scim.ScimException;
import io.seatkeeper.scim.ScimType;
import io.seatkeeper.scim.query.Cursor;
import io.seatkeeper.scim.query.ResourceQuery;
import io.seatkeeper.scim.query.TenantSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Provisioning of users within one organization. Every method takes the organization first
 * and never reads or writes another organization's rows: a user of another tenant is simply
 * not found.
 */
@ApplicationScoped
public class UserService {

    private static final Logger LOG = Logger.getLogger(UserService.class.getName());

    private final EntityManager em;
    private final OrganizationService organizations;
    private final LicenseService licenses;
    private final Event<UserDeleted> deleted;
    private final AuditTrail audit;

    /** For the CDI proxy only. */
    protected UserService() {
        this(null, null, null, null, null);
    }

    @Inject
    public UserService(EntityManager em, OrganizationService organizations,
            LicenseService licenses, Event<UserDeleted> deleted, AuditTrail audit) {
        this.em = em;
        this.organizations = organizations;
        this.licenses = licenses;
        this.deleted = deleted;
        this.audit = audit;
    }

    @Transactional
    public User create(UUID organizationId, UserAttributes attributes) {
        organizations.lockForProvisioning(organizationId);
        requireUniqueUserName(organizationId, attributes.userName(), null);

        User user = new User(organizationId, attributes, now());
        em.persist(user);
        flushGuardingUniqueness(attributes.userName());

        audit.record(organizationId, "user.created", "User", user.id(),
                "userName " + user.userName() + (user.isActive() ? ", active" : ", inactive"));
        if (user.isActive()) {
            licenses.activate(organizationId, user.id(), user.userName());
        }
        organizations.usersChanged(organizationId, 1);
        LOG.info(() -> "User " + user.id() + " provisioned in organization " + organizationId);
        return user;
    }

    /**
     * Replaces a user's attributes with what {@code change} makes of the current ones, and
     * moves its license along when {@code active} changes. Both PUT and PATCH end here.
     */
    @Transactional
    public User update(UUID organizationId, UUID userId,
            Function<User, UserAttributes> change) {
        User user = findLocked(organizationId, userId);
        boolean wasActive = user.isActive();
        String oldUserName = user.userName();

        UserAttributes changed = change.apply(user);
        if (!User.userNameKey(changed.userName()).equals(User.userNameKey(oldUserName))) {
            organizations.lockForProvisioning(organizationId);
            requireUniqueUserName(organizationId, changed.userName(), userId);
        }
        user.replaceWith(changed, now());
        flushGuardingUniqueness(changed.userName());
        audit.record(organizationId, activityChange(wasActive, user.isActive()), "User", userId,
                "userName " + user.userName());

        if (user.isActive() && !wasActive) {
            licenses.activate(organizationId, userId, user.userName());
        } else if (!user.isActive() && wasActive) {
            licenses.deactivate(organizationId, userId);
        }
        if (!Objects.equals(oldUserName, user.userName())) {
            licenses.recordUserName(userId, user.userName());
        }
        em.flush();
        LOG.info(() -> "User " + userId + " updated, active " + user.isActive());
        return user;
    }

    /** Deletes a user once {@code precondition} (which may throw) accepts its current state. */
    @Transactional
    public void delete(UUID organizationId, UUID userId, Consumer<User> precondition) {
        User user = findLocked(organizationId, userId);
        precondition.accept(user);
        audit.record(organizationId, "user.deleted", "User", userId,
                "userName " + user.userName());
        licenses.deactivate(organizationId, userId);
        deleted.fire(new UserDeleted(organizationId, userId));
        em.remove(user);
        organizations.usersChanged(organizationId, -1);
        LOG.info(() -> "User " + userId + " deleted from organization " + organizationId);
    }

    public User find(UUID organizationId, UUID userId) {
        User user = userId == null ? null : em.find(User.class, userId);
        return requireTenant(user, organizationId, userId);
    }

    /** Another organization's user is reported exactly like one that does not exist. */
    private static User requireTenant(User user, UUID organizationId, UUID userId) {
        if (user == null || !user.organizationId().equals(organizationId)) {
            throw ScimException.notFound("User " + userId + " not found");
        }
        return user;
    }

    /**
     * The user with its row locked until the transaction ends: changes to one user queue
     * here, so each sees the one before it and none is lost.
     *
     * <p>The lock is taken by a query of the user's own table, and the e-mails are read by a
     * statement of their own once it is held. A find would join them: H2 may then give the
     * e-mails as they were before the previous holder committed, and Hibernate's PostgreSQL
     * dialect locks such a read only afterwards, in a second statement that also checks the
     * version, so a change queued behind another would fail as a conflict.
     */
    private User findLocked(UUID organizationId, UUID userId) {
        User user = userId == null ? null
                : em.createQuery("select u from User u where u.id = :id", User.class)
                        .setParameter("id", userId)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultStream().findFirst().orElse(null);
        return requireTenant(user, organizationId, userId);
    }

    /**
     * Users of the organization that match the filter (all when it is null), ordered by
     * creation so that pages are stable, starting at the 1-based {@code startIndex}.
     */
    public TenantSearch.Result<User> search(UUID organizationId, ResourceQuery query) {
        Optional<String> userName = UserNameLookup.userName(query);
        if (userName.isPresent()) {
            return UserNameLookup.run(em, organizationId, userName.get(), query);
        }
        return TenantSearch.run(em, User.class, UserFilters.ATTRIBUTES, organizationId, query,
                user -> new Cursor(user.created(), user.id()),
                () -> organizations.userCount(organizationId));
    }

    private static String activityChange(boolean wasActive, boolean isActive) {
        if (wasActive == isActive) {
            return "user.updated";
        }
        return isActive ? "user.reactivated" : "user.deactivated";
    }

    private void requireUniqueUserName(UUID organizationId, String userName, UUID exceptUser) {
        List<UUID> holders = em.createQuery("select u.id from User u where u.organizationId = :org"
                        + " and u.userNameKey = :key", UUID.class)
                .setParameter("org", organizationId)
                .setParameter("key", User.userNameKey(userName))
                .getResultList();
        if (holders.stream().anyMatch(id -> !id.equals(exceptUser))) {
            throw userNameTaken(userName);
        }
    }

    /**
     * Flushes so that the unique constraint is checked now, inside this method, where a
     * violation can still be told as a 409 rather than as a failed commit.
     */
    private void flushGuardingUniqueness(String userName) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (PersistenceFailures.isConstraintViolation(e)) {
                throw userNameTaken(userName);
            }
            throw e;
        }
    }

    private static ScimException userNameTaken(String userName) {
        return new ScimException(409, ScimType.UNIQUENESS,
                "userName '" + userName + "' is already taken in this organization");
    }

    private static Instant now() {
        return StoredTime.now();
    }
}
