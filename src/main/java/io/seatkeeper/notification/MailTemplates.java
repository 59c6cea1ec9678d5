package io.seatkeeper.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of the mails, kept as resources under {@code mail/} so they can be reworded
 * without touching code. The first line of a template is the subject, the rest the body;
 * placeholders follow {@link MessageFormat}.
 */
final class MailTemplates {

    /** A filled-in mail. */
    record Mail(String subject, String body) {
    }

    /**
     * Templates as read, by name: a resource lookup in the WAR costs more than the filling in,
     * and a template changes only with the application.
     */
    private static final Map<String, String> LOADED = new ConcurrentHashMap<>();

    private MailTemplates() {
    }

    static Mail fill(String templateName, Object... arguments) {
        String template = LOADED.computeIfAbsent(templateName, MailTemplates::load);
        int endOfSubject = template.indexOf('\n');
        return new Mail(format(template.substring(0, endOfSubject), arguments),
                format(template.substring(endOfSubject + 1), arguments));
    }

    private static String format(String pattern, Object... arguments) {
        return new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }

    private static String load(String templateName) {
        String resource = "/mail/" + templateName + ".txt";
        try (InputStream in = MailTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing mail template " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
