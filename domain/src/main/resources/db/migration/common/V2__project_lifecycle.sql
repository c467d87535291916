-- The project lifecycle: clients and their files, lead sources, inquiries, the material catalogue,
-- executors, projects with items and layout work, status history, courier requests,
-- notifications and application settings.
-- Portable between PostgreSQL and H2 in PostgreSQL mode, under the rules of V1: no partial or
-- expression indexes, no timestamptz shorthand, no PostgreSQL functions.
-- Sequences start at their increment: EclipseLink reads nextval as the top of a block of 50 ids.
-- Indexes that PostgreSQL gets as partial indexes are in V3 under db/migration/postgresql.
-- Their plain stand-ins for H2 are in V3 under db/migration/h2, so both databases end at version 3.
-- Enum columns are checked against the Java enums' constant names.

-- ---- Material catalogue ----

create sequence material_seq start with 50 increment by 50;

create table material (
    id                  bigint primary key,
    code                varchar(40)    not null,
    name                varchar(200)   not null,
    kind                varchar(20)    not null,
    thickness_mm        numeric(6,2)   not null,
    sheet_width_mm      numeric(8,2)   not null,
    sheet_height_mm     numeric(8,2)   not null,
    sheet_pricing       varchar(20)    not null,
    price_per_sheet     numeric(12,2),
    price_per_m2        numeric(12,2),
    cutting_pricing     varchar(20)    not null,
    cutting_speed_mm_s  numeric(8,2),
    machine_minute_rate numeric(12,2),
    price_per_metre     numeric(12,2),
    price_per_pierce    numeric(12,2)  not null default 0,
    engraving_price_cm2 numeric(12,2)  not null default 0,
    engraving_line_width_mm numeric(6,3),
    part_gap_mm         numeric(6,3)   not null default 0,
    kerf_mm             numeric(6,3)   not null default 0,
    minimum_charge      numeric(12,2)  not null default 0,
    active              boolean        not null default true,
    version             bigint         not null default 0,
    constraint material_code_uk unique (code),
    constraint material_kind_ck check (kind in ('PLYWOOD', 'MDF', 'HARDBOARD', 'WOOD', 'ACRYLIC', 'PLASTIC',
        'CARDBOARD', 'LEATHER', 'FABRIC', 'STEEL', 'STAINLESS_STEEL', 'ALUMINIUM', 'BRASS', 'OTHER')),
    constraint material_sheet_pricing_ck check (sheet_pricing in ('PER_SHEET', 'PER_AREA')),
    constraint material_cutting_pricing_ck check (cutting_pricing in ('BY_TIME', 'BY_LENGTH')),
    constraint material_size_ck check (thickness_mm > 0 and sheet_width_mm > 0 and sheet_height_mm > 0),
    constraint material_money_ck check (price_per_pierce >= 0 and engraving_price_cm2 >= 0
        and minimum_charge >= 0 and part_gap_mm >= 0 and kerf_mm >= 0)
);

create index material_name_idx on material (name);

-- ---- Clients, their files, lead sources ----

create sequence client_seq start with 50 increment by 50;

create table client (
    id                     bigint primary key,
    name                   varchar(200)  not null,
    contact_person         varchar(200),
    email                  varchar(254),
    phone                  varchar(40),
    address                varchar(500),
    notes                  varchar(4000),
    special_terms          varchar(4000),
    discount_percent       numeric(5,2),
    tier_discount_override numeric(5,2),
    created_at             timestamp with time zone not null,
    version                bigint        not null default 0,
    constraint client_discount_ck check (discount_percent between 0 and 100),
    constraint client_tier_discount_ck check (tier_discount_override between 0 and 100)
);

create index client_name_idx on client (name);

-- A client's own prices per material («Специальные условия и цены»).
create table client_material_price (
    client_id       bigint        not null references client (id) on delete cascade,
    material_id     bigint        not null references material (id),
    price_per_sheet numeric(12,2),
    price_per_m2    numeric(12,2),
    primary key (client_id, material_id),
    constraint client_material_price_ck check (price_per_sheet is not null or price_per_m2 is not null)
);

