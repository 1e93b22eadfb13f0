-- Criba's first schema: accounts, clients and every kind of record the scoring model reads.
-- Money is numeric(14,2); calendar dates are date; system instants are timestamptz.

create table app_user (
    id                 bigserial primary key,
    email              varchar(254) not null,
    display_name       varchar(120) not null,
    password_hash      varchar(100) not null,
    role               varchar(20)  not null check (role in ('OWNER', 'ACCOUNT_MANAGER', 'VIEWER')),
    preferred_language varchar(2)   not null default 'es' check (preferred_language in ('es', 'en')),
    enabled            boolean      not null default true,
    created_at         timestamptz  not null default now(),
    version            bigint       not null default 0
);
create unique index app_user_email_key on app_user (lower(email));

create table client (
    id                  bigserial primary key,
    name                varchar(200) not null check (length(trim(name)) > 0),
    external_ref        varchar(100),
    contract_type       varchar(20)  not null check (contract_type in ('BREAK_FIX', 'MANAGED', 'HYBRID')),
    seats               integer      not null default 0 check (seats >= 0),
    client_since        date,
    contact_name        varchar(200),
    contact_email       varchar(254),
    letter_language     varchar(2)   not null default 'es' check (letter_language in ('es', 'en')),
    notice_period_days  integer      not null default 30 check (notice_period_days >= 0),
    status              varchar(20)  not null default 'ACTIVE' check (status in ('ACTIVE', 'OFFBOARDING', 'FORMER')),
    notes               text,
    account_manager_id  bigint references app_user (id),
    created_at          timestamptz  not null default now(),
    version             bigint       not null default 0
);
-- A former client keeps its name, so a new client of the same name can exist beside it.
create unique index client_name_key on client (lower(name)) where status <> 'FORMER';
create unique index client_external_ref_key on client (external_ref) where external_ref is not null;

create table invoice (
    id              bigserial primary key,
    client_id       bigint        not null references client (id),
    number          varchar(60)   not null check (length(trim(number)) > 0),
    issue_date      date          not null,
    due_date        date          not null,
    amount          numeric(14,2) not null,
    billing_method  varchar(20)   not null check (billing_method in ('ELECTRONIC', 'PAPER', 'DIRECT_DEBIT', 'OTHER')),
    kind            varchar(20)   not null check (kind in ('RECURRING', 'PROJECT', 'HARDWARE', 'BREAK_FIX', 'OTHER')),
    created_at      timestamptz   not null default now(),
    version         bigint        not null default 0,
    constraint invoice_number_per_client_key unique (client_id, number),
    constraint invoice_due_not_before_issue check (due_date >= issue_date)
);
create index invoice_issue_date_idx on invoice (issue_date);
create index invoice_due_date_idx on invoice (due_date);

create table payment (
    id          bigserial primary key,
    invoice_id  bigint        not null references invoice (id) on delete cascade,
    paid_on     date          not null,
    amount      numeric(14,2) not null,
    created_at  timestamptz   not null default now()
);
create index payment_invoice_idx on payment (invoice_id, paid_on);

create table time_entry (
    id          bigserial primary key,
    client_id   bigint       not null references client (id),
    worked_on   date         not null,
    minutes     integer      not null check (minutes > 0),
    technician  varchar(120) not null,
    billable    boolean      not null default true,
    after_hours boolean      not null default false,
    note        text,
    created_at  timestamptz  not null default now()
);
create index time_entry_client_date_idx on time_entry (client_id, worked_on);

-- occurred_at is the MSP's local wall-clock time of the contact, which is what
-- "after hours" and "10 pm" refer to.
create table interaction (
    id           bigserial primary key,
    client_id    bigint      not null references client (id),
    occurred_at  timestamp   not null,
    kind         varchar(30) not null check (kind in ('TICKET', 'PHONE_CALL', 'EMAIL', 'EMERGENCY_CALL', 'MEETING',
                                                       'COMPLAINT', 'PRAISE', 'REFERRAL', 'SELF_INFLICTED_INCIDENT')),
    after_hours  boolean     not null default false,
    note         text,
    logged_by_id bigint references app_user (id),
    created_at   timestamptz not null default now()
);
create index interaction_client_time_idx on interaction (client_id, occurred_at);

create table payment_dispute (
    id                bigserial primary key,
    client_id         bigint        not null references client (id),
    invoice_id        bigint references invoice (id),
    opened_on         date          not null,
    amount            numeric(14,2) not null check (amount >= 0),
    reason            text          not null,
    signed_agreement  boolean       not null default false,
    status            varchar(20)   not null default 'OPEN'
                      check (status in ('OPEN', 'RESOLVED_PAID', 'RESOLVED_CREDIT', 'WRITTEN_OFF')),
    resolved_on       date,
    resolution_note   text,
    logged_by_id      bigint references app_user (id),
    created_at        timestamptz   not null default now(),
    version           bigint        not null default 0,
    constraint dispute_resolution_consistent check ((status = 'OPEN') = (resolved_on is null)),
    constraint dispute_resolved_not_before_opened check (resolved_on is null or resolved_on >= opened_on)
);
create index payment_dispute_client_idx on payment_dispute (client_id, opened_on);

