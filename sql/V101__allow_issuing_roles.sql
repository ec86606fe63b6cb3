-- The roles of the issuing steps beside VIEWER, OPERATOR and ADMIN: REVIEWER
-- (trưởng phòng), SIGNER (lãnh đạo), CLERK (văn thư). A user may hold several,
-- kept in the one column as a comma-separated list in a fixed order.
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_roles check (
    role ~ '^(ADMIN|OPERATOR|VIEWER|REVIEWER|SIGNER|CLERK)(,(ADMIN|OPERATOR|VIEWER|REVIEWER|SIGNER|CLERK))*$');
