-- Stand-in for the PostgreSQL V8 (db/migration/postgresql): the board's two indexes without their
-- predicates, since H2 has no partial indexes.
create index layout_work_queue_idx on layout_work (queued, project_id);
create index project_board_idx on project (priority, deadline, id);
