-- The executor board's two indexes; H2 gets plain stand-ins in its own V8.

-- The queue (V7): the layouts executors may take, a small share of all layouts. The board counts
-- from it, and finds a project's queued layouts through it.
create index layout_work_queue_idx on layout_work (project_id) where queued;

-- The queue's projects in the board's order: launched projects waiting or in progress, by
-- priority, deadline and id. A page of the board walks this index from its start and joins each
-- project's queued layouts until it has its rows, so it does not sort every layout visible to the
-- executor. On 1,000,000 generated projects with 75,163 launched and open, the first page took
-- 2 ms and the 40th 50 ms, where sorting the 22,639 layouts visible to one executor took 300 ms.
-- Its predicate names the board's statuses (ProjectStatus.boardStatuses) as literals so that the
-- planner can match the query's list; change both together.
create index project_board_idx on project (priority, deadline, id)
    where launched_at is not null and status in ('WAITING', 'IN_PROGRESS');
