-- Which process runs (or ran) each job execution: the cluster node (the Quartz
-- instance id of a serve process; null for a command such as close-period) and
-- a token of the process itself. A node recovering a job uses it to tell an
-- execution whose process is gone (killed, or cut off from the database) from
-- one that a live node is still running, which it must never touch.
create table job_execution_node (
    job_execution_id bigint      primary key references batch_job_execution (job_execution_id),
    node             text,
    process          text        not null,
    started_at       timestamptz not null default now()
);
