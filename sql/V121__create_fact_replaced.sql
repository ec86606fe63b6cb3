-- A limitation or a commendation sent again with other values is a correction, as a record with its ref is
-- (V94): a limitation is known by its agreement, the day it was found and its text (it is marked resolved, its
-- cause given later), a commendation by its agreement, period, kind, recipient, award and day (its count
-- corrected). The stored row gives way to the new one and waits here, whole, until the correcting import is
-- undone, which puts it back as it was.
create table fact_replaced (
    table_name  text   not null check (table_name in ('limitation', 'commendation')),
    row         jsonb  not null,
    import_id   bigint not null references import_batch (id),
    replaced_by bigint not null references import_batch (id)
);
create index fact_replaced_by on fact_replaced (replaced_by);
create index fact_replaced_import on fact_replaced (import_id);
