-- The executors' queue as a flag on each layout: available, of a launched project waiting or in
-- progress (ProjectStatus.boardStatuses). The application sets it with every change of a layout's
-- status and every change of a project's status into or out of those two (LayoutWork.requeue).
-- The board reads the queue from a partial index on the flag (V8 on PostgreSQL) instead of
-- joining every launched project to its layouts.
alter table layout_work add column queued boolean default false not null;

update layout_work w set queued = true
where w.status = 'AVAILABLE'
  and exists (select 1 from project p
              where p.id = w.project_id and p.launched_at is not null and p.status in ('WAITING', 'IN_PROGRESS'));
