-- Directory synchronisation (Basispoort): permission and status per school, runs, groups, memberships.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
-- "source" is the realm id of the directory ('basispoort'); "source_school_id" the directory's own school id.
-- No personal data in pw_sync_school / pw_sync_run: they are shown to support staff.

create table pw_sync_school (
    source                  varchar(64)   not null,
    source_school_id        varchar(64)   not null,
    school_key              varchar(64),                -- known after the first import of the details
    school_name             varchar(200),
    permission              varchar(16)   not null,     -- GRANTED / WITHDRAWN
    permission_granted_on   date,
    permission_withdrawn_on date,
    last_attempt_at         timestamp with time zone,
    last_success_at         timestamp with time zone,
    last_run_id             varchar(36),
    last_success_run_id     varchar(36),                -- the per-school checkpoint a resumed run skips on
    pupils                  integer       not null,
    staff                   integer       not null,
    group_count             integer       not null,
    departed                integer       not null,
    skipped                 integer       not null,
    last_error_code         varchar(32),
    last_error              varchar(1000),
    updated_at              timestamp with time zone not null,
    primary key (source, source_school_id)
);
create index pw_sync_school_key on pw_sync_school (school_key);

-- One row per directory: where the permission feeds were read up to, and the run lease (one run at a time).
create table pw_sync_state (
    source            varchar(64) not null primary key,
    feeds_checked_on  date,
    lease_holder      varchar(64),
    lease_until       timestamp with time zone
);

create table pw_sync_run (
    run_id          varchar(36) not null primary key,
    source          varchar(64) not null,
    scope           varchar(120) not null,
    started_at      timestamp with time zone not null,
    finished_at     timestamp with time zone,
    outcome         varchar(16),                        -- COMPLETE / PARTIAL / ABANDONED
    schools_ok      integer     not null,
    schools_failed  integer     not null
);
create index pw_sync_run_source on pw_sync_run (source, started_at);

create table pw_sync_group (
    source           varchar(64)  not null,
    source_school_id varchar(64)  not null,
    group_key        varchar(100) not null,
    name             varchar(100) not null,
    year_group       varchar(16),
    primary key (source, source_school_id, group_key)
);

-- Who the directory listed at which school: the basis for "departed" (listed before, gone now).
create table pw_sync_member (
    source           varchar(64)  not null,
    source_school_id varchar(64)  not null,
    subject          varchar(512) not null,
    account_id       varchar(36)  not null references pw_account (account_id),
    role             varchar(16)  not null,
    present          boolean      not null,
    primary key (source, source_school_id, subject)
);
create index pw_sync_member_subject on pw_sync_member (subject);
create index pw_sync_member_account on pw_sync_member (account_id);

-- Look-up of many identities by subject at once (= any (?)): H2 cannot use the second column of the primary key
-- (realm_id, subject) for that and would scan every identity of the realm.
create index pw_identity_subject on pw_identity (subject);
