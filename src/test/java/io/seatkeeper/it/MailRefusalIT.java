package io.seatkeeper.it;

import static io.seatkeeper.it.ServerUnderTest.createUser;
import static io.seatkeeper.it.ServerUnderTest.newTenant;
import static io.seatkeeper.it.ServerUnderTest.notifications;
import static io.seatkeeper.it.ServerUnderTest.uniqueEmail;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.seatkeeper.it.ServerUnderTest.Tenant;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An address the mail server refuses is tried {@code seatkeeper.mail.max-attempts} times and
 * then given up on, while mail to other addresses goes out; only refusals count, not the
 * attempts made while the mail server was down.
 */
@ExtendWith(MailServer.class)
class MailRefusalIT {

    /** The server under test's {@code seatkeeper.mail.max-attempts}, set by the build. */
    private static final int MAX_ATTEMPTS =
            Integer.getInteger("seatkeeper.test.mail.max-attempts", 10);
    /** Long enough for several more attempts at the test server's retry delays. */
    private static final Duration NO_MORE_ATTEMPTS = Duration.ofSeconds(3);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Test
    void refusedAddressIsGivenUpAfterTheConfiguredAttempts(MailServer.Running mail) {
        Tenant tenant = newTenant(5);
        String refused = refusedAddress(mail);
        String accepted = uniqueEmail();

        createUser(tenant, refused, true);
        createUser(tenant, accepted, true);

        mail.awaitMails(accepted, 1);
        Map<String, Object> given = awaitFailed(tenant, refused);
        assertEquals(MAX_ATTEMPTS, given.get("attempts"));
        assertThat((String) given.get("lastError"), containsString("550"));
        assertEquals(MAX_ATTEMPTS, mail.refusals(refused));
        await().during(NO_MORE_ATTEMPTS).atMost(NO_MORE_ATTEMPTS.plusSeconds(5))
                .until(() -> mail.refusals(refused) == MAX_ATTEMPTS);
        assertEquals(List.of(), mail.mailsTo(refused));
        assertEquals("SENT", messageTo(tenant, accepted).get("status"));
    }

    @Test
    void attemptsDuringAnOutageDoNotCountTowardsGivingUp(MailServer.Running mail) {
        Tenant tenant = newTenant(5);
        String refused = refusedAddress(mail);
        mail.stop();
        try {
            createUser(tenant, refused, true);

            await().atMost(TIMEOUT).until(() ->
                    (int) messageTo(tenant, refused).get("attempts") >= MAX_ATTEMPTS);
            assertEquals("PENDING", messageTo(tenant, refused).get("status"));
        } finally {
            mail.start();
        }

        awaitFailed(tenant, refused);
        assertEquals(MAX_ATTEMPTS, mail.refusals(refused));
    }

    private static String refusedAddress(MailServer.Running mail) {
        String address = "no-such-mailbox-" + UUID.randomUUID() + "@example.com";
        mail.refuse(address);
        return address;
    }

    private static Map<String, Object> awaitFailed(Tenant tenant, String recipient) {
        await().atMost(TIMEOUT)
                .until(() -> "FAILED".equals(messageTo(tenant, recipient).get("status")));
        return messageTo(tenant, recipient);
    }

    private static Map<String, Object> messageTo(Tenant tenant, String recipient) {
        List<Map<String, Object>> messages = notifications(tenant).stream()
                .filter(message -> recipient.equals(message.get("recipient")))
                .toList();
        assertEquals(1, messages.size(), messages.toString());
        return messages.get(0);
    }
}
