package io.seatkeeper.it;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpHandler;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.smtp.commands.SmtpCommandRegistry;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
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
        private final Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();

        Running() {
            int port = Integer.getInteger("seatkeeper.test.smtp.port", 3025);
            greenMail = new RefusingGreenMail(
                    new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP), refusals);
            greenMail.start();
        }

        /**
         * From now on the server answers {@code RCPT TO} for this address with a permanent
         * 550, as a mail server does for a mailbox that does not exist.
         */
        public void refuse(String recipient) {
            refusals.putIfAbsent(recipient.toLowerCase(Locale.ROOT), new AtomicInteger());
        }

        /** How many times the server refused the address (see {@link #refuse}). */
        public int refusals(String recipient) {
            AtomicInteger count = refusals.get(recipient.toLowerCase(Locale.ROOT));
            return count == null ? 0 : count.get();
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

    /**
     * GreenMail's SMTP server accepts every recipient; this one refuses the addresses in
     * {@code refusals} at {@code RCPT TO} and counts each refusal. GreenMail makes its
     * services anew on each start, so the refusals outlast a stop and start.
     */
    private static final class RefusingGreenMail extends GreenMail {
        private final Map<String, AtomicInteger> refusals;

        RefusingGreenMail(ServerSetup setup, Map<String, AtomicInteger> refusals) {
            super(setup);
            this.refusals = refusals;
        }

        @Override
        protected Map<String, AbstractServer> createServices(ServerSetup[] setups,
                Managers managers) {
            SmtpManager refusing = new SmtpManager(managers.getImapHostManager(),
                    managers.getUserManager()) {
                @Override
                public String checkRecipient(SmtpState state, MailAddress recipient) {
                    AtomicInteger count =
                            refusals.get(recipient.getEmail().toLowerCase(Locale.ROOT));
                    if (count == null) {
                        return null;
                    }
                    count.incrementAndGet();
                    return "550 5.1.1 <" + recipient.getEmail() + ">: mailbox unavailable";
                }
            };
            Map<String, AbstractServer> services = new HashMap<>();
            for (ServerSetup setup : setups) {
                services.put(setup.getProtocol(), new SmtpServer(setup, managers) {
                    @Override
                    protected ProtocolHandler createProtocolHandler(Socket socket) {
                        return new SmtpHandler(new SmtpCommandRegistry(), refusing, socket);
                    }
                });
            }
            return services;
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
