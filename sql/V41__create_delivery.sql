-- The delivery ledger: one row per (report version, recipient address). The
-- unique key is what makes a recipient never get one version twice: a row is
-- claimed (SENDING, committed) before the SMTP conversation and marked SENT
-- after it. Name and address are copied, so undoing an import leaves the
-- record of what was sent.
create table delivery (
    id              bigserial   primary key,
    version_id      bigint      not null references report_version (id),
    email           text        not null,
    name            text        not null,
    message_id      text        not null unique,
    status          text        not null default 'PENDING'
                    check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED', 'UNCERTAIN')),
    attempts        int         not null default 0 check (attempts >= 0),
    next_attempt_at timestamptz not null default now(),
    last_error      text,
    enqueued_at     timestamptz not null default now(),
    claimed_at      timestamptz,
    sent_at         timestamptz,
    check ((status = 'SENT') = (sent_at is not null))
);
create unique index delivery_version_recipient on delivery (version_id, lower(email));
create index delivery_due on delivery (next_attempt_at) where status = 'PENDING';
create index delivery_sending on delivery (claimed_at) where status = 'SENDING';
