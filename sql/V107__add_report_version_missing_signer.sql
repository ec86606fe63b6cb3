-- A final made while no signer name is known for its lead agency is still made, but it is listed as lacking
-- one: the code of the agency whose signer_name (agencies.csv) is to be filled in. Null: nothing missing.
alter table report_version add column missing_signer text;
