-- Stand-in for the PostgreSQL V7 (db/migration/postgresql): the board's order index without its
-- predicate, since H2 has no partial indexes.
create index project_board_idx on project (priority, deadline, id);
