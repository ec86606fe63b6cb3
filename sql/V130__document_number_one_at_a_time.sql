-- An issuing body's last number moves one at a time (DocumentNumbers takes
-- last_number + 1): a jump would leave numbers never issued, and Decree 30's
-- register has none skipped. V129 let it only grow; it now grows by one.

create or replace function document_number_only_grows() returns trigger language plpgsql as $$
begin
    if tg_op <> 'UPDATE' or new.agency_code <> old.agency_code or new.year <> old.year
            or new.last_number <> old.last_number + 1 then
        raise exception 'document_number only grows, one at a time: % of % for % is not allowed', tg_op,
            old.agency_code, old.year
            using errcode = 'restrict_violation';
    end if;
    return new;
end
$$;
