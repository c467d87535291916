-- Stand-in for the PostgreSQL-only V4 (db/migration/postgresql), which sets PostgreSQL's
-- plan_cache_mode; H2 has no such setting. It keeps both databases at the same version.
select 1;
