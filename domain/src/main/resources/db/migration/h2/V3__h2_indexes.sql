-- Plain stand-ins for the PostgreSQL-only partial indexes of V3 (db/migration/postgresql), which H2
-- cannot create. They serve the same queries with whole-table indexes, good enough for the
-- single-node quick start. The lower(name) index for client search has no H2 stand-in.

create index project_escalation_due_idx on project (status, priority, deadline);
create index project_delivery_idx on project (delivery_date);
create index layout_work_available_idx on layout_work (status, project_id);
create index notification_unread_idx on notification (recipient, is_read, created_at);
