package io.seatkeeper.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seatkeeper.notification.MessageStatus;
import io.seatkeeper.notification.Outbox;
import io.seatkeeper.notification.OutboxMessage;
import io.seatkeeper.organization.OrganizationService;
import io.seatkeeper.scim.ScimException;
import io.seatkeeper.user.EmailAddress;
import io.seatkeeper.user.PersonName;
import io.seatkeeper.user.User;
import io.seatkeeper.user.UserAttributes;
import io.seatkeeper.user.UserService;
import jakarta.inject.Inject;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A user's license changes as seen from inside the running server: the event each change
 * fires, and the mail its observer queues in the outbox within the same transaction, so that
 * the mail goes out if and only if the change commits.
 */
@ExtendWith(ArquillianExtension.class)
class LicenseEventsContainerIT {

    @Inject
    OrganizationService organizations;

    @Inject
    UserService users;

    @Inject
    LicenseService licenses;

    @Inject
    Outbox outbox;

    @Inject
    RecordedLicenseEvents events;

    @Inject
    CommittedRows committed;

    @Inject
    UserTransaction transaction;

    /** The application as the build packaged it, plus the beans that watch it. */
    @Deployment
    public static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/seatkeeper.war"))
                .addClasses(RecordedLicenseEvents.class, CommittedRows.class);
    }

    @AfterEach
    void endTransaction() throws SystemException {
        // A failed assertion inside a transaction must not leave it open on the server thread.
        if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
            transaction.rollback();
        }
    }

    @Test
    void creatingAnActiveUserFiresOneActivationAndQueuesItsMailInTheSameTransaction()
            throws Exception {
        UUID organizationId = newOrganization(3);

        transaction.begin();
        User user = users.create(organizationId, person(randomUserName(), true));
        List<OutboxMessage> seenInside = outbox.listFor(organizationId);
        List<OutboxMessage> seenOutside = committed.outbox(organizationId);
        transaction.commit();

        License license = onlyElement(licenses.listFor(organizationId));
        assertEquals(List.of(new LicenseActivated(license.id(), organizationId, user.id())),
                events.activatedIn(organizationId));
        assertEquals(1, seenInside.size());
        assertEquals(List.of(), seenOutside);
        OutboxMessage queued = onlyElement(outbox.listFor(organizationId));
        assertEquals(seenInside.get(0).id(), queued.id());
        assertEquals(MessageStatus.PENDING, queued.status());
        assertEquals(user.mailAddress(), queued.recipient());
    }

    @Test
    void rollingBackTheCreateLeavesNoUserLicenseOrMail() throws Exception {
        UUID organizationId = newOrganization(3);

        transaction.begin();
        users.create(organizationId, person(randomUserName(), true));
        transaction.rollback();

        assertNothingProvisionedIn(organizationId);
        // The event went out all the same: it is the mailer writing to the outbox, in the
        // transaction, that keeps a rolled-back activation from being mailed.
        assertEquals(1, events.activatedIn(organizationId).size());
    }

    @Test
    void aCreatePastTheSeatLimitUndoesTheCreatesBeforeItInTheTransaction() throws Exception {
        UUID organizationId = newOrganization(1);

        transaction.begin();
        users.create(organizationId, person(randomUserName(), true));
        ScimException refused = assertThrows(ScimException.class,
                () -> users.create(organizationId, person(randomUserName(), true)));
        assertEquals(403, refused.status());
        assertThrows(RollbackException.class, transaction::commit);

        assertNothingProvisionedIn(organizationId);
    }

    @Test
    void deactivatingAUserFiresOneDeactivationAndQueuesOneMoreMail() {
        UUID organizationId = newOrganization(3);
        String userName = randomUserName();
        User user = users.create(organizationId, person(userName, true));
        int queuedBefore = outbox.listFor(organizationId).size();

        users.update(organizationId, user.id(), current -> person(userName, false));

        License license = onlyElement(licenses.listFor(organizationId));
        assertEquals(LicenseStatus.INACTIVE, license.status());
        assertEquals(List.of(new LicenseDeactivated(license.id(), organizationId, user.id())),
                events.deactivatedIn(organizationId));
        List<OutboxMessage> queued = outbox.listFor(organizationId);
        assertEquals(queuedBefore + 1, queued.size());
        OutboxMessage deactivationMail = queued.get(queued.size() - 1);
        assertEquals(MessageStatus.PENDING, deactivationMail.status());
        assertTrue(deactivationMail.subject().contains("no longer works"),
                deactivationMail.subject());
    }

    private void assertNothingProvisionedIn(UUID organizationId) {
        assertEquals(0, committed.users(organizationId));
        assertEquals(List.of(), licenses.listFor(organizationId));
        assertEquals(List.of(), committed.outbox(organizationId));
        assertEquals(0, organizations.find(organizationId).activeLicenses());
    }

    private UUID newOrganization(int seats) {
        return organizations.create("Org " + UUID.randomUUID(), seats).id();
    }

    private static String randomUserName() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }

    /** A person as an IdP provisions one: a userName that is also the work e-mail. */
    private static UserAttributes person(String userName, boolean active) {
        PersonName name = new PersonName(null, "Lee", "Ann", null, null, null);
        List<EmailAddress> emails = List.of(new EmailAddress(userName, "work", true, null));
        return new UserAttributes(userName, null, name, "Ann Lee", null, null, null, null, null,
                null, null, active, emails, null);
    }

    private static <T> T onlyElement(List<T> list) {
        assertEquals(1, list.size(), list.toString());
        return list.get(0);
    }
}
