-- The province of each imported file and of each import: the one province
-- their rows name (an agency's or an agreement's own, that of a fact's
-- agreement, of a party, a record's agency or a task's lead agency), null when
-- they name several or none. A user limited to a province is shown the imports
-- of that province only, and is told that content was "already imported" only
-- by a file of that province.
alter table import_batch add column province text;
alter table import_file add column province text;

-- The imports made before: what their rows name, by the file that holds them
-- (a CSV file's base name; a workbook holds them all).
create temp table named_province (import_id bigint not null, file text not null, province text not null)
    on commit drop;

insert into named_province (import_id, file, province)
with records as materialized (select distinct import_id, agreement_id, agency_id from record)
select import_id, 'agencies', province from agency where import_id is not null
union all
select import_id, 'agreements', province from agreement where import_id is not null
union all
select g.import_id, 'agreements', a.province
from agreement_party p join agreement g on g.id = p.agreement_id join agency a on a.id = p.agency_id
where g.import_id is not null
union all
select r.import_id, 'recipients', coalesce(g.province, r.province)
from recipient r left join agreement g on g.id = r.agreement_id
where coalesce(g.province, r.province) is not null
union all
select x.import_id, x.file, g.province
from (select import_id, agreement_id, 'records' as file from records
      union select import_id, agreement_id, 'results' from result
      union select import_id, agreement_id, 'limitations' from limitation
      union select import_id, agreement_id, 'tasks' from task
      union select import_id, agreement_id, 'targets' from target
      union select import_id, agreement_id, 'commendations' from commendation
      union select import_id, agreement_id, 'conferences' from conference) x
join agreement g on g.id = x.agreement_id
union all
select x.import_id, x.file, a.province
from (select import_id, agency_id, 'records' as file from records where agency_id is not null
      union select import_id, lead_agency_id, 'tasks' from task where lead_agency_id is not null) x
join agency a on a.id = x.agency_id;

update import_file f set province = n.province
from (select f.import_id, f.name, min(normalize(trim(n.province), NFC)) as province
      from import_file f
      join named_province n on n.import_id = f.import_id
       and (lower(f.name) not like '%.csv' or lower(f.name) = n.file || '.csv')
      group by f.import_id, f.name
      having count(distinct lower(normalize(trim(n.province), NFC))) = 1) n
where n.import_id = f.import_id and n.name = f.name;

-- an import of a limited user is of their province, even one whose rows are gone (undone)
update import_batch b set province = coalesce(n.province, (
        select normalize(trim(u.province), NFC) from app_user u
        where lower(u.username) = lower(b.imported_by) and u.province is not null))
from (select b.id, (select min(normalize(trim(n.province), NFC)) from named_province n
                    where n.import_id = b.id
                    having count(distinct lower(normalize(trim(n.province), NFC))) = 1) as province
      from import_batch b) n
where n.id = b.id;
