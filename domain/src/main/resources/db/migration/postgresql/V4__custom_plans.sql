-- Plan every execution of a prepared statement with its actual parameter values.
--
-- The JDBC driver turns a statement into a server-side prepared statement after five executions,
-- and PostgreSQL may then switch to a generic plan that ignores the values. For the projects
-- list that is wrong exactly where it hurts: a late page of a large status (LIMIT 25 OFFSET
-- 700000) got an index walk with nested loops that took 6.4 s, where the plan for the actual
-- values (a sort) took 2.7 s (EXPLAIN ANALYZE on 1,000,000 projects, docs/benchmarks.md).
-- Planning these statements costs well under a millisecond.
--
-- The setting belongs to the database and applies to new connections. Changing it needs the
-- database's owner; without that right the migration only says so, and an administrator can
-- run the ALTER DATABASE below by hand.
do $$
begin
    execute format('alter database %I set plan_cache_mode = force_custom_plan', current_database());
exception when insufficient_privilege then
    raise notice 'plan_cache_mode not set: run "alter database % set plan_cache_mode = force_custom_plan" as its owner',
        current_database();
end
$$;
