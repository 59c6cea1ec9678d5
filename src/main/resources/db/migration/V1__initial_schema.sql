-- The schema as the entities map it. Plain SQL that H2 2.x and PostgreSQL both run as it is:
-- a change is a new file V<n>__<what>.sql beside this one, never an edit of this one.

create table organization (
    id uuid not null,
    name varchar(255) not null,
    seats integer not null,
    scim_enabled boolean not null,
    strict_attributes boolean not null,
    active_licenses integer not null,
    created_at timestamp(6) with time zone not null,
    constraint pk_organization primary key (id)
);

create table api_key (
    id uuid not null,
    organization_id uuid not null,
    token_hash varchar(64) not null,
    prefix varchar(32) not null,
    created_at timestamp(6) with time zone not null,
    last_used_at timestamp(6) with time zone,
    revoked_at timestamp(6) with time zone,
    constraint pk_api_key primary key (id),
    constraint uq_api_key_token_hash unique (token_hash)
);
create index ix_api_key_org on api_key (organization_id);

create table operator_credential (
    id integer not null,
    token_hash varchar(64) not null,
    created_at timestamp(6) with time zone not null,
    constraint pk_operator_credential primary key (id)
);

create table scim_user (
    id uuid not null,
    organization_id uuid not null,
    user_name varchar(320) not null,
    user_name_key varchar(320) not null,
    external_id varchar(255),
    name_formatted varchar(255),
    family_name varchar(255),
    given_name varchar(255),
    middle_name varchar(255),
    honorific_prefix varchar(255),
    honorific_suffix varchar(255),
    display_name varchar(255),
    nick_name varchar(255),
    profile_url varchar(255),
    title varchar(255),
    user_type varchar(255),
    preferred_language varchar(255),
    locale varchar(255),
    timezone varchar(255),
    active boolean not null,
    ent_employee_number varchar(255),
    ent_cost_center varchar(255),
    ent_organization varchar(255),
    ent_division varchar(255),
    ent_department varchar(255),
    ent_manager_id varchar(255),
    created timestamp(6) with time zone not null,
    last_modified timestamp(6) with time zone not null,
    version bigint not null,
    constraint pk_scim_user primary key (id),
    constraint uq_user_org_username unique (organization_id, user_name_key)
);
create index ix_user_org_created on scim_user (organization_id, created, id);
create index ix_user_org_external on scim_user (organization_id, external_id);

create table scim_user_email (
    user_id uuid not null,
    position integer not null,
    email_value varchar(320) not null,
    email_type varchar(64),
    email_primary boolean not null,
    email_display varchar(255),
    constraint pk_scim_user_email primary key (user_id, position),
    constraint fk_user_email_user foreign key (user_id) references scim_user (id)
);

create table scim_group (
    id uuid not null,
    organization_id uuid not null,
    display_name varchar(255) not null,
    display_name_key varchar(255) not null,
    external_id varchar(255),
    created timestamp(6) with time zone not null,
    last_modified timestamp(6) with time zone not null,
    version bigint not null,
    constraint pk_scim_group primary key (id),
    constraint uq_group_org_display_name unique (organization_id, display_name_key)
);
create index ix_group_org_created on scim_group (organization_id, created, id);

create table group_member (
    id uuid not null,
    group_id uuid not null,
    user_id uuid not null,
    added_at timestamp(6) with time zone not null,
    constraint pk_group_member primary key (id),
    constraint uq_group_member unique (group_id, user_id)
);
create index ix_group_member_user on group_member (user_id);

create table license (
    id uuid not null,
    organization_id uuid not null,
    user_id uuid not null,
    user_name varchar(320) not null,
    license_key varchar(40) not null,
    status varchar(16) not null,
    activated_at timestamp(6) with time zone not null,
    deactivated_at timestamp(6) with time zone,
    constraint pk_license primary key (id),
    constraint uq_license_user unique (user_id),
    constraint uq_license_key unique (license_key),
    constraint ck_license_status check (status in ('ACTIVE', 'INACTIVE'))
);
create index ix_license_org on license (organization_id);

create table outbox_message (
    id uuid not null,
    organization_id uuid not null,
    recipient varchar(320) not null,
    subject varchar(300) not null,
    body varchar(100000) not null,
    status varchar(16) not null,
    attempts integer not null,
    refusals integer not null,
    last_error varchar(500),
    created_at timestamp(6) with time zone not null,
    next_attempt_at timestamp(6) with time zone not null,
    sent_at timestamp(6) with time zone,
    constraint pk_outbox_message primary key (id),
    constraint ck_outbox_status check (status in ('PENDING', 'SENT', 'FAILED'))
);
create index ix_outbox_due on outbox_message (status, next_attempt_at);
create index ix_outbox_org on outbox_message (organization_id, created_at);

-- Hibernate takes 50 ids at a time (the entity's allocationSize); the two must agree.
create sequence audit_entry_seq start with 1 increment by 50;

create table audit_entry (
    id bigint not null,
    organization_id uuid not null,
    at timestamp(6) with time zone not null,
    actor varchar(64) not null,
    action varchar(64) not null,
    resource_type varchar(32) not null,
    resource_id varchar(64),
    detail varchar(500),
    request_id varchar(64),
    constraint pk_audit_entry primary key (id)
);
create index ix_audit_org_at on audit_entry (organization_id, at, id);
