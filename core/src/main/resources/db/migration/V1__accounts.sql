-- Poortwachter core schema. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
-- Nothing is ever hard-deleted from pw_account: test results of embedding products hang on it.

create table pw_school (
    school_key   varchar(64)  not null primary key,   -- "BRIN:12AB00", "FLEMISH_INSTITUTION:123456", ...
    key_type     varchar(32)  not null,
    key_value    varchar(48)  not null,
    brin4        varchar(4),                          -- first four BRIN characters, for BRIN4 look-ups
    name         varchar(200) not null,
    country      varchar(2)   not null,
    admin_name   varchar(200),
    admin_email  varchar(320),
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);
create index pw_school_brin4 on pw_school (brin4);

create table pw_account (
    account_id   varchar(36)  not null primary key,
    school_key   varchar(64)  not null references pw_school (school_key),
    role         varchar(16)  not null,
    flags        varchar(200) not null,
    first_name   varchar(200) not null,
    infix        varchar(200) not null,
    last_name    varchar(200) not null,
    group_name   varchar(100),
    status       varchar(16)  not null,
    merged_into  varchar(36)  references pw_account (account_id),
    version      bigint       not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);
create index pw_account_school_role on pw_account (school_key, role);

-- (realm, subject) is one login identity; eck_lookup is an HMAC of the ECK iD, eck_encrypted AES-GCM.
create table pw_identity (
    realm_id      varchar(64)   not null,
    subject       varchar(512)  not null,
    account_id    varchar(36)   not null references pw_account (account_id),
    eck_lookup    varchar(64),
    eck_encrypted varchar(1200),
    linked_at     timestamp with time zone not null,
    primary key (realm_id, subject)
);
create index pw_identity_account on pw_identity (account_id);
create index pw_identity_eck on pw_identity (eck_lookup);

create table pw_pupil_credential (
    username      varchar(64)  not null primary key,
    account_id    varchar(36)  not null unique references pw_account (account_id),
    password_hash varchar(512) not null,
    active        boolean      not null,
    issued_by     varchar(36),
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null
);

create table pw_replay (
    namespace  varchar(64)  not null,
    item_id    varchar(256) not null,
    expires_at timestamp with time zone not null,
    primary key (namespace, item_id)
);
create index pw_replay_expiry on pw_replay (expires_at);

create table pw_one_time (
    purpose    varchar(64)   not null,
    token      varchar(128)  not null,
    payload    varchar(4000) not null,
    expires_at timestamp with time zone not null,
    primary key (purpose, token)
);
create index pw_one_time_expiry on pw_one_time (expires_at);
