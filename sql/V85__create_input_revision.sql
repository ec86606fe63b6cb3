-- A cheap revision of a review's inputs, so that a job need not re-read (and
-- hash) every record of an agreement to learn that nothing changed.
--
-- input_revision holds one revision per agreement (rows whose agreement_id
-- says whose they are) and one, agreement_id 0, for everything shared: the
-- catalogue, agencies, agreements and a province's '*' recipients. Statement-
-- level triggers bump the revisions of the agreements a statement touched: one
-- set-based statement over the statement's transition table, whatever its size
-- (a 10-million-row import bumps 340 rows). A statement that touches no row
-- bumps nothing, so an import that only re-states known agencies and
-- agreements leaves every revision as it was.
--
-- fingerprint_cache remembers the fingerprint of a review (a digest of the review itself)
-- together with the revisions read before it was computed.
-- While those revisions are unchanged the cached fingerprint is the one that
-- would be computed; once one changes, the review and its fingerprint are computed
-- again, so undoing and re-importing the same data still gives the same
-- fingerprint (and renders nothing).

create sequence input_revision_seq;

create table input_revision (
    agreement_id int    primary key,
    revision     bigint not null
);
insert into input_revision (agreement_id, revision) values (0, nextval('input_revision_seq'));

create table fingerprint_cache (
    key         text primary key,
    revision    text not null,
    fingerprint text not null
);

-- tg_argv[0]: the column naming the agreement ('agreement_id'; null counts as shared), or '-' for a
-- shared table (revision 0). The rows are the statement's transition table(s).
create function bump_input_revision() returns trigger language plpgsql as $$
declare
    rows_of text;
    touched boolean;
begin
    if tg_op = 'TRUNCATE' then
        update input_revision set revision = nextval('input_revision_seq');
        return null;
    end if;
    rows_of := case tg_op when 'INSERT' then 'select * from new_rows'
                          when 'DELETE' then 'select * from old_rows'
                          else 'select * from old_rows union all select * from new_rows' end;
    if tg_argv[0] = '-' then
        execute 'select exists (' || rows_of || ')' into touched;
        if touched then
            update input_revision set revision = nextval('input_revision_seq') where agreement_id = 0;
        end if;
        return null;
    end if;
    execute format('insert into input_revision as r (agreement_id, revision) '
                   'select a, nextval(''input_revision_seq'') from (select distinct coalesce(%I, 0) as a from (%s) t) s '
                   'on conflict (agreement_id) do update set revision = excluded.revision',
                   tg_argv[0], rows_of);
    return null;
end
$$;

do $$
declare
    t record;
begin
    for t in select * from (values ('record', 'agreement_id'), ('result', 'agreement_id'),
                                   ('limitation', 'agreement_id'), ('task', 'agreement_id'),
                                   ('target', 'agreement_id'), ('commendation', 'agreement_id'),
                                   ('conference', 'agreement_id'), ('recipient', 'agreement_id'),
                                   ('agreement_party', 'agreement_id'), ('agreement', '-'), ('agency', '-'),
                                   ('field', '-'), ('indicator', '-')) v (name, col)
    loop
        execute format('create trigger %I after insert on %I referencing new table as new_rows '
                       'for each statement execute function bump_input_revision(%L)',
                       t.name || '_revision_on_insert', t.name, t.col);
        execute format('create trigger %I after update on %I referencing old table as old_rows new table as new_rows '
                       'for each statement execute function bump_input_revision(%L)',
                       t.name || '_revision_on_update', t.name, t.col);
        execute format('create trigger %I after delete on %I referencing old table as old_rows '
                       'for each statement execute function bump_input_revision(%L)',
                       t.name || '_revision_on_delete', t.name, t.col);
        execute format('create trigger %I after truncate on %I '
                       'for each statement execute function bump_input_revision(%L)',
                       t.name || '_revision_on_truncate', t.name, t.col);
    end loop;
end
$$;
