package io.seatkeeper.it;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A real SMTP server (GreenMail) on the port the server under test sends to. One is started
 * for the whole test run and stopped at its end; tests tell their mail apart by recipient.
 */
public final class MailServer implements BeforeAllCallback, ParameterResolver {

    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(30);

    /** The running GreenMail, closed by JUnit when the run ends. */
    public static final class Running implements ExtensionContext.Store.CloseableResource {
        private final GreenMail greenMail;

        Running() {
            int port = Integer.getInteger("seatkeeper.test.smtp.port", 3025);
            greenMail = new GreenMail(
                    new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }

        /** Waits until {@code count} mails reached the address, and returns them all. */
        public List<Message> awaitMails(String recipient, int count) {
            await().atMost(DELIVERY_TIMEOUT)
                    .until(() -> mailsTo(recipient).size() >= count);
            return mailsTo(recipient);
        }

        /** Takes the mail server down, as an outage would; mail already received is kept. */
        public void stop() {
            greenMail.stop();
        }

        public void start() {
            greenMail.start();
        }

        public List<Message> mailsTo(String recipient) {
            return Arrays.stream(greenMail.getReceivedMessages())
                    .filter(message -> isTo(message, recipient))
                    .map(Message.class::cast)
                    .toList();
        }

        public static String body(Message message) {
            return GreenMailUtil.getBody(message).replace("\r\n", "\n");
        }

        private static boolean isTo(Message message, String recipient) {
            try {
                return Arrays.stream(message.getAllRecipients())
                        .anyMatch(address -> address.toString().equalsIgnoreCase(recipient));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            greenMail.stop();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        running(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Running.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return running(context);
    }

    private static Running running(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, key -> new Running(), Running.class);
    }
}
