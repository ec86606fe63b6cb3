-- Failed sign-ins, per client address and per account, in the database so that
-- every node of a cluster counts the same failures. An address that keeps
-- failing is refused for longer and longer before its next try is even checked;
-- an account that keeps failing, from wherever, is locked for a while. The
-- application only reads and writes rows here (no sequence): a row is removed
-- once its failures are old and it refuses nothing.
create table sign_in_failure (
    kind            text        not null check (kind in ('ADDRESS', 'ACCOUNT')),
    -- the client address, or the username in lower case
    key             text        not null,
    failures        int         not null default 0 check (failures >= 0),
    last_failure_at timestamptz not null default now(),
    refused_until   timestamptz,
    primary key (kind, key)
);
create index sign_in_failure_last on sign_in_failure (last_failure_at);
