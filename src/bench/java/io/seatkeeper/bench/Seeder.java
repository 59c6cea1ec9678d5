package io.seatkeeper.bench;

import io.seatkeeper.license.LicenseKeys;
import io.seatkeeper.notification.ActivationMails;
import io.seatkeeper.organization.Tokens;
import io.seatkeeper.persistence.SchemaMigration;
import io.seatkeeper.scim.query.Cursor;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Seeds benchmark tenants straight into the server's embedded H2 file with batched JDBC, before
 * the server opens it. The rows are those the server writes when an IdP provisions each
 * user and group through SCIM: the user and its e-mail, an ACTIVE license counted on the
 * organization's row, the activation mail as sent, the audit entries, the groups and their
 * memberships, and the numbers of users and groups that lists give as their totals. The
 * schema is brought up to date first by the server's own migrations.
 *
 * <p>The indexes and constraints of the tables it fills are dropped while it inserts and made
 * again afterwards, as the migrations define them, checking every row. With them in place
 * each row went into half a dozen B-trees keyed by random UUIDs, and H2 rewrote most of their
 * pages at every store: about 600 users a second at 100k users. Built afterwards, each index
 * is filled from sorted rows in one pass.
 *
 * <p>Usage: {@code Seeder <jdbc url> <output dir> <name>:<users>[:<group size>,...] ...}.
 * For each tenant it writes, under {@code <output dir>/<name>/}, what the load scripts need:
 * the API key's token, a sample of user ids and userNames, the groups, users that belong to
 * no group, and cursors deep in the list.
 */
public final class Seeder {

    /** H2's own default page cache, which the server's database URL leaves as it is. */
    private static final int SERVER_CACHE_KIB = 16 * 1024;

    private static final int BATCH = 5_000;
    /** Rows of this many users per transaction: each commit writes a chunk of the file. */
    private static final int COMMIT = 50_000;
    private static final int SAMPLE = 20_000;
    /**
     * The page the load reads after a cursor: each cursor written has at least this many users
     * after it, so that a cursor page costs the same in a small tenant as in a large one.
     */
    private static final int PAGE = 100;
    private static final int CANDIDATES = 20_000;
    private static final String PRODUCT = "Seatkeeper";
    /** The tables the seeding fills, whose indexes and constraints wait until it is done. */
    private static final Set<String> FILLED = Set.of("SCIM_USER", "SCIM_USER_EMAIL", "LICENSE",
            "OUTBOX_MESSAGE", "AUDIT_ENTRY", "SCIM_GROUP", "GROUP_MEMBER");
    private static final Pattern INDEX_DDL = Pattern.compile(
            "(?:ALTER TABLE \"PUBLIC\"\\.\"(\\w+)\" ADD CONSTRAINT (\"PUBLIC\"\\.\"\\w+\")"
            + "|CREATE (?:UNIQUE )?INDEX (\"PUBLIC\"\\.\"\\w+\") ON \"PUBLIC\"\\.\"(\\w+)\").*");

    private final Connection db;
    private final Path outputDir;
    private long auditId;

    private Seeder(Connection db, Path outputDir) {
        this.db = db;
        this.outputDir = outputDir;
    }

    /** A tenant to seed: its name, its number of users, and the sizes of its groups. */
    record Tenant(String name, int users, List<Integer> groupSizes) {

