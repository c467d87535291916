-- Fills the benchmark database with :projects projects (psql -v projects=1000000) and what they
-- refer to, through SQL alone. Run by generate-data.sh as the superuser on a database that Flyway
-- has created and the demo data set has filled (its accounts give the password "demo").
--
-- The spread, for years of a network of workshops:
--   20,000 clients, a few with many projects (client = 1 + 20000·u², u uniform); 2 files each;
--   30 materials; 100 executors (ex-001 … ex-100, password "demo") and the four bench executors
--   bench-ex1 … bench-ex4, competent in every material;
--   statuses: CLOSED 78 %, REFUSED 6 %, ACCEPTED 2 %, DONE 2 %, WAITING 5 %, IN_PROGRESS 4 %,
--   DIFFICULTIES 1 %, SUSPENDED 2 %; finished projects created over five years with a deadline
--   3–30 days later; open ones created in the last 60 days with a deadline from 10 days ago to
--   40 days ahead (the overdue ones are already at high priority, as an earlier escalation left
--   them); 8 % high priority otherwise; 40 % assigned to an executor; 30 % of waiting projects
--   not yet launched; 20 % with a delivery;
--   1–3 items per project (2 on average), each with a layout whose state follows the project's;
--   one history row (CREATE) per project.
-- Ids of generated rows start at 1000 (users, executors, materials), 100,000 (clients),
-- 200,000 (files) and 1,000,000 (projects); items and layouts use project id · 4 + position.

\set ON_ERROR_STOP 1
\timing on
select setseed(0.42);

begin;
-- Foreign keys are not checked row by row during the load (the ids are consistent by
-- construction); secondary indexes are dropped and built once at the end.
set local session_replication_role = replica;
set local maintenance_work_mem = '512MB';

create temp table saved_indexes on commit drop as
    select indexname, indexdef from pg_indexes
    where schemaname = 'public' and tablename in ('project', 'project_item', 'layout_work', 'status_change')
      and indexname not like '%\_pkey' and indexdef not like 'CREATE UNIQUE%';
do $$
declare r record;
begin
    for r in select indexname from saved_indexes loop
        execute format('drop index %I', r.indexname);
    end loop;
end $$;

insert into material (id, code, name, kind, thickness_mm, sheet_width_mm, sheet_height_mm, sheet_pricing,
        price_per_sheet, cutting_pricing, price_per_metre, price_per_pierce, minimum_charge, active, version)
select 1000 + i, 'BM-' || i, 'Материал ' || i,
       (array['PLYWOOD', 'MDF', 'ACRYLIC', 'STEEL', 'ALUMINIUM'])[1 + i % 5],
       2 + i % 10, 2440, 1220, 'PER_SHEET', 1500 + 10 * i, 'BY_LENGTH', 12.5, 1.5, 300, true, 0
from generate_series(1, 30) i;

-- Accounts: 100 executors and the bench executors, all with the demo password.
insert into app_user (id, username, full_name, email, password_hash, enabled, created_at, version)
select 1000 + i, case when i <= 100 then 'ex-' || lpad(i::text, 3, '0') else 'bench-ex' || (i - 100) end,
       'Исполнитель ' || i, null, (select password_hash from app_user where username = 'laser'), true,
       now() - interval '5 years', 0
from generate_series(1, 104) i;
insert into app_user_role (user_id, role) select 1000 + i, 'EXECUTOR' from generate_series(1, 104) i;
insert into executor (id, user_id, trade, active, version)
select 1000 + i, 1000 + i, case when i % 4 = 0 then 'MILLING_OPERATOR' else 'LASER_OPERATOR' end, true, 0
from generate_series(1, 104) i;
-- Ordinary executors know 10 materials each; the bench executors every material.
insert into executor_competence (executor_id, material_id)
select 1000 + i, m.id from generate_series(1, 104) i join material m
    on i > 100 or m.id < 1000 or (m.id - 1000) % 3 = i % 3;

insert into client (id, name, contact_person, email, phone, address, created_at, version)
select 100000 + c, 'Клиент ' || c, 'Контакт ' || c, 'client' || c || '@example.com', '+7 900 ' || lpad(c::text, 7, '0'),
       'Город, улица ' || c, now() - interval '5 years' + c * interval '1 hour', 0
from generate_series(1, 20000) c;

insert into client_file (id, client_id, original_name, content_type, size_bytes, sha256, format, uploaded_at,
        uploaded_by, cut_length_mm, contours, open_contours, bbox_width_mm, bbox_height_mm, net_area_mm2,
        engrave_length_mm, drawing_units, version)
select 200000 + 2 * c + k, 100000 + c, 'layout-' || c || '-' || k || '.dxf', 'application/dxf', 20000 + c,
       md5(c || '-' || k) || md5(k || '-' || c), 'DXF', now() - interval '4 years', 'manager',
       1500 + c % 1000, 4, 0, 300, 200, 50000, 0, 'mm', 0
from generate_series(1, 20000) c cross join generate_series(0, 1) k;

-- Projects. The random draws are made once per row (x), the derived values in the laterals.
insert into project (id, client_id, lead_source_id, name, description, assigned_executor_id, deadline, priority,
        status, status_before_suspension, launched_at, work_started_at, delivery_address, delivery_contact,
        delivery_phone, delivery_date, price_total, priced_at, escalated_at, created_at, created_by, updated_at,
        version)
