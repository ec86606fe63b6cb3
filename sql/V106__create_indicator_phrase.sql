-- An import's own phrase for an indicator already in the catalogue (import format 1.1 lets indicators.csv
-- give a built-in indicator another phrase). Kept apart from indicator, one row per import that changed it,
-- so that undoing that import gives back the phrase before it; a review reads the latest import's.
create table indicator_phrase (
    indicator_id int    not null references indicator (id),
    phrase       text   not null,
    import_id    bigint not null references import_batch (id)
);
create index indicator_phrase_latest on indicator_phrase (indicator_id, import_id desc);
create index indicator_phrase_import on indicator_phrase (import_id);

-- Every review reads it: a change bumps the shared revision, as V85's triggers do for the catalogue.
create trigger indicator_phrase_revision_on_insert after insert on indicator_phrase
    referencing new table as new_rows for each statement execute function bump_input_revision('-');
create trigger indicator_phrase_revision_on_update after update on indicator_phrase
    referencing old table as old_rows new table as new_rows for each statement execute function bump_input_revision('-');
create trigger indicator_phrase_revision_on_delete after delete on indicator_phrase
    referencing old table as old_rows for each statement execute function bump_input_revision('-');
create trigger indicator_phrase_revision_on_truncate after truncate on indicator_phrase
    for each statement execute function bump_input_revision('-');