        static Tenant parse(String spec) {
            String[] parts = spec.split(":");
            List<Integer> sizes = new ArrayList<>();
            if (parts.length > 2) {
                for (String size : parts[2].split(",")) {
                    sizes.add(Integer.parseInt(size));
                }
            }
            return new Tenant(parts[0], Integer.parseInt(parts[1]), sizes);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: Seeder <jdbc url> <output dir> <name>:<users>[:<sizes>]...");
            System.exit(2);
        }
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(args[0]);
        dataSource.setUser("seatkeeper");
        dataSource.setPassword("seatkeeper");
        SchemaMigration.migrate(dataSource);
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            Seeder seeder = new Seeder(db, Path.of(args[1]));
            seeder.continueAuditIds();
            List<String> deferred = seeder.dropIndexes();
            for (int i = 2; i < args.length; i++) {
                Stopwatch watch = new Stopwatch();
                Tenant tenant = Tenant.parse(args[i]);
                seeder.seed(tenant);
                System.out.printf(Locale.ROOT, "seeded %s (%d users, groups %s) in %s%n",
                        tenant.name(), tenant.users(), tenant.groupSizes(), watch);
            }
            Stopwatch watch = new Stopwatch();
            seeder.restoreIndexes(deferred);
            seeder.finish();
            System.out.printf(Locale.ROOT, "indexes and constraints made and checked,"
                    + " statistics gathered, in %s%n", watch);
        }
    }

    private void seed(Tenant tenant) throws SQLException, IOException {
        Path dir = Files.createDirectories(outputDir.resolve(tenant.name()));
        UUID org = UUID.randomUUID();
        String orgName = "Bench " + tenant.name();
        Instant start = Instant.now().truncatedTo(ChronoUnit.MICROS)
                .minus(tenant.users(), ChronoUnit.MILLIS).minus(1, ChronoUnit.HOURS);
        String actor = insertOrganization(tenant, org, orgName, start, dir);

        UUID[] ids = insertUsers(tenant, org, orgName, start, actor, dir);
        insertGroups(tenant, org, ids, start.plus(tenant.users(), ChronoUnit.MILLIS), actor, dir);
        writeCandidates(tenant, ids, dir);
    }

    /** The organization, with SCIM on, and an API key whose token is written out. */
    private String insertOrganization(Tenant tenant, UUID org, String name, Instant at,
            Path dir) throws SQLException, IOException {
        try (PreparedStatement insert = db.prepareStatement("insert into organization (id, name,"
                + " seats, scim_enabled, strict_attributes, active_licenses, created_at)"
                + " values (?, ?, ?, true, false, ?, ?)")) {
            insert.setObject(1, org);
            insert.setString(2, name);
            // Room for every user the load creates or reactivates.
            insert.setInt(3, tenant.users() + 10_000_000);
            insert.setInt(4, tenant.users());
            insert.setObject(5, time(at));
            insert.executeUpdate();
        }
        try (PreparedStatement insert = db.prepareStatement("insert into organization_size"
                + " (organization_id, user_count, group_count) values (?, ?, ?)")) {
            insert.setObject(1, org);
            insert.setLong(2, tenant.users());
            insert.setLong(3, tenant.groupSizes().size());
            insert.executeUpdate();
        }
        String token = Tokens.generate("skscim_");
        UUID key = UUID.randomUUID();
        try (PreparedStatement insert = db.prepareStatement("insert into api_key (id,"
                + " organization_id, token_hash, prefix, created_at) values (?, ?, ?, ?, ?)")) {
            insert.setObject(1, key);
            insert.setObject(2, org);
            insert.setString(3, Tokens.hash(token));
            insert.setString(4, Tokens.visiblePart(token, "skscim_"));
            insert.setObject(5, time(at));
            insert.executeUpdate();
        }
        db.commit();
        Files.writeString(dir.resolve("token"), token);
        Files.writeString(dir.resolve("organization"), org.toString());
        Files.writeString(dir.resolve("users"), Integer.toString(tenant.users()));
        return "api-key:" + key;
    }

    private UUID[] insertUsers(Tenant tenant, UUID org, String orgName, Instant start,
            String actor, Path dir) throws SQLException, IOException {
        UUID[] ids = new UUID[tenant.users()];
        int every = Math.max(1, tenant.users() / SAMPLE);
        try (PreparedStatement users = db.prepareStatement("insert into scim_user (id,"
                + " organization_id, user_name, user_name_key, external_id, given_name,"
                + " family_name, display_name, active, created, last_modified, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, 0)");
                PreparedStatement emails = db.prepareStatement("insert into scim_user_email"
                        + " (user_id, position, email_value, email_type, email_primary)"
                        + " values (?, 0, ?, 'work', true)");
                PreparedStatement licenses = db.prepareStatement("insert into license (id,"
                        + " organization_id, user_id, user_name, license_key, status,"
                        + " activated_at) values (?, ?, ?, ?, ?, 'ACTIVE', ?)");
                PreparedStatement mails = db.prepareStatement("insert into outbox_message (id,"
                        + " organization_id, recipient, subject, body, status, attempts,"
                        + " refusals, created_at, next_attempt_at, sent_at)"
                        + " values (?, ?, ?, ?, ?, 'SENT', 1, 0, ?, ?, ?)");
                PreparedStatement audit = auditInsert();
                PrintWriter sample = new PrintWriter(Files.newBufferedWriter(
                        dir.resolve("sample")));
                PrintWriter cursors = new PrintWriter(Files.newBufferedWriter(
                        dir.resolve("cursors")))) {
            for (int i = 0; i < tenant.users(); i++) {
                UUID id = UUID.randomUUID();
                ids[i] = id;
                OffsetDateTime created = time(start.plus(i, ChronoUnit.MILLIS));
                String userName = "User" + i + "@" + tenant.name() + ".Example.com";
                String given = "Given" + i;

                users.setObject(1, id);
                users.setObject(2, org);
                users.setString(3, userName);
                users.setString(4, userName.toLowerCase(Locale.ROOT));
                users.setString(5, "00u" + Integer.toString(i, 36));
                users.setString(6, given);
                users.setString(7, "Family" + i);
                users.setString(8, given + " Family" + i);
                users.setObject(9, created);
                users.setObject(10, created);
                users.addBatch();

                emails.setObject(1, id);
                emails.setString(2, userName);
                emails.addBatch();

                UUID license = UUID.randomUUID();
                String key = LicenseKeys.generate();
                licenses.setObject(1, license);
                licenses.setObject(2, org);
                licenses.setObject(3, id);
                licenses.setString(4, userName);
                licenses.setString(5, key);
                licenses.setObject(6, created);
                licenses.addBatch();

                String[] mail = ActivationMails.fill(PRODUCT, given, orgName, key);
                mails.setObject(1, UUID.randomUUID());
                mails.setObject(2, org);
                mails.setString(3, userName);
                mails.setString(4, mail[0]);
                mails.setString(5, mail[1]);
                mails.setObject(6, created);
                mails.setObject(7, created);
                mails.setObject(8, created);
                mails.addBatch();

                addAudit(audit, org, created, actor, "user.created", "User", id,
                        "userName " + userName + ", active");
                addAudit(audit, org, created, actor, "license.activated", "License", license,
                        "user " + id);

                if (i % every == 0) {
                    sample.println(id + " " + userName);
                }
                if (i >= tenant.users() * 9L / 10 - PAGE && i < tenant.users() - PAGE
                        && i % every == 0) {
                    cursors.println(new Cursor(created.toInstant(), id).encode());
                }
                if ((i + 1) % BATCH == 0 || i + 1 == tenant.users()) {
                    execute(users, emails, licenses, mails, audit);
                }
                if ((i + 1) % COMMIT == 0 || i + 1 == tenant.users()) {
                    db.commit();
                    System.out.printf(Locale.ROOT, "  %s: %d users%n", tenant.name(), i + 1);
                }
            }
        }
        return ids;
    }

    /** Groups of the first {@code size} users each, named after their size. */
    private void insertGroups(Tenant tenant, UUID org, UUID[] users, Instant at, String actor,
            Path dir) throws SQLException, IOException {
        OffsetDateTime created = time(at);
        try (PreparedStatement groups = db.prepareStatement("insert into scim_group (id,"
                + " organization_id, display_name, display_name_key, created, last_modified,"
                + " version) values (?, ?, ?, ?, ?, ?, 0)");
                PreparedStatement members = db.prepareStatement("insert into group_member"
                        + " (id, group_id, user_id, added_at) values (?, ?, ?, ?)");
                PreparedStatement audit = auditInsert();
                PrintWriter list = new PrintWriter(Files.newBufferedWriter(
                        dir.resolve("groups")))) {
            for (int size : tenant.groupSizes()) {
                UUID group = UUID.randomUUID();
                String name = "Bench group of " + size;
                groups.setObject(1, group);
                groups.setObject(2, org);
                groups.setString(3, name);
                groups.setString(4, name.toLowerCase(Locale.ROOT));
                groups.setObject(5, created);
                groups.setObject(6, created);
                groups.executeUpdate();
                addAudit(audit, org, created, actor, "group.created", "Group", group,
                        name + ", " + size + " members");
                for (int i = 0; i < size; i++) {
                    members.setObject(1, UUID.randomUUID());
                    members.setObject(2, group);
                    members.setObject(3, users[i]);
                    members.setObject(4, created);
                    members.addBatch();
                    if ((i + 1) % BATCH == 0 || i + 1 == size) {
                        execute(members, audit);
                    }
                    if ((i + 1) % COMMIT == 0 || i + 1 == size) {
                        db.commit();
                    }
                }
                list.println(size + " " + group);
            }
        }
    }

    /**
     * Users in no group, spread over the rest of the tenant: the group benchmarks add them and
     * take them out again.
     */
    private void writeCandidates(Tenant tenant, UUID[] ids, Path dir) throws IOException {
        int first = tenant.groupSizes().stream().mapToInt(Integer::intValue).max().orElse(0);
        int left = ids.length - first;
        int count = Math.min(CANDIDATES, left);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(
                dir.resolve("candidates")))) {
            for (int i = 0; i < count; i++) {
                out.println(ids[first + (int) ((long) i * left / count)]);
            }
        }
    }

    /**
     * Drops the indexes and constraints of the tables to fill, and returns the statements that
     * make them again, in H2's own words and order (primary keys first, foreign keys last).
     * H2 marks the constraints it writes out {@code NOCHECK}; without it, each is checked
     * against every row when it is made again.
     */
    private List<String> dropIndexes() throws SQLException {
        List<String> restore = new ArrayList<>();
        List<String> drop = new ArrayList<>();
        try (Statement statement = db.createStatement();
                var script = statement.executeQuery("script nodata")) {
            while (script.next()) {
                String line = script.getString(1);
                Matcher ddl = INDEX_DDL.matcher(line);
                if (!ddl.matches()) {
                    continue;
                }
                if (ddl.group(1) != null && FILLED.contains(ddl.group(1))) {
                    restore.add(line.replace(" NOCHECK", ""));
                    drop.add("alter table " + ddl.group(1) + " drop constraint " + ddl.group(2));
                } else if (ddl.group(4) != null && FILLED.contains(ddl.group(4))) {
                    restore.add(line);
                    drop.add("drop index " + ddl.group(3));
                }
            }
        }
        try (Statement statement = db.createStatement()) {
            for (int i = drop.size() - 1; i >= 0; i--) {
                statement.execute(drop.get(i));
            }
        }
        db.commit();
        return restore;
    }

    private void restoreIndexes(List<String> statements) throws SQLException {
        try (Statement statement = db.createStatement()) {
            for (String ddl : statements) {
                statement.execute(ddl);
            }
        }
        db.commit();
    }

    private PreparedStatement auditInsert() throws SQLException {
        return db.prepareStatement("insert into audit_entry (id, organization_id, at, actor,"
                + " action, resource_type, resource_id, detail) values (?, ?, ?, ?, ?, ?, ?, ?)");
    }

    private void addAudit(PreparedStatement audit, UUID org, OffsetDateTime at, String actor,
            String action, String type, UUID resource, String detail) throws SQLException {
        audit.setLong(1, ++auditId);
        audit.setObject(2, org);
        audit.setObject(3, at);
        audit.setString(4, actor);
        audit.setString(5, action);
        audit.setString(6, type);
        audit.setString(7, resource.toString());
        audit.setString(8, detail);
        audit.addBatch();
    }

    private void continueAuditIds() throws SQLException {
        try (Statement statement = db.createStatement();
                var result = statement.executeQuery("select coalesce(max(id), 0)"
                        + " from audit_entry")) {
            result.next();
            auditId = result.getLong(1);
        }
    }

    /**
     * Moves the audit sequence past the ids used here, with a margin of one allocation of
     * Hibernate's pooled generator, and lets H2 gather the statistics its planner uses.
     */
    private void finish() throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("alter sequence audit_entry_seq restart with " + (auditId + 100));
            statement.execute("analyze");
            // H2 keeps a CACHE_SIZE given in the URL in the file: without this, the server
            // would serve the seeded file with the seeding's large page cache, not its own.
            statement.execute("set cache_size " + SERVER_CACHE_KIB);
        }
        db.commit();
    }

    private static void execute(PreparedStatement... batches) throws SQLException {
        for (PreparedStatement batch : batches) {
            batch.executeBatch();
        }
    }

    /**
     * Wall-clock and CPU time since it was made. Other work on the machine stretches the first;
     * the second, of all the seeder's threads (H2 writes the file in one of its own), less so.
     */
    private static final class Stopwatch {

        private final long wall = System.nanoTime();
        private final long cpu = cpuNanos();

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.1f s (CPU %.1f s)",
                    (System.nanoTime() - wall) / 1e9, (cpuNanos() - cpu) / 1e9);
        }

        private static long cpuNanos() {
            return ((com.sun.management.OperatingSystemMXBean)
                    ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        }
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
