-- Notices for the login page and the licence facts they are partly computed from.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

-- Editable notices (product updates, maintenance). Retired rows are kept; their ids are never reused.
-- school_key has no foreign key on purpose: a notice may be prepared for a school before its first login.
create table pw_notice (
    notice_id    varchar(100)  not null primary key,
    kind         varchar(32)   not null,
    severity     varchar(16)   not null,
    title_nl     varchar(200)  not null,
    title_en     varchar(200)  not null,
    body_nl      varchar(4000) not null,
    body_en      varchar(4000) not null,
    valid_from   timestamp with time zone not null,
    valid_until  timestamp with time zone,
    school_key   varchar(64),
    retired_at   timestamp with time zone,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);
create index pw_notice_valid_from on pw_notice (valid_from);

-- What the licence system last said about a school's licence for a product (observed at a licence login or
-- look-up). Dates are calendar days; valid_until is the last day of use, cancel_before the renewal deadline.
create table pw_school_licence (
    school_key    varchar(64)  not null,
    product       varchar(64)  not null,
    school_name   varchar(200) not null,
    product_name  varchar(200) not null,
    status        varchar(16)  not null,
    valid_until   date         not null,
    auto_renewal  boolean      not null,
    cancel_before date,
    contact_name  varchar(200),
    contact_email varchar(320),
    observed_at   timestamp with time zone not null,
    primary key (school_key, product)
);
create index pw_school_licence_cancel on pw_school_licence (cancel_before);