select 1000000 + g, 100000 + 1 + floor(19999 * r_client * r_client)::int,
       case when r_misc < 0.5 then 1 + (g % 4) end,
       'Заказ № ' || g, case when r_misc < 0.3 then 'Резка по чертежам клиента' end,
       case when r_assign < 0.4 then 1000 + 1 + g % 100 end,
       deadline, priority, status,
       case when status = 'SUSPENDED' then 'IN_PROGRESS' end,
       case when status = 'REFUSED' or (status = 'WAITING' and r_misc < 0.3) then null
            else created_at + interval '1 hour' end,
       case when status in ('IN_PROGRESS', 'DIFFICULTIES', 'DONE', 'ACCEPTED', 'CLOSED', 'SUSPENDED')
            then created_at + interval '1 day' end,
       case when r_delivery < 0.2 then 'Адрес доставки ' || g end,
       case when r_delivery < 0.2 then 'Получатель ' || g end,
       case when r_delivery < 0.2 then '+7 901 0000000' end,
       case when r_delivery < 0.2 then (deadline + interval '1 day')::date end,
       round((500 + r_price * 50000)::numeric, 2), created_at + interval '10 minutes',
       case when priority = 'HIGH' and open and deadline < now() then deadline - interval '1 day' end,
       created_at, 'manager', greatest(created_at, least(now(), deadline)), 0
from (select g, random() r_status, random() r_time, random() r_deadline, random() r_client, random() r_assign,
             random() r_misc, random() r_delivery, random() r_price, random() r_priority
      from generate_series(1, :projects) g) x
cross join lateral (select case
        when r_status < 0.78 then 'CLOSED' when r_status < 0.84 then 'REFUSED'
        when r_status < 0.86 then 'ACCEPTED' when r_status < 0.88 then 'DONE'
        when r_status < 0.93 then 'WAITING' when r_status < 0.97 then 'IN_PROGRESS'
        when r_status < 0.98 then 'DIFFICULTIES' else 'SUSPENDED' end status) s
cross join lateral (select s.status in ('WAITING', 'IN_PROGRESS', 'DIFFICULTIES', 'SUSPENDED') open) o
cross join lateral (select case when o.open then now() - r_time * interval '60 days'
        else now() - interval '60 days' - r_time * interval '1765 days' end created_at) c
cross join lateral (select case when o.open then now() + (r_deadline * 50 - 10) * interval '1 day'
        else c.created_at + (3 + r_deadline * 27) * interval '1 day' end deadline) d
cross join lateral (select case when r_priority < 0.08 or (o.open and d.deadline < now()) then 'HIGH'
        else 'NORMAL' end priority) p;

insert into project_item (id, project_id, position, quantity, client_file_id, material_id, version)
select p.id * 4 + k, p.id, k, 1 + (p.id * 7 + k) % 50, 200000 + 2 * (p.client_id - 100000) + k % 2,
       1001 + (p.id * 13 + k) % 30, 0
from project p cross join lateral generate_series(1, 1 + (p.id % 3)::int) k
where p.id >= 1000000;

-- A layout per item: open projects before any take have every layout available; a project in
-- progress, with difficulties or suspended holds its first layout taken; finished ones are done.
insert into layout_work (id, item_id, project_id, status, taken_by_id, taken_at, completed_at, difficulty,
        difficulty_reported_at, version)
select i.id, i.id, p.id, l.status,
       case when l.status <> 'AVAILABLE' then coalesce(p.assigned_executor_id, 1001 + p.id % 100) end,
       case when l.status <> 'AVAILABLE' then p.work_started_at end,
       case when l.status = 'COMPLETED' then p.work_started_at + interval '1 day' end,
       case when p.status = 'DIFFICULTIES' and i.position = 1 then 'Нет листа нужной толщины' end,
       case when p.status = 'DIFFICULTIES' and i.position = 1 then p.work_started_at + interval '2 hours' end, 0
from project_item i join project p on p.id = i.project_id
cross join lateral (select case
        when p.status in ('DONE', 'ACCEPTED', 'CLOSED') then 'COMPLETED'
        when p.status in ('IN_PROGRESS', 'DIFFICULTIES', 'SUSPENDED') and i.position = 1 then 'TAKEN'
        else 'AVAILABLE' end status) l
where i.id >= 4000000;

insert into status_change (id, project_id, from_status, to_status, action, actor, changed_at)
select id, id, null, 'WAITING', 'CREATE', 'manager', created_at from project where id >= 1000000;

do $$
declare r record;
begin
    for r in select indexdef from saved_indexes loop
        execute r.indexdef;
    end loop;
end $$;

-- Sequences past the generated ids: EclipseLink reads nextval as the top of a block of 50.
select setval(seq, greatest((select (max_id / 50 + 1) * 50), 50))
from (values ('app_user_seq', (select max(id) from app_user)), ('executor_seq', (select max(id) from executor)),
             ('material_seq', (select max(id) from material)), ('client_seq', (select max(id) from client)),
             ('client_file_seq', (select max(id) from client_file)), ('project_seq', (select max(id) from project)),
             ('project_item_seq', (select max(id) from project_item)),
             ('layout_work_seq', (select max(id) from layout_work)),
             ('status_change_seq', (select max(id) from status_change))) s(seq, max_id);

-- The timer's passes would disturb the measures: one a week (the bench runs its passes itself).
update app_setting set setting_value = '10080' where setting_key = 'escalation.intervalMinutes';
commit;

analyze;
select status, count(*) from project group by status order by 2 desc;
select count(*) as items from project_item;
select status, count(*) as layouts from layout_work group by status;
