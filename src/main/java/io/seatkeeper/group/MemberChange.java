package io.seatkeeper.group;

import java.util.Set;
import java.util.UUID;

/** One step of a change to a group's members, applied in the order given. */
public record MemberChange(Kind kind, Set<UUID> userIds) {

    public enum Kind {
        ADD, REMOVE, REMOVE_ALL
    }

    public MemberChange {
        userIds = Set.copyOf(userIds);
    }

    public static MemberChange add(Set<UUID> userIds) {
        return new MemberChange(Kind.ADD, userIds);
    }

    public static MemberChange remove(Set<UUID> userIds) {
        return new MemberChange(Kind.REMOVE, userIds);
    }

    public static MemberChange removeAll() {
        return new MemberChange(Kind.REMOVE_ALL, Set.of());
    }
}
