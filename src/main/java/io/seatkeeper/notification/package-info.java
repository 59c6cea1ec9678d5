/**
 * E-mail to license holders through a transactional outbox: observers of the license events
 * write each message in the transaction that changed the license, so a rolled-back request
 * sends nothing, and a scheduled sender delivers them over SMTP, retrying while the mail
 * server is unreachable, so a committed change is never left unannounced.
 */
package io.seatkeeper.notification;