create table recommendation (
    id               bigserial primary key,
    client_id        bigint        not null references client (id),
    proposed_on      date          not null,
    title            varchar(200)  not null,
    estimated_value  numeric(14,2) check (estimated_value >= 0),
    response         varchar(30)   not null default 'NONE'
                     check (response in ('NONE', 'ACCEPTED', 'PROPOSAL_REQUESTED', 'QUESTIONED', 'CHEAPEST_OPTION', 'DECLINED')),
    responded_on     date,
    created_at       timestamptz   not null default now(),
    version          bigint        not null default 0,
    constraint recommendation_response_consistent check ((response = 'NONE') = (responded_on is null)),
    constraint recommendation_responded_not_before_proposed check (responded_on is null or responded_on >= proposed_on)
);
create index recommendation_client_idx on recommendation (client_id, proposed_on);

create table gut_check (
    id         bigserial primary key,
    client_id  bigint      not null references client (id),
    rated_on   date        not null,
    grade      varchar(1)  not null check (grade in ('A', 'B', 'C', 'D')),
    rater_id   bigint references app_user (id),
    comment    text,
    created_at timestamptz not null default now()
);
create index gut_check_client_idx on gut_check (client_id, rated_on);

-- Every parameter of the scoring model. A change inserts a new row with the next version;
-- rows are never updated, so each stored score can name the parameters it used.
create table scoring_model (
    version                        integer primary key,
    created_at                     timestamptz   not null default now(),
    created_by_id                  bigint references app_user (id),
    window_months                  integer       not null,
    loaded_hourly_cost             numeric(14,2) not null,
    overhead_per_client            numeric(14,2) not null,
    tooling_cost_per_seat          numeric(14,2) not null,
    margin_floor_percent           numeric(6,2)  not null,
    margin_target_percent          numeric(6,2)  not null,
    grace_days                     integer       not null,
    days_late_for_zero             integer       not null,
    weight_punctuality             numeric(6,2)  not null,
    weight_disputes                numeric(6,2)  not null,
    weight_process                 numeric(6,2)  not null,
    weight_advisor                 numeric(6,2)  not null,
    weight_sentiment               numeric(6,2)  not null,
    dispute_penalty                numeric(6,2)  not null,
    dispute_count_open             integer       not null,
    dispute_count_resolved_paid    integer       not null,
    dispute_count_resolved_credit  integer       not null,
    dispute_count_written_off      integer       not null,
    after_hours_penalty            numeric(6,2)  not null,
    self_inflicted_penalty         numeric(6,2)  not null,
    advisor_accepted               numeric(6,2)  not null,
    advisor_proposal_requested     numeric(6,2)  not null,
    advisor_questioned             numeric(6,2)  not null,
    advisor_cheapest_option        numeric(6,2)  not null,
    advisor_declined               numeric(6,2)  not null,
    advisor_unanswered             numeric(6,2)  not null,
    advisor_unanswered_after_days  integer       not null,
    sentiment_base                 numeric(6,2)  not null,
    sentiment_step                 numeric(6,2)  not null,
    gut_a                          numeric(6,2)  not null,
    gut_b                          numeric(6,2)  not null,
    gut_c                          numeric(6,2)  not null,
    gut_d                          numeric(6,2)  not null,
    weight_financial               numeric(6,2)  not null,
    weight_relationship            numeric(6,2)  not null,
    weight_gut                     numeric(6,2)  not null,
    threshold_a                    numeric(6,2)  not null,
    threshold_b                    numeric(6,2)  not null,
    threshold_c                    numeric(6,2)  not null,
    small_client_revenue           numeric(14,2) not null,
    tiny_client_revenue            numeric(14,2) not null,
    overdue_cap_days               integer       not null,
    low_confidence_min_invoices    integer       not null,
    low_confidence_min_parts       integer       not null
);

insert into scoring_model (version, window_months, loaded_hourly_cost, overhead_per_client, tooling_cost_per_seat,
    margin_floor_percent, margin_target_percent, grace_days, days_late_for_zero,
    weight_punctuality, weight_disputes, weight_process, weight_advisor, weight_sentiment,
    dispute_penalty, dispute_count_open, dispute_count_resolved_paid, dispute_count_resolved_credit, dispute_count_written_off,
    after_hours_penalty, self_inflicted_penalty,
    advisor_accepted, advisor_proposal_requested, advisor_questioned, advisor_cheapest_option, advisor_declined,
    advisor_unanswered, advisor_unanswered_after_days, sentiment_base, sentiment_step,
    gut_a, gut_b, gut_c, gut_d, weight_financial, weight_relationship, weight_gut,
    threshold_a, threshold_b, threshold_c, small_client_revenue, tiny_client_revenue, overdue_cap_days,
    low_confidence_min_invoices, low_confidence_min_parts)
values (1, 12, 55.00, 150.00, 6.00,
    0, 60, 5, 60,
    35, 15, 20, 20, 10,
    35, 1, 1, 0, 2,
    15, 10,
    100, 100, 65, 35, 0,
    20, 30, 50, 15,
    100, 70, 40, 0, 40, 40, 20,
    80, 65, 45, 1000.00, 400.00, 90,
    3, 2);

-- The current scorecard of each client, as last computed. scorecard holds the full
-- result with its reasons, so the stored figures can be explained later.
create table client_score (
    client_id              bigint primary key references client (id),
    model_version          integer       not null references scoring_model (version),
    as_of                  date          not null,
    computed_at            timestamptz   not null,
    financial              numeric(5,2),
    relationship           numeric(5,2),
    gut                    numeric(5,2),
    composite              numeric(5,2),
    grade                  varchar(1)    check (grade in ('A', 'B', 'C', 'D')),
    low_confidence         boolean       not null,
    revenue_per_month      numeric(14,2) not null,
    cost_per_month         numeric(14,2) not null,
    hours_per_month        numeric(10,2) not null,
    scorecard              jsonb         not null
);
