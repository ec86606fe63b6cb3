-- Reports requested on demand (HTTP API, web page): queued, rendered on a
-- bounded pool of the node that accepted them, their status and progress kept
-- here so that any node can answer. At most one request per report (agreement,
-- period, calendar, format, kind) is in flight: an identical request joins it.
create table report_request (
    id             bigserial   primary key,
    agreement_code text        not null,
    period         text        not null,
    calendar       text        check (calendar in ('decree-09', 'calendar')),
    format         text        not null check (format in ('PDF', 'DOCX')),
    final_report   boolean     not null,
    status         text        not null default 'QUEUED' check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    percent        int         not null default 0 check (percent between 0 and 100),
    step           text,
    version_id     bigint      references report_version (id),
    error          text,
    requested_by   text        not null,
    requested_at   timestamptz not null default now(),
    finished_at    timestamptz,
    check ((status = 'DONE') = (version_id is not null)),
    check ((status in ('DONE', 'FAILED')) = (finished_at is not null))
);
create unique index report_request_in_flight
    on report_request (agreement_code, period, coalesce(calendar, ''), format, final_report)
    where status in ('QUEUED', 'RUNNING');
create index report_request_recent on report_request (requested_at desc);