create index client_material_price_material_idx on client_material_price (material_id);

create sequence client_file_seq start with 50 increment by 50;

create table client_file (
    id                   bigint primary key,
    client_id            bigint        not null references client (id),
    original_name        varchar(255)  not null,
    content_type         varchar(100),
    size_bytes           bigint        not null,
    sha256               varchar(64)   not null,
    format               varchar(10)   not null,
    uploaded_at          timestamp with time zone not null,
    uploaded_by          varchar(64)   not null,
    cut_length_mm        double precision,
    contours             integer,
    open_contours        integer,
    bbox_width_mm        double precision,
    bbox_height_mm       double precision,
    net_area_mm2         double precision,
    engrave_length_mm    double precision,
    drawing_units        varchar(10),
    manual_width_mm      numeric(8,2),
    manual_height_mm     numeric(8,2),
    manual_cut_length_mm numeric(12,2),
    manual_pierces       integer,
    manual_engraving_area_mm2 numeric(14,2),
    version              bigint        not null default 0,
    constraint client_file_format_ck check (format in ('DXF', 'SVG', 'PDF', 'AI', 'CDR', 'RASTER', 'UNKNOWN')),
    constraint client_file_size_ck check (size_bytes >= 0)
);

-- The layout choice lists a client's files newest first; an upload looks for an identical copy.
create index client_file_client_idx on client_file (client_id, uploaded_at);
create index client_file_sha256_idx on client_file (client_id, sha256);

-- The bytes, apart from the description so that listing files never reads them.
create table client_file_content (
    file_id bigint primary key references client_file (id) on delete cascade,
    content bytea  not null
);

create sequence lead_source_seq start with 50 increment by 50;

create table lead_source (
    id      bigint primary key,
    name    varchar(100) not null,
    active  boolean      not null default true,
    version bigint       not null default 0,
    constraint lead_source_name_uk unique (name)
);

-- ---- Inquiries ----

create sequence inquiry_seq start with 50 increment by 50;

create table inquiry (
    id             bigint primary key,
    client_id      bigint        references client (id),
    contact        varchar(500),
    inquiry_text   varchar(4000) not null,
    received_at    timestamp with time zone not null,
    lead_source_id bigint        references lead_source (id),
    outcome        varchar(20)   not null,
    refusal_reason varchar(1000),
    decided_at     timestamp with time zone,
    decided_by     varchar(64),
    version        bigint        not null default 0,
    constraint inquiry_outcome_ck check (outcome in ('OPEN', 'BECAME_PROJECT', 'REFUSED')),
    constraint inquiry_sender_ck check (client_id is not null or contact is not null),
    constraint inquiry_refusal_ck check (outcome <> 'REFUSED' or refusal_reason is not null)
);

-- Conversion counts by period, by period and lead source, and the lists by outcome.
create index inquiry_received_idx on inquiry (received_at);
create index inquiry_lead_source_idx on inquiry (lead_source_id, received_at);
create index inquiry_outcome_idx on inquiry (outcome, received_at);
create index inquiry_client_idx on inquiry (client_id);

-- ---- Executors ----

create sequence executor_seq start with 50 increment by 50;

create table executor (
    id      bigint primary key,
    user_id bigint      not null references app_user (id),
    trade   varchar(20) not null,
    active  boolean     not null default true,
    version bigint      not null default 0,
    constraint executor_user_uk unique (user_id),
    constraint executor_trade_ck check (trade in ('LASER_OPERATOR', 'MILLING_OPERATOR', 'PACKER', 'ASSEMBLER', 'GRINDER'))
);

-- Competencies: the materials an executor may work with.
create table executor_competence (
    executor_id bigint not null references executor (id) on delete cascade,
    material_id bigint not null references material (id),
    primary key (executor_id, material_id)
);

create index executor_competence_material_idx on executor_competence (material_id);

-- ---- Projects ----

create sequence project_seq start with 50 increment by 50;

