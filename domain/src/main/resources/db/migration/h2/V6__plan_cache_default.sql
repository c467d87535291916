-- Stand-in for the PostgreSQL-only V6 (db/migration/postgresql), which resets PostgreSQL's
-- plan_cache_mode; H2 has no such setting. It keeps both databases at the same version.
select 1;
