package io.seatkeeper.notification;

/** The server's own activation mail, for the seeding tool to store as already sent. */
public final class ActivationMails {

    private ActivationMails() {
    }

    /** Subject and body, as the server fills them in for a new license. */
    public static String[] fill(String productName, String greetingName, String organizationName,
            String licenseKey) {
        MailTemplates.Mail mail = MailTemplates.fill("license-activated", productName,
                greetingName, organizationName, licenseKey);
        return new String[] {mail.subject(), mail.body()};
    }
}
