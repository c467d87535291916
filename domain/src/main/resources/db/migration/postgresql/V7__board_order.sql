-- The executor board's queue in the board's order: launched projects waiting or in progress, by
-- priority, deadline and id. A page of the board walks this index from its start and joins each
-- project's available layouts (layout_work_available_idx) until it has its rows, so it no longer
-- sorts every layout visible to the executor.
-- On 1,000,000 generated projects with 75,163 launched and open, the first page took 2 ms and the
-- 40th 50 ms, where sorting the 22,639 layouts visible to one executor took 300 ms.
-- Its predicate names the board's statuses (ProjectStatus.boardStatuses) as literals so that the
-- planner can match the query's list; change both together. H2 gets the plain index in its own V7.
create index project_board_idx on project (priority, deadline, id)
    where launched_at is not null and status in ('WAITING', 'IN_PROGRESS');
