-- PostgreSQL-only indexes of the project lifecycle: partial and expression indexes that stay small
-- because they cover only the rows the hot queries read. H2 gets plain stand-ins in its own V3.

-- The deadline escalation's UPDATE: open projects still at normal priority. Its predicate names
-- the same statuses and priority as the named query Project.escalatePriority, as literals, so the
-- planner can match it; change both together.
create index project_escalation_due_idx on project (deadline)
    where priority = 'NORMAL' and status in ('WAITING', 'IN_PROGRESS', 'DIFFICULTIES', 'SUSPENDED');

-- Open projects by deadline: the default view of the projects list.
create index project_open_deadline_idx on project (deadline, id)
    where status not in ('CLOSED', 'REFUSED');

-- «Доставки»: projects with an address and a contact, by delivery date.
create index project_delivery_idx on project (delivery_date)
    where delivery_address is not null and delivery_contact is not null;

-- The executor board starts from the available layouts, a small share of all layouts.
create index layout_work_available_idx on layout_work (project_id)
    where status = 'AVAILABLE';

-- A user's unread notifications, newest first.
create index notification_unread_idx on notification (recipient, created_at)
    where is_read = false;

-- Client search by the start of the name, ignoring case (LIKE 'abc%' on lower(name)).
create index client_name_lower_idx on client (lower(name) varchar_pattern_ops);