create table project (
    id                       bigint primary key,
    client_id                bigint        not null references client (id),
    lead_source_id           bigint        references lead_source (id),
    inquiry_id               bigint        references inquiry (id),
    name                     varchar(200)  not null,
    description              varchar(4000),
    material_location        varchar(500),
    assigned_executor_id     bigint        references executor (id),
    deadline                 timestamp with time zone,
    priority                 varchar(10)   not null,
    status                   varchar(20)   not null,
    status_before_suspension varchar(20),
    launched_at              timestamp with time zone,
    work_started_at          timestamp with time zone,
    delivery_address         varchar(500),
    delivery_contact         varchar(200),
    delivery_phone           varchar(40),
    delivery_date            date,
    courier_requested_at     timestamp with time zone,
    courier_requested_by     varchar(64),
    discount_percent         numeric(5,2),
    discount_source          varchar(20),
    discount_reason          varchar(1000),
    discount_applied_by      varchar(64),
    discount_applied_at      timestamp with time zone,
    price_total              numeric(12,2),
    priced_at                timestamp with time zone,
    acceptance_mail_at       timestamp with time zone,
    escalated_at             timestamp with time zone,
    escalation_pass          varchar(36),
    created_at               timestamp with time zone not null,
    created_by               varchar(64)   not null,
    updated_at               timestamp with time zone not null,
    version                  bigint        not null default 0,
    -- One project per inquiry.
    constraint project_inquiry_uk unique (inquiry_id),
    constraint project_priority_ck check (priority in ('NORMAL', 'HIGH')),
    constraint project_status_ck check (status in ('WAITING', 'IN_PROGRESS', 'DIFFICULTIES', 'DONE', 'ACCEPTED',
        'CLOSED', 'REFUSED', 'SUSPENDED')),
    constraint project_suspension_ck check (
        (status = 'SUSPENDED' and status_before_suspension in ('WAITING', 'IN_PROGRESS', 'DIFFICULTIES', 'DONE',
            'ACCEPTED'))
        or (status <> 'SUSPENDED' and status_before_suspension is null)),
    constraint project_discount_source_ck check (discount_source in ('VOLUME', 'CLIENT_TIER', 'INDIVIDUAL',
        'COMBINED', 'MANUAL')),
    constraint project_discount_ck check (discount_percent between 0 and 100),
    constraint project_price_ck check (price_total >= 0)
);

-- The projects list: filter by status, client or executor; sort by deadline, priority or last change.
create index project_status_deadline_idx on project (status, deadline);
create index project_status_updated_idx on project (status, updated_at);
create index project_client_idx on project (client_id, updated_at);
create index project_executor_idx on project (assigned_executor_id, status);
create index project_deadline_idx on project (deadline);
create index project_updated_idx on project (updated_at);
create index project_priority_idx on project (priority, deadline);
create index project_lead_source_idx on project (lead_source_id);
-- The escalation pass reads back the rows it stamped.
create index project_escalation_pass_idx on project (escalation_pass);

create sequence project_item_seq start with 50 increment by 50;

create table project_item (
    id                   bigint primary key,
    project_id           bigint        not null references project (id),
    position             integer       not null,
    quantity             integer       not null,
    client_file_id       bigint        references client_file (id),
    material_id          bigint        references material (id),
    manual_width_mm      numeric(8,2),
    manual_height_mm     numeric(8,2),
    manual_cut_length_mm numeric(12,2),
    manual_pierces       integer,
    manual_engraving_area_mm2 numeric(14,2),
    version              bigint        not null default 0,
    constraint project_item_quantity_ck check (quantity between 1 and 1000000),
    constraint project_item_position_ck check (position >= 1)
);

create index project_item_project_idx on project_item (project_id, position);
create index project_item_file_idx on project_item (client_file_id);
create index project_item_material_idx on project_item (material_id);

create sequence layout_work_seq start with 50 increment by 50;

