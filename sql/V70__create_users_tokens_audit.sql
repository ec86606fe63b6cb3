-- Who may use the web page and the HTTP API. A username is unique whatever its
-- case; the password is stored as a DelegatingPasswordEncoder hash ({bcrypt}...).
-- A user limited to a province sees nothing of another (province null: all).
create table app_user (
    id            bigserial   primary key,
    username      text        not null check (length(trim(username)) between 1 and 64),
    password_hash text        not null,
    role          text        not null check (role in ('ADMIN', 'OPERATOR', 'VIEWER')),
    province      text,
    enabled       boolean     not null default true,
    created_at    timestamptz not null default now()
);
create unique index app_user_username on app_user (lower(username));

-- API tokens for other systems (Authorization: Bearer ...): only the token's
-- SHA-256 is kept, so a stolen database yields no usable token.
create table api_token (
    id           bigserial   primary key,
    user_id      bigint      not null references app_user (id),
    name         text        not null,
    token_sha256 text        not null unique,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);

-- The audit log: logins, downloads, imports, job starts and restarts, report requests.
create table audit_log (
    id             bigserial   primary key,
    at             timestamptz not null default now(),
    username       text,
    action         text        not null,
    target         text,
    detail         text,
    remote_address text
);
create index audit_log_at on audit_log (at);
