-- A partner (a record's counterpart) counts once in "Số đối tác" however its
-- name is written: "Tỉnh Savannakhet", "tỉnh Savannakhet", "TỈNH SAVANNAKHET"
-- and "Tỉnh  Savannakhet" are one partner (Excel capitalises the first letter
-- of a cell; a double space, a tab or a no-break space pasted from a web page
-- is not seen on paper). The name stays stored as typed; the reviews count
-- distinct partner_key(counterpart).
--
-- Case is folded by ICU when the server has it (the embedded PostgreSQL and
-- the distributions' packages do), so that Vietnamese capitals (Đ, Ấ, Ờ) fold
-- whatever locale the database was created with (lower() under the locale C
-- folds A to Z only); else by the database's own locale.
do $$
declare
    fold text := case when exists (select from pg_collation where collname = 'und-x-icu')
                      then 'lower(%s collate "und-x-icu")' else 'lower(%s)' end;
begin
    execute format('create function partner_key(name text) returns text language sql immutable parallel safe '
                   'return nullif(' || fold || ', '''')',
                   $k$btrim(regexp_replace(name, '[\s\u00a0\u2007\u202f\ufeff]+', ' ', 'g'))$k$);
end
$$;
