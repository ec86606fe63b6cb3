-- Re-submission (import format 1.1): data exported again, whole or in part, in
-- another file or format, must never count twice.

-- A ref names one record of an agreement and an agency (agency 0: none given).
-- A constraint (an exclusion constraint: a unique one cannot be partial) whose
-- index is partial: the records without a ref, most of them, cost it nothing
-- but the test of its predicate, so a large load keeps it in place instead of
-- building it again from a scan of the whole table (RecordTable drops and
-- rebuilds only the indexes that back no constraint).
alter table record add constraint record_ref
    exclude using btree (agreement_id with =, (coalesce(agency_id, 0)) with =, ref with =) where (ref is not null);

-- The records that a correction replaced (same agreement, agency and ref, other
-- values), kept out of record so that the reviews' scans of it are untouched:
-- undoing the correcting import (replaced_by) puts them back.
create table record_replaced (
    agreement_id int            not null references agreement (id),
    indicator_id int            not null references indicator (id),
    occurred_on  date           not null,
    quantity     numeric(18, 3) not null,
    amount_vnd   bigint,
    counterpart  text,
    agency_id    int            references agency (id),
    note         text,
    ref          text           not null,
    import_id    bigint         not null references import_batch (id),
    replaced_by  bigint         not null references import_batch (id)
);
create index record_replaced_by on record_replaced (replaced_by);
create index record_replaced_import on record_replaced (import_id);

-- What each file of an import did: rows new (added), already present, and
-- corrected (replacing a stored row). Imports before this one added every row.
alter table import_file
    add column added     bigint,
    add column present   bigint not null default 0,
    add column corrected bigint not null default 0;
update import_file set added = rows;
alter table import_file alter column added set not null;

-- A line break inside a value is stored as LF whatever the file used (CRLF from
-- Windows, CR), so that a file saved again with other line ends holds the same
-- values. The values stored before are put in that form too.
do $$
declare
    c record;
begin
    for c in select * from (values ('agency', 'name'), ('agency', 'parent'), ('agency', 'signer_title'),
                                   ('agency', 'signer_name'), ('field', 'name'), ('indicator', 'name'),
                                   ('indicator', 'unit'), ('agreement', 'title'), ('agreement', 'symbol'),
                                   ('recipient', 'name'), ('recipient', 'role'), ('record', 'counterpart'),
                                   ('record', 'note'), ('result', 'text'), ('limitation', 'text'), ('task', 'text'),
                                   ('task', 'reference'), ('commendation', 'recipient'), ('commendation', 'award'),
                                   ('conference', 'place'), ('conference', 'chairs'), ('conference', 'name')) v (t, col)
    loop
        execute format('update %I set %I = replace(replace(%2$I, E''\r\n'', E''\n''), E''\r'', E''\n'') '
                       'where strpos(%2$I, E''\r'') > 0', c.t, c.col);
    end loop;
end
$$;
