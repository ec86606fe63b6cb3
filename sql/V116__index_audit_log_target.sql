-- The archive page shows a report version's history: the audit entries about it
-- (downloads, issuing steps), found by their target ("report/12", "final/12").
create index audit_log_target on audit_log (target);