create table layout_work (
    id                     bigint primary key,
    item_id                bigint        not null references project_item (id),
    project_id             bigint        not null references project (id),
    status                 varchar(20)   not null,
    taken_by_id            bigint        references executor (id),
    taken_at               timestamp with time zone,
    completed_at           timestamp with time zone,
    difficulty             varchar(1000),
    difficulty_reported_at timestamp with time zone,
    version                bigint        not null default 0,
    constraint layout_work_item_uk unique (item_id),
    constraint layout_work_status_ck check (status in ('AVAILABLE', 'TAKEN', 'COMPLETED')),
    constraint layout_work_taker_ck check (
        (status = 'AVAILABLE' and taken_by_id is null)
        or (status in ('TAKEN', 'COMPLETED') and taken_by_id is not null and taken_at is not null))
);

-- A project's layouts, and the layouts an executor holds.
create index layout_work_project_idx on layout_work (project_id);
create index layout_work_taken_by_idx on layout_work (taken_by_id, status);

-- ---- History and courier requests (append-only) ----

create sequence status_change_seq start with 50 increment by 50;

create table status_change (
    id          bigint primary key,
    project_id  bigint       not null references project (id),
    from_status varchar(20),
    to_status   varchar(20)  not null,
    action      varchar(30)  not null,
    actor       varchar(64)  not null,
    changed_at  timestamp with time zone not null,
    comment     varchar(1000),
    constraint status_change_from_ck check (from_status in ('WAITING', 'IN_PROGRESS', 'DIFFICULTIES', 'DONE',
        'ACCEPTED', 'CLOSED', 'REFUSED', 'SUSPENDED')),
    constraint status_change_to_ck check (to_status in ('WAITING', 'IN_PROGRESS', 'DIFFICULTIES', 'DONE',
        'ACCEPTED', 'CLOSED', 'REFUSED', 'SUSPENDED')),
    constraint status_change_action_ck check (action in ('LAUNCH', 'ACCEPT', 'CLOSE', 'REFUSE', 'SUSPEND', 'RESUME',
        'RESOLVE_DIFFICULTIES', 'REWORK', 'FIRST_TAKE', 'LAST_COMPLETE', 'REPORT_DIFFICULTY', 'ESCALATE_PRIORITY',
        'CREATE'))
);

create index status_change_project_idx on status_change (project_id, changed_at);

create sequence courier_request_event_seq start with 50 increment by 50;

create table courier_request_event (
    id          bigint primary key,
    project_id  bigint      not null references project (id),
    kind        varchar(10) not null,
    actor       varchar(64) not null,
    occurred_at timestamp with time zone not null,
    constraint courier_request_event_kind_ck check (kind in ('SENT', 'RESET'))
);

create index courier_request_event_project_idx on courier_request_event (project_id, occurred_at);

-- ---- Notifications ----

create sequence notification_seq start with 50 increment by 50;

create table notification (
    id         bigint primary key,
    recipient  varchar(64)   not null,
    kind       varchar(30)   not null,
    project_id bigint        references project (id),
    detail     varchar(1000),
    created_at timestamp with time zone not null,
    is_read    boolean       not null default false,
    read_at    timestamp with time zone,
    version    bigint        not null default 0,
    constraint notification_kind_ck check (kind in ('DIFFICULTY_REPORTED', 'PRIORITY_ESCALATED', 'REWORK_REQUESTED',
        'PROJECT_ASSIGNED', 'PROJECT_DONE'))
);

create index notification_project_idx on notification (project_id);

-- ---- Application settings, with their defaults ----

create table app_setting (
    setting_key   varchar(100)  primary key,
    setting_value varchar(4000) not null,
    updated_at    timestamp with time zone,
    updated_by    varchar(64),
    version       bigint        not null default 0
);

insert into app_setting (setting_key, setting_value) values ('courier.email', '');
insert into app_setting (setting_key, setting_value) values ('escalation.hoursBeforeDeadline', '24');
insert into app_setting (setting_key, setting_value) values ('escalation.intervalMinutes', '15');
insert into app_setting (setting_key, setting_value) values ('discount.volumeTiers', '');
insert into app_setting (setting_key, setting_value) values ('discount.clientTiers', '');
