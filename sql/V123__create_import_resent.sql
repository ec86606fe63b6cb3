-- The earlier imports whose stored rows an import found in its files again ("already present", import format 1.1
-- Re-submission), per file. Undoing such an earlier import would take those rows away from the later import,
-- which still stands and reports them as sent: it is refused while the later import is applied (ingest.Undo).
-- Imports made before this migration did not keep it.
create table import_resent (
    import_id  bigint not null references import_batch (id),
    earlier_id bigint not null references import_batch (id),
    file       text   not null,
    primary key (import_id, earlier_id, file)
);
create index import_resent_earlier on import_resent (earlier_id);
