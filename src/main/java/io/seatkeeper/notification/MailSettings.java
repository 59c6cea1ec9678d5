package io.seatkeeper.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How and where mail goes, from MicroProfile Config (env SEATKEEPER_MAIL_SMTP_HOST, ...). */
@ApplicationScoped
public class MailSettings {

    private static final String TIMEOUT_MILLIS = "10000";

    private final Optional<String> smtpHost;
    private final int smtpPort;
    private final Optional<String> smtpUser;
    private final Optional<String> smtpPassword;
    private final boolean startTls;
    private final String from;
    private final String productName;
    private final Duration pollInterval;
    private final Duration firstRetry;
    private final Duration maxRetry;
    private final int maxAttempts;

    /** For the CDI proxy only. */
    protected MailSettings() {
        this(Optional.empty(), 0, Optional.empty(), Optional.empty(), false, null, null, null,
                null, null, 0);
    }

    @Inject
    public MailSettings(
            @ConfigProperty(name = "seatkeeper.mail.smtp.host") Optional<String> smtpHost,
            @ConfigProperty(name = "seatkeeper.mail.smtp.port", defaultValue = "25")
            int smtpPort,
            @ConfigProperty(name = "seatkeeper.mail.smtp.user") Optional<String> smtpUser,
            @ConfigProperty(name = "seatkeeper.mail.smtp.password")
            Optional<String> smtpPassword,
            @ConfigProperty(name = "seatkeeper.mail.smtp.starttls", defaultValue = "false")
            boolean startTls,
            @ConfigProperty(name = "seatkeeper.mail.from",
                    defaultValue = "Seatkeeper <seatkeeper@localhost>") String from,
            @ConfigProperty(name = "seatkeeper.mail.product-name", defaultValue = "Seatkeeper")
            String productName,
            @ConfigProperty(name = "seatkeeper.outbox.poll-interval", defaultValue = "PT5S")
            Duration pollInterval,
            @ConfigProperty(name = "seatkeeper.mail.retry.first-delay", defaultValue = "PT10S")
            Duration firstRetry,
            @ConfigProperty(name = "seatkeeper.mail.retry.max-delay", defaultValue = "PT10M")
            Duration maxRetry,
            @ConfigProperty(name = "seatkeeper.mail.max-attempts", defaultValue = "10")
            int maxAttempts) {
        this.smtpHost = smtpHost.filter(host -> !host.isBlank());
        this.smtpPort = smtpPort;
        this.smtpUser = smtpUser;
        this.smtpPassword = smtpPassword;
        this.startTls = startTls;
        this.from = from;
        this.productName = productName;
        this.pollInterval = pollInterval;
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
        this.maxAttempts = maxAttempts;
    }

    public boolean smtpConfigured() {
        return smtpHost.isPresent();
    }

    /** Jakarta Mail session properties; timeouts keep a hung server from stalling the sender. */
    Properties sessionProperties() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", smtpHost.orElse("localhost"));
        properties.put("mail.smtp.port", String.valueOf(smtpPort));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        properties.put("mail.smtp.starttls.required", String.valueOf(startTls));
        properties.put("mail.smtp.auth", String.valueOf(smtpUser.isPresent()));
        return properties;
    }

    Optional<String> smtpUser() {
        return smtpUser;
    }

    Optional<String> smtpPassword() {
        return smtpPassword;
    }

    String from() {
        return from;
    }

    String productName() {
        return productName;
    }

    Duration pollInterval() {
        return pollInterval;
    }

    Duration firstRetry() {
        return firstRetry;
    }

    Duration maxRetry() {
        return maxRetry;
    }

    int maxAttempts() {
        return maxAttempts;
    }
}
