-- The reminders to send a period's data (issue 17): a sibling of the delivery
-- ledger, claimed and sent exactly as report deliveries are (PENDING, SENDING
-- committed before the SMTP conversation, SENT after it; a send cut off by a
-- crash becomes UNCERTAIN, never resent). The unique key is what makes an
-- agency get each reminder of a period once: BEFORE the deadline, and AFTER a
-- missed one. Subject and body are kept as they were sent.
create table reminder_delivery (
    id              bigserial   primary key,
    agreement_code  text        not null,
    agency_code     text        not null,
    period          text        not null,
    kind            text        not null check (kind in ('BEFORE', 'AFTER')),
    email           text        not null,
    name            text        not null,
    subject         text        not null,
    body            text        not null,
    message_id      text        not null unique,
    status          text        not null default 'PENDING'
                    check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED', 'UNCERTAIN')),
    attempts        int         not null default 0 check (attempts >= 0),
    next_attempt_at timestamptz not null default now(),
    last_error      text,
    enqueued_at     timestamptz not null default now(),
    claimed_at      timestamptz,
    sent_at         timestamptz,
    check ((status = 'SENT') = (sent_at is not null)),
    unique (agreement_code, agency_code, period, kind)
);
create index reminder_delivery_due on reminder_delivery (next_attempt_at) where status = 'PENDING';
