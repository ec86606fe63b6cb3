-- The migrations applied, for a command that only reads or writes rows: it
-- starts without Flyway when the schema already has every migration it carries
-- (see the database module's SchemaCurrency). The application's role may not
-- read Flyway's history table (V99); it may call this, which reads only it.

create function applied_migrations() returns table (version text, success boolean)
    language sql stable security definer set search_path = pg_catalog, pg_temp as $$
    select version, success from "${flyway:defaultSchema}"."${flyway:table}" where version is not null
$$;

revoke execute on function applied_migrations() from public;

do $$
begin
    if '${application_role}' <> current_user then
        execute format('grant execute on function %I.applied_migrations() to %I', '${flyway:defaultSchema}',
                       '${application_role}');
    end if;
end
$$;
