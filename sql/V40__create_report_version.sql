-- The archive: every rendered report version, bytes included. A version is
-- numbered per (agreement, period, calendar, kind, format); the unique key is
-- also the index that finds the latest one. Rows are immutable: the trigger
-- below rejects UPDATE, DELETE and TRUNCATE, so what was issued stays as issued.
create table report_version (
    id               bigserial   primary key,
    agreement_code   text        not null,
    period           text        not null,
    calendar         text        not null check (calendar in ('decree-09', 'calendar')),
    kind             text        not null check (kind in ('DRAFT', 'FINAL')),
    format           text        not null check (format in ('PDF', 'DOCX')),
    version          int         not null check (version > 0),
    document_number  int         check (document_number > 0),
    content          bytea       not null,
    sha256           text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes       bigint      not null check (size_bytes = octet_length(content)),
    pages            int         not null check (pages >= 0),
    fingerprint      text        not null,
    created_at       timestamptz not null default now(),
    created_by       text        not null,
    job_execution_id bigint,
    supersedes_id    bigint      references report_version (id),
    check (supersedes_id is null or kind = 'FINAL'),
    constraint report_version_number unique (agreement_code, period, calendar, kind, format, version)
);
create index report_version_created on report_version (created_at);

create function report_version_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'report_version is append-only: % is not allowed (a new version supersedes, nothing is changed)', tg_op
        using errcode = 'restrict_violation';
end
$$;

create trigger report_version_no_update_or_delete
    before update or delete on report_version
    for each row execute function report_version_is_immutable();

create trigger report_version_no_truncate
    before truncate on report_version
    for each statement execute function report_version_is_immutable();
