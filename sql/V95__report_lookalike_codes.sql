-- Codes and provinces that look alike. Imports now write every text in Unicode
-- NFC and refuse a code or a province holding an invisible character, but an
-- import made before may have stored 'SỞ-HG' decomposed (NFD) beside 'SỞ-HG'
-- composed, or 'SNGV-QT' followed by a zero-width or no-break space beside
-- 'SNGV-QT': two agencies that look identical. Nothing here merges them (which
-- is the right one, and whose records go where, is the operator's decision);
-- the view lookalike lists them, always current, for `coordreport imports`
-- and the start-up log of `serve`, and this migration warns about each.

-- A text as a reader sees it: no-break and other special spaces as a plain
-- space, control, zero-width, bidirectional and other invisible characters
-- removed, in NFC, trimmed. The same characters as ingest's KeyText.
create function lookalike_key(t text) returns text
    language sql immutable strict parallel safe
as $$
    select btrim(normalize(regexp_replace(regexp_replace(t,
               '[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]', ' ', 'g'),
               '[\u0001-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F'
               '\u2028-\u202E\u2060-\u206F\u2800\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF9-\uFFFB\U000E0000-\U000E0FFF]',
               '', 'g'), NFC))
$$;

-- One row per spelling that is a problem: a code of the catalogue (kind
-- agency, agreement, field or indicator) that looks the same as another one
-- ('duplicate'), or that no import can name any more because it is not
-- written as a reader sees it ('unreachable': a file's code is put in NFC and
-- may not hold invisible characters); a province written in several ways that
-- look the same ('duplicate'). imports: the imports that brought the spelling
-- (empty for the built-in catalogue).
create view lookalike as
with spellings as (
    select kind, spelling, lookalike_key(spelling) as key,
           coalesce(array_agg(distinct import_id order by import_id) filter (where import_id is not null), '{}') as imports
    from (select 'agency' as kind, code as spelling, import_id from agency
          union all select 'agreement', code, import_id from agreement
          union all select 'field', code, import_id from field
          union all select 'indicator', code, import_id from indicator
          union all select 'province', province, import_id from agency
          union all select 'province', province, import_id from agreement
          union all select 'province', province, import_id from recipient where province is not null) s
    group by kind, spelling
), counted as (
    select *, count(*) over (partition by kind, key) as alike from spellings
)
select kind, key, spelling, imports,
       case when alike > 1 then 'duplicate' else 'unreachable' end as problem
from counted
where alike > 1 or (spelling <> key and kind <> 'province');

do $$
declare
    found record;
begin
    for found in select * from lookalike order by kind, key, spelling loop
        raise warning 'look-alike %: % ''%'' (%) of import(s) %: see coordreport imports',
            found.problem, found.kind, found.spelling, convert_to(found.spelling, 'UTF8'), found.imports;
    end loop;
end $$;
