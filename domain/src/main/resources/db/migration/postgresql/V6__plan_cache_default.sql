-- Give the database back PostgreSQL's default plan_cache_mode (auto), which V4 had set to
-- force_custom_plan for every statement.
--
-- Forcing custom plans re-plans every execution of every prepared statement. For the executors'
-- take and complete, planning cost more than running the statements. The query that reads a
-- project with its client, items, layouts, materials and files took 0.55 ms to plan and 0.07 ms
-- to run (EXPLAIN ANALYZE of the prepared statement on 1,000,000 projects, docs/benchmarks.md).
-- The projects list and the executor board, whose plans a generic plan hurt, set custom plans
-- for their own transaction (QueryPlans in the ejb module).
--
-- Like V4, the setting belongs to the database and changing it needs the database's owner;
-- without that right the migration only says so.
do $$
begin
    execute format('alter database %I reset plan_cache_mode', current_database());
exception when insufficient_privilege then
    raise notice 'plan_cache_mode not reset: run "alter database % reset plan_cache_mode" as its owner',
        current_database();
end
$$;
