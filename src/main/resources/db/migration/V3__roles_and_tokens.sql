-- Personal API tokens. Only the SHA-256 hash of a token is stored; the token itself is shown
-- once, when it is created. A token is revoked, never deleted, so its history stays readable.
create table api_token (
    id            bigserial primary key,
    user_id       bigint       not null references app_user (id),
    name          varchar(100) not null check (length(trim(name)) > 0),
    token_hash    varchar(64)  not null,
    access        varchar(20)  not null check (access in ('READ_ONLY', 'READ_WRITE')),
    created_at    timestamptz  not null default now(),
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
create unique index api_token_hash_key on api_token (token_hash);
create index api_token_user_idx on api_token (user_id);
