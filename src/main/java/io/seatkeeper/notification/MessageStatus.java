package io.seatkeeper.notification;

public enum MessageStatus {
    /** Waiting for its first or next delivery attempt. */
    PENDING,
    SENT,
    /** Given up on: the mail server refused it more often than allowed. */
    FAILED
}
