-- Import format 1.1 (shared/import-format.md): the optional columns it adds and
-- assessments.csv, stored as given so that the report can use them.

-- An agency's system: 'party' (Hướng dẫn 36-HD/VPTW layout) or 'state' (Decree 30).
-- An agency given none gets it from its name, as the format says; so do the
-- agencies already stored. Both spellings of the tone mark (ủy, uỷ) are usual
-- in Vietnamese, and a name may arrive decomposed: it is compared in NFC.
create function agency_system(name text) returns text language sql immutable parallel safe as $$
    select case when normalize(name, NFC)
                     ~ '^(Đảng (ủy|uỷ|bộ)|(Tỉnh|Thành|Huyện|Thị|Quận) (ủy|uỷ)|Ban Thường vụ)' then 'party'
                else 'state' end
$$;

-- system_given is the file's value (null: none given); system is the one that
-- holds, computed by PostgreSQL whoever inserts the row.
alter table agency
    add column system_given  text check (system_given in ('state', 'party')),
    add column system        text not null generated always as (coalesce(system_given, agency_system(name))) stored,
    add column unit          text,
    add column contact_email text;

-- How a report says the indicator's figure in a sentence ({quantity}, {unit}, {counterparts}, {amount}).
alter table indicator add column phrase text;

-- A limitation's cause (nguyên nhân).
alter table limitation add column cause text;

-- The row's identifier in its agency's register: (agreement, agency, ref) names
-- one record, so that a register exported again corrects instead of doubling.
-- Nullable and without a default: adding it rewrites nothing.
alter table record add column ref text;

-- A paragraph of a report that no figure gives.
create table assessment (
    id           bigserial primary key,
    agreement_id int    not null references agreement (id),
    period       text   not null,
    kind         text   not null check (kind in ('SITUATION', 'LEADERSHIP', 'LESSON', 'PROPOSAL', 'DIRECTION')),
    text         text   not null,
    sort_order   int,
    import_id    bigint not null references import_batch (id)
);
create index assessment_agreement_period on assessment (agreement_id, period);

-- A review reads it: its changes bump the agreement's input revision, as V85's triggers do for the other facts.
create trigger assessment_revision_on_insert after insert on assessment referencing new table as new_rows
    for each statement execute function bump_input_revision('agreement_id');
create trigger assessment_revision_on_update after update on assessment
    referencing old table as old_rows new table as new_rows
    for each statement execute function bump_input_revision('agreement_id');
create trigger assessment_revision_on_delete after delete on assessment referencing old table as old_rows
    for each statement execute function bump_input_revision('agreement_id');
create trigger assessment_revision_on_truncate after truncate on assessment
    for each statement execute function bump_input_revision('agreement_id');
