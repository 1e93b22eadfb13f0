-- The audit trail: who changed what, when, with the values before and after. The application
-- only ever inserts here; the trigger below rejects every UPDATE and DELETE, whoever sends it.
-- TRUNCATE fires no row trigger, so a test database can still be emptied.
--
-- user_id and client_id carry no foreign key on purpose: an entry must outlive the rows it
-- describes (undoing an import deletes clients) and must never block a change elsewhere.
-- user_name keeps the name the user had at the time. entity_kind and action are not checked
-- here, so that a new kind of record needs only a new constant in the application.
create table audit_entry (
    id              bigserial primary key,
    occurred_at     timestamptz  not null default now(),
    user_id         bigint,
    user_name       varchar(254),
    remote_address  varchar(64),
    entity_kind     varchar(30)  not null,
    entity_id       bigint,
    client_id       bigint,
    action          varchar(30)  not null,
    before_values   jsonb,
    after_values    jsonb
);
create index audit_entry_occurred_idx on audit_entry (occurred_at desc, id desc);
create index audit_entry_client_idx on audit_entry (client_id, occurred_at desc) where client_id is not null;
create index audit_entry_user_idx on audit_entry (user_id, occurred_at desc) where user_id is not null;

create function audit_entry_reject_change() returns trigger
language plpgsql as $$
begin
    raise exception 'audit_entry is insert-only: % of entry % rejected', tg_op, old.id
        using errcode = 'integrity_constraint_violation';
end;
$$;

create trigger audit_entry_insert_only
    before update or delete on audit_entry
    for each row execute function audit_entry_reject_change();

-- A grade the owner sets by hand over the computed one, with the reason. Removing an override
-- keeps its row with removed_at set, so earlier portfolios can still show it. At most one
-- override per client is in force.
create table grade_override (
    id             bigserial primary key,
    client_id      bigint      not null references client (id),
    grade          varchar(1)  not null check (grade in ('A', 'B', 'C', 'D')),
    reason         text        not null check (length(trim(reason)) > 0),
    set_by_id      bigint references app_user (id),
    set_at         timestamptz not null,
    removed_at     timestamptz,
    removed_by_id  bigint references app_user (id),
    constraint grade_override_removed_after_set check (removed_at is null or removed_at >= set_at)
);
create unique index grade_override_in_force_key on grade_override (client_id) where removed_at is null;
create index grade_override_client_idx on grade_override (client_id, set_at);
