-- The register of outgoing documents (sổ văn bản đi, Decree 30/2020), the
-- steps of every final (who approved, signed, issued it, when) and the audit
-- log are records the office keeps: each row is written once, as it happened,
-- and the application only ever inserts them. Its role could still delete or
-- rewrite them (V99 grants it every row's rights), so that the register could be
-- emptied with the application's own credentials. As report_version (V40),
-- they now refuse UPDATE, DELETE and TRUNCATE whoever runs them; the owner
-- alone can switch the guard off, in a migration that says why.
--
-- An issuing body's last number per year (document_number) may only grow: a
-- number taken and rolled back is taken back with its transaction, never by
-- writing a smaller one, so a number once issued is never given again.

create function kept_record_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % is not allowed (the office keeps it as it was written)', tg_table_name, tg_op
        using errcode = 'restrict_violation';
end
$$;

create trigger outgoing_register_append_only before update or delete on outgoing_register
    for each row execute function kept_record_is_append_only();
create trigger outgoing_register_no_truncate before truncate on outgoing_register
    for each statement execute function kept_record_is_append_only();

create trigger issuing_step_append_only before update or delete on issuing_step
    for each row execute function kept_record_is_append_only();
create trigger issuing_step_no_truncate before truncate on issuing_step
    for each statement execute function kept_record_is_append_only();

create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function kept_record_is_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function kept_record_is_append_only();

create function document_number_only_grows() returns trigger language plpgsql as $$
begin
    if tg_op <> 'UPDATE' or new.agency_code <> old.agency_code or new.year <> old.year
            or new.last_number <= old.last_number then
        raise exception 'document_number only grows: % of % for % is not allowed', tg_op, old.agency_code, old.year
            using errcode = 'restrict_violation';
    end if;
    return new;
end
$$;

create trigger document_number_grows before update or delete on document_number
    for each row execute function document_number_only_grows();
create trigger document_number_no_truncate before truncate on document_number
    for each statement execute function kept_record_is_append_only();
