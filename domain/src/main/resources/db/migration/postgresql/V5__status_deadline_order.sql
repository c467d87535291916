-- Indexes that return a status-filtered projects list already in its order (deadline, id), so a
-- page reads its rows from the index instead of sorting every matching project first.
-- H2 gets the plain index alone in its own V5.

-- One status at a time (for example «Закрыт», the largest): in order by deadline and id.
-- Replaces the index on (status, deadline), whose ties on deadline still needed a sort.
create index project_status_deadline_id_idx on project (status, deadline, id);
drop index project_status_deadline_idx;

-- The projects in work, «Ждёт очереди» and «В процессе» together: the managers' usual filter.
-- An index on (status, …) cannot return two statuses merged in deadline order, and the open
-- projects' index project_open_deadline_idx also holds the other open statuses, which a page
-- then has to skip.
-- Its predicate names the statuses as literals so that the planner can match the query's list.
create index project_in_work_deadline_idx on project (deadline, id)
    where status in ('WAITING', 'IN_PROGRESS');
