package io.seatkeeper.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A provisioned user. {@code userNameKey} is the userName in lower case: the unique
 * constraint on it, per organization, is what keeps two racing creates of "Ann@x.com" and
 * "ann@x.com" from both succeeding.
 */
@Entity
@Table(name = "scim_user",
        uniqueConstraints = @UniqueConstraint(name = "uq_user_org_username",
                columnNames = {"organization_id", "user_name_key"}),
        indexes = {
            @Index(name = "ix_user_org_created", columnList = "organization_id, created, id"),
            @Index(name = "ix_user_org_external", columnList = "organization_id, external_id")
        })
public class User {

    @Id
    private UUID id;

    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;

    @Column(name = "user_name", nullable = false, length = 320)
    private String userName;

    @Column(name = "user_name_key", nullable = false, length = 320)
    private String userNameKey;

    @Column(name = "external_id")
    private String externalId;

    @Embedded
    private PersonName name;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "nick_name")
    private String nickName;

    @Column(name = "profile_url")
    private String profileUrl;

    private String title;

    @Column(name = "user_type")
    private String userType;

    @Column(name = "preferred_language")
    private String preferredLanguage;

    private String locale;

    private String timezone;

    @Column(nullable = false)
    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "scim_user_email", joinColumns = @JoinColumn(name = "user_id"))
    @OrderColumn(name = "position")
    private List<EmailAddress> emails = new ArrayList<>();

    @Embedded
    private EnterpriseAttributes enterprise;

    @Column(nullable = false)
    private Instant created;

    @Column(name = "last_modified", nullable = false)
    private Instant lastModified;

    @Version
    private long version;

    protected User() {
    }

    User(UUID organizationId, UserAttributes attributes, Instant now) {
        this.id = UUID.randomUUID();
        this.organizationId = organizationId;
        this.created = now;
        replaceWith(attributes, now);
    }

    /** The form of a userName that uniqueness is decided on. */
    public static String userNameKey(String userName) {
        return userName.toLowerCase(Locale.ROOT);
    }

    void replaceWith(UserAttributes attributes, Instant now) {
        this.userName = attributes.userName();
        this.userNameKey = userNameKey(attributes.userName());
        this.externalId = attributes.externalId();
        this.name = attributes.name();
        this.displayName = attributes.displayName();
        this.nickName = attributes.nickName();
        this.profileUrl = attributes.profileUrl();
        this.title = attributes.title();
        this.userType = attributes.userType();
        this.preferredLanguage = attributes.preferredLanguage();
        this.locale = attributes.locale();
        this.timezone = attributes.timezone();
        this.active = attributes.active();
        this.emails.clear();
        this.emails.addAll(attributes.emails());
        this.enterprise = attributes.enterprise();
        this.lastModified = now;
    }

    public UserAttributes attributes() {
        return new UserAttributes(userName, externalId, name, displayName, nickName, profileUrl,
                title, userType, preferredLanguage, locale, timezone, active, emails, enterprise);
    }

    /** Where this user's mail goes: the primary e-mail, else the first, else the userName. */
    public String mailAddress() {
        return emails.stream()
                .filter(EmailAddress::primary)
                .findFirst()
                .or(() -> emails.stream().findFirst())
                .map(EmailAddress::value)
                .orElse(userName);
    }

    public UUID id() {
        return id;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public String userName() {
        return userName;
    }

    public String displayName() {
        return displayName;
    }

    public PersonName name() {
        return name == null ? PersonName.EMPTY : name;
    }

    public boolean isActive() {
        return active;
    }

    public Instant created() {
        return created;
    }

    public Instant lastModified() {
        return lastModified;
    }

    public long version() {
        return version;
    }
}
