-- Account merging: one audit record per merge, what moved, and what participants need to undo it.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+. Merge records are never deleted.

create table pw_merge (
    merge_id           varchar(36)   not null primary key,
    school_key         varchar(64)   not null references pw_school (school_key),
    role               varchar(16)   not null,
    absorbed_id        varchar(36)   not null references pw_account (account_id),
    survivor_id        varchar(36)   not null references pw_account (account_id),
    rule               varchar(32)   not null,   -- ECK_ID, PROVIDER_IDENTITY, UNIQUE_NAME, NAME_SIMILARITY, MANUAL
    score              double precision,
    actor_account      varchar(36),              -- the coordinator's account; null for a system process
    actor_label        varchar(100)  not null,   -- "coordinator" or the process name
    reason             varchar(1000) not null,
    merged_at          timestamp with time zone not null,
    undone_at          timestamp with time zone,
    undo_actor_account varchar(36),
    undo_actor_label   varchar(100),
    undo_reason        varchar(1000)
);
create index pw_merge_school on pw_merge (school_key, merged_at);
create index pw_merge_absorbed on pw_merge (absorbed_id);

create table pw_merge_identity (
    merge_id  varchar(36)  not null references pw_merge (merge_id),
    realm_id  varchar(64)  not null,
    subject   varchar(512) not null,
    primary key (merge_id, realm_id, subject)
);

create table pw_merge_participant (
    merge_id       varchar(36)      not null references pw_merge (merge_id),
    participant_id varchar(100)     not null,
    position       integer          not null,
    memo           varchar(1000000) not null,
    primary key (merge_id, participant_id)
);
