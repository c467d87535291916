-- Stand-in for the PostgreSQL V5 (db/migration/postgresql): the same index on (status, deadline,
-- id) in place of (status, deadline); H2 has no partial index for the projects in work.
create index project_status_deadline_id_idx on project (status, deadline, id);
drop index project_status_deadline_idx;
