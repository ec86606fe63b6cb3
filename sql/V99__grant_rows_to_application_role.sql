-- The application connects as a role of its own that reads and writes rows and
-- nothing more: it owns nothing, so it cannot ALTER (disable a trigger), DROP
-- or TRUNCATE a table nor create one, and the archive's triggers stay in force.
-- The migrations run as the owner (spring.flyway.user); ${application_role} is
-- the role the application connects as (see the database module's
-- ApplicationRolePlaceholder). When both are one role, as in a deployment of
-- one role, that role owns everything already and nothing is granted.
--
-- grant_application_role gives a role those rights on what exists, and on what
-- the owner creates later (default privileges); the owner runs it again for a
-- deployment of one role that moves to two (see the README, "Database roles").
-- TEMPORARY: the import stages into temporary tables.

create function grant_application_role(app text) returns void language plpgsql as $$
declare
    here text := '${flyway:defaultSchema}';
begin
    if app = current_user then
        return;
    end if;
    execute format('grant usage on schema %I to %I', here, app);
    execute format('grant select, insert, update, delete on all tables in schema %I to %I', here, app);
    execute format('grant usage, select, update on all sequences in schema %I to %I', here, app);
    execute format('revoke all on %I.%I, %I.record_load_saved from %I', here, '${flyway:table}', here, app);
    execute format('grant execute on function %I.record_load_prepare(), %I.record_load_restore() to %I', here, here, app);
    execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to %I',
                   here, app);
    execute format('alter default privileges in schema %I grant usage, select, update on sequences to %I', here, app);
    if exists (select 1 from pg_database where datname = current_database() and pg_has_role(datdba, 'MEMBER')) then
        execute format('grant connect, temporary on database %I to %I', current_database(), app);
    end if;
end
$$;

revoke execute on function grant_application_role(text) from public;

select grant_application_role('${application_role}');
