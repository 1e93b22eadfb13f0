-- Import history: one row per file checked or imported, with the mapping used, the counts and
-- the problems found. Each record an import creates names its run, so that the run can be undone.

create table import_run (
    id              bigserial primary key,
    kind            varchar(30)  not null check (kind in ('CLIENTS', 'INVOICES', 'PAYMENTS', 'TIME_ENTRIES',
                                                          'INTERACTIONS', 'DISPUTES', 'RECOMMENDATIONS')),
    file_name       varchar(255) not null,
    upload_token    varchar(40),
    user_id         bigint references app_user (id),
    language        varchar(2)   not null default 'es' check (language in ('es', 'en')),
    mapping         jsonb        not null,
    status          varchar(20)  not null check (status in ('CHECKING', 'CHECKED', 'REJECTED', 'IMPORTING',
                                                            'IMPORTED', 'FAILED', 'UNDONE')),
    rows_read       integer      not null default 0,
    rows_total      integer,
    created         integer      not null default 0,
    updated         integer      not null default 0,
    skipped         integer      not null default 0,
    clients_created integer      not null default 0,
    error_count     integer      not null default 0,
    details         jsonb        not null default '{}',
    errors          jsonb        not null default '[]',
    preview         jsonb        not null default '[]',
    started_at      timestamptz  not null default now(),
    finished_at     timestamptz,
    imported_at     timestamptz,
    undone_at       timestamptz,
    undone_by_id    bigint references app_user (id),
    version         bigint       not null default 0
);
create index import_run_started_idx on import_run (started_at desc);

alter table client add column import_run_id bigint references import_run (id);
alter table invoice add column import_run_id bigint references import_run (id);
alter table payment add column import_run_id bigint references import_run (id);
alter table time_entry add column import_run_id bigint references import_run (id);
alter table interaction add column import_run_id bigint references import_run (id);
alter table payment_dispute add column import_run_id bigint references import_run (id);
alter table recommendation add column import_run_id bigint references import_run (id);

create index client_import_run_idx on client (import_run_id) where import_run_id is not null;
create index invoice_import_run_idx on invoice (import_run_id) where import_run_id is not null;
create index payment_import_run_idx on payment (import_run_id) where import_run_id is not null;
create index time_entry_import_run_idx on time_entry (import_run_id) where import_run_id is not null;
create index interaction_import_run_idx on interaction (import_run_id) where import_run_id is not null;
create index payment_dispute_import_run_idx on payment_dispute (import_run_id) where import_run_id is not null;
create index recommendation_import_run_idx on recommendation (import_run_id) where import_run_id is not null;

-- The id a PSA gives a time entry or ticket, so that a re-import finds the record it created,
-- and a version that a re-import bumps when it changes one, so that undoing the import that
-- created it can tell.
alter table time_entry add column external_id varchar(100);
alter table interaction add column external_id varchar(100);
alter table time_entry add column version bigint not null default 0;
alter table interaction add column version bigint not null default 0;
create index time_entry_external_id_idx on time_entry (external_id) where external_id is not null;
create index interaction_external_id_idx on interaction (external_id) where external_id is not null;

-- A mapping saved under a name, to import the next file of the same layout in one step.
create table import_mapping (
    id             bigserial primary key,
    kind           varchar(30)  not null,
    name           varchar(100) not null check (length(trim(name)) > 0),
    mapping        jsonb        not null,
    created_by_id  bigint references app_user (id),
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now()
);
create unique index import_mapping_name_key on import_mapping (kind, lower(name));
