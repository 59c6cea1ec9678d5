package io.seatkeeper.notification;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Stops the outbox sender as soon as the web application stops. Waiting for the sender's
 * own {@code @PreDestroy} is too late on Liberty: it closes the persistence unit while it
 * destroys the beans, and a mail handed to the SMTP server in that moment lost the commit
 * that records it and went out again after a restart. The web application's end comes
 * before both.
 */
@WebListener
public class OutboxStopListener implements ServletContextListener {

    @Inject
    OutboxSender sender;

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        sender.stop();
    }
}
