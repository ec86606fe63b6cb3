-- Wrong passwords or PINs given for a signing key, counted in the database so that every node counts the same: a
-- key tried with five wrong ones in a row is refused for fifteen minutes before its password is even checked, so
-- that a key's password cannot be guessed by trying thousands from the pages (each try took some 50 ms). A row
-- goes once the key opens.
create table key_password_failure (
    key_id          bigint      primary key references signing_key (id),
    failures        int         not null check (failures >= 0),
    last_failure_at timestamptz not null default now(),
    refused_until   timestamptz
);
