package io.seatkeeper.user;

import java.util.List;

/**
 * Everything about a user that a client may set: what a create carries and what a replace
 * replaces. Absent attributes are null; {@code name}, {@code emails} and {@code enterprise}
 * are never null.
 */
public record UserAttributes(
        String userName,
        String externalId,
        PersonName name,
        String displayName,
        String nickName,
        String profileUrl,
        String title,
        String userType,
        String preferredLanguage,
        String locale,
        String timezone,
        boolean active,
        List<EmailAddress> emails,
        EnterpriseAttributes enterprise) {

    public UserAttributes {
        name = name == null ? PersonName.EMPTY : name;
        enterprise = enterprise == null ? EnterpriseAttributes.EMPTY : enterprise;
        emails = emails == null ? List.of() : List.copyOf(emails);
    }
}
