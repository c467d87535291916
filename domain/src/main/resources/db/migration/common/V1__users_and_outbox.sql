-- Staff accounts, their roles, and the mail outbox.
-- Portable between PostgreSQL and H2 in PostgreSQL mode: no partial or expression indexes,
-- no timestamptz shorthand, no PostgreSQL functions. PostgreSQL-only parts go in db/migration/postgresql.
-- Sequences start at their increment: EclipseLink reads nextval as the top of a block of 50 ids.

create sequence app_user_seq start with 50 increment by 50;

create table app_user (
    id                   bigint primary key,
    username             varchar(64)  not null,
    full_name            varchar(200) not null,
    email                varchar(254),
    password_hash        varchar(400) not null,
    enabled              boolean      not null default true,
    failed_logins        integer      not null default 0,
    last_failed_login_at timestamp with time zone,
    last_login_at        timestamp with time zone,
    created_at           timestamp with time zone not null,
    version              bigint       not null default 0,
    constraint app_user_username_uk unique (username),
    constraint app_user_username_ck check (username = lower(username))
);

create table app_user_role (
    user_id bigint      not null references app_user (id) on delete cascade,
    role    varchar(20) not null,
    primary key (user_id, role),
    constraint app_user_role_ck check (role in ('ADMIN', 'MANAGER', 'EXECUTOR', 'INTEGRATOR'))
);

create sequence outbox_mail_seq start with 50 increment by 50;

create table outbox_mail (
    id              bigint primary key,
    kind            varchar(40)    not null,
    recipient       varchar(320)   not null,
    subject         varchar(300)   not null,
    body_text       varchar(20000) not null,
    body_html       varchar(40000),
    created_at      timestamp with time zone not null,
    attempts        integer        not null default 0,
    next_attempt_at timestamp with time zone not null,
    sent_at         timestamp with time zone,
    last_error      varchar(1000),
    version         bigint         not null default 0
);

create index outbox_mail_due_idx on outbox_mail (sent_at, next_attempt_at);
