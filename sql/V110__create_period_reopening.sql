-- Locked periods (issue #17, point 6): once a period's final for an agreement
-- is issued, imports may not change that period's figures or texts for it. An
-- ADMIN reopens it; a reopening lifts the lock until a final of the period is
-- issued again (final_document.updated_at of an ISSUED final after reopened_at).
-- Rows are only added: the history of reopenings is part of the record.
create table period_reopening (
    id             bigserial   primary key,
    agreement_code text        not null,
    period         text        not null,
    reopened_by    text        not null,
    reopened_at    timestamptz not null default clock_timestamp(),
    reason         text
);
create index period_reopening_key on period_reopening (agreement_code, period, reopened_at);
