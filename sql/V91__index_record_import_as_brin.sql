-- record_import served one query: undoing an import (delete from record where
-- import_id = :id). As a btree over 10 million rows that mostly share a few
-- values it cost as much to build as a third of the import (8 s of CPU), and a
-- large import rebuilds it. Records arrive in import order, so a BRIN index
-- (one summary per 128 pages, built in one pass, no sort) finds an import's
-- pages as well, for a fraction of the cost and the size.

drop index record_import;
create index record_import on record using brin (import_id);
