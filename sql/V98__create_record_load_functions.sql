-- A large import (RecordTable) drops record's indexes and its two capturing
-- triggers, loads, then creates them again as they were; into an empty record
-- it truncates first, so that COPY ... FREEZE may write the rows frozen. That
-- is DDL, which the application's role may not run (V99 grants it rows only).
-- These two functions run with the rights of the role that owns the schema
-- and do exactly those steps on record, nothing else: they take no argument,
-- so they cannot be pointed at another table, trigger or statement.
--
-- What record_load_prepare drops it writes into record_load_saved (no right
-- on it for the application), and record_load_restore creates it again from
-- there. Both run in the import's transaction: a rollback gives everything
-- back. A transaction that would commit with record's indexes or triggers
-- still dropped fails at commit (record_load_restored).
--
-- No EXCEPTION block here: it would open a subtransaction, and COPY FREEZE
-- needs the TRUNCATE in the very (sub)transaction that copies.

create table record_load_saved (
    kind       text not null check (kind in ('index', 'trigger')),
    name       text not null,
    definition text not null,
    primary key (kind, name)
);

create function record_load_prepare() returns boolean language plpgsql security definer
set search_path = "${flyway:defaultSchema}", pg_temp as $$
declare
    saved record_load_saved;
    empty boolean;
begin
    lock table record in access exclusive mode;
    if exists (select 1 from record_load_saved) then
        raise exception 'record is prepared for a load already in this transaction';
    end if;
    insert into record_load_saved (kind, name, definition)
    select 'index', i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
    from pg_index i
    where i.indrelid = 'record'::regclass
      and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid);
    insert into record_load_saved (kind, name, definition)
    select 'trigger', t.tgname, pg_get_triggerdef(t.oid)
    from pg_trigger t
    where t.tgrelid = 'record'::regclass and t.tgname in ('record_references_on_insert', 'record_revision_on_insert');
    for saved in select * from record_load_saved loop
        if saved.kind = 'index' then
            execute format('drop index %s', saved.name);
        else
            execute format('drop trigger %I on record', saved.name);
        end if;
    end loop;
    empty := not exists (select 1 from record);
    if empty then
        truncate record;
    end if;
    return empty;
end
$$;

create function record_load_restore() returns void language plpgsql security definer
set search_path = "${flyway:defaultSchema}", pg_temp as $$
declare
    saved record_load_saved;
begin
    if not exists (select 1 from record_load_saved) then
        raise exception 'record was not prepared for a load in this transaction';
    end if;
    -- the indexes ('index' sorts before 'trigger'), then the triggers
    for saved in select * from record_load_saved order by kind, name loop
        execute saved.definition;
    end loop;
    delete from record_load_saved;
    analyze record;
end
$$;

create function record_load_check_restored() returns trigger language plpgsql security definer
set search_path = "${flyway:defaultSchema}", pg_temp as $$
begin
    if exists (select 1 from record_load_saved) then
        raise exception 'a load dropped the indexes and triggers of record and did not create them again';
    end if;
    return null;
end
$$;

create constraint trigger record_load_restored after insert on record_load_saved
    deferrable initially deferred for each row execute function record_load_check_restored();

revoke execute on function record_load_prepare(), record_load_restore(), record_load_check_restored() from public;
