package io.seatkeeper.group;

/** What a client sets on a group besides its members. */
public record GroupAttributes(String displayName, String externalId) {
}
