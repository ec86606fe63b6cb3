-- The coordination data: who signed which regulation, and what was done under it.
-- Every row that an import adds carries that import's id, so that the import can
-- be undone as a whole; catalogue rows with a null import_id are built in.

create table import_batch (
    id          bigserial primary key,
    started_at  timestamptz not null default now(),
    source      text        not null,
    imported_by text        not null,
    status      text        not null check (status in ('APPLIED', 'UNDONE')),
    files       int         not null,
    rows        bigint      not null,
    undone_at   timestamptz
);

create table import_file (
    import_id bigint not null references import_batch (id),
    name      text   not null,
    sha256    text   not null,
    rows      bigint not null,
    primary key (import_id, name)
);
create index import_file_sha256 on import_file (sha256);

create table field (
    id        serial primary key,
    code      text not null unique,
    name      text not null,
    import_id bigint references import_batch (id)
);

create table indicator (
    id        serial primary key,
    code      text not null unique,
    name      text not null,
    field_id  int  not null references field (id),
    unit      text not null,
    import_id bigint references import_batch (id)
);

create table agency (
    id           serial primary key,
    code         text not null unique,
    name         text not null,
    province     text not null,
    parent       text,
    signer_title text,
    signer_name  text,
    import_id    bigint references import_batch (id)
);

create table agreement (
    id             serial primary key,
    code           text not null unique,
    title          text not null,
    province       text not null,
    signed_on      date not null,
    effective_from date not null,
    effective_to   date,
    symbol         text,
    lead_agency_id int  not null references agency (id),
    -- decree-09 or calendar; null follows coordreport.period-calendar
    period_calendar text check (period_calendar in ('decree-09', 'calendar')),
    import_id      bigint references import_batch (id),
    check (effective_to is null or effective_to >= effective_from)
);
create index agreement_province on agreement (province);

create table agreement_party (
    agreement_id int      not null references agreement (id) on delete cascade,
    agency_id    int      not null references agency (id),
    position     smallint not null,
    primary key (agreement_id, agency_id)
);

-- One fact of coordination work. The report queries read it by agreement,
-- date range and indicator; the index covers the summed columns.
create table record (
    agreement_id int           not null references agreement (id),
    indicator_id int           not null references indicator (id),
    occurred_on  date          not null,
    quantity     numeric(18, 3) not null default 1 check (quantity >= 0),
    amount_vnd   bigint        check (amount_vnd >= 0),
    counterpart  text,
    agency_id    int           references agency (id),
    note         text,
    import_id    bigint        not null references import_batch (id)
);
create index record_agreement_date on record (agreement_id, occurred_on, indicator_id)
    include (quantity, amount_vnd);
create index record_import on record (import_id);

create table result (
    id           bigserial primary key,
    agreement_id int    not null references agreement (id),
    field_id     int    not null references field (id),
    occurred_on  date   not null,
    text         text   not null,
    import_id    bigint not null references import_batch (id)
);
create index result_agreement_date on result (agreement_id, occurred_on);

create table limitation (
    id           bigserial primary key,
    agreement_id int    not null references agreement (id),
    found_on     date   not null,
    text         text   not null,
    field_id     int    references field (id),
    resolved_on  date,
    import_id    bigint not null references import_batch (id)
);
create index limitation_agreement on limitation (agreement_id, found_on);

create table task (
    id             bigserial primary key,
    agreement_id   int    not null references agreement (id),
    period         text   not null,
    text           text   not null,
    field_id       int    references field (id),
    lead_agency_id int    references agency (id),
    due_on         date,
    status         text   not null default 'PLANNED'
                   check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    done_on        date,
    reference      text,
    import_id      bigint not null references import_batch (id)
);
create index task_agreement_period on task (agreement_id, period);

create table target (
    id           bigserial primary key,
    agreement_id int            not null references agreement (id),
    indicator_id int            not null references indicator (id),
    period       text           not null,
    quantity     numeric(18, 3) not null check (quantity >= 0),
    import_id    bigint         not null references import_batch (id),
    unique (agreement_id, indicator_id, period)
);

create table commendation (
    id           bigserial primary key,
    agreement_id int    not null references agreement (id),
    period       text   not null,
    kind         text   not null check (kind in ('COLLECTIVE', 'INDIVIDUAL')),
    count        int    not null default 1 check (count > 0),
    recipient    text,
    award        text,
    awarded_on   date,
    import_id    bigint not null references import_batch (id)
);
create index commendation_agreement_period on commendation (agreement_id, period);

create table conference (
    id           bigserial primary key,
    agreement_id int    not null references agreement (id),
    period       text   not null,
    held_on      date   not null,
    place        text,
    chairs       text,
    name         text,
    import_id    bigint not null references import_batch (id),
    unique (agreement_id, period)
);

-- Who receives an agreement's reports. A row with no agreement applies to every
-- agreement whose lead agency is in its province (the '*' of the import format).
create table recipient (
    id           bigserial primary key,
    agreement_id int    references agreement (id),
    province     text,
    email        text   not null,
    name         text   not null,
    role         text,
    import_id    bigint not null references import_batch (id),
    check ((agreement_id is null) <> (province is null))
);
create index recipient_agreement on recipient (agreement_id);
create index recipient_province on recipient (province);
