-- Staff users. A user belongs to exactly one municipality (and, for enterprise staff, one of its
-- enterprises); only a system administrator belongs to none.
create table staff_user (
  id                  bigint generated always as identity primary key,
  municipality_id     bigint references municipality (id),
  enterprise_id       bigint references enterprise (id),
  username            text not null check (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
  full_name           text not null,
  password_hash       text not null,
  roles               text[] not null check (cardinality(roles) > 0),
  language            varchar(2) not null default 'ky' check (language in ('ky', 'ru', 'en')),
  enabled             boolean not null default true,
  failed_attempts     int not null default 0,
  locked_until        timestamptz,
  password_changed_at timestamptz,
  created_at          timestamptz not null,
  check (municipality_id is not null or roles = array['SYSTEM_ADMIN']),
  check (enterprise_id is null or municipality_id is not null)
);
create unique index staff_user_username_idx on staff_user (username);
create index staff_user_municipality_idx on staff_user (municipality_id);

-- Personal API tokens: only a SHA-256 of the token is kept; the token itself is shown once.
create table api_token (
  id           bigint generated always as identity primary key,
  user_id      bigint not null references staff_user (id),
  name         text not null,
  token_hash   char(64) not null unique,
  prefix       text not null,
  created_at   timestamptz not null,
  last_used_at timestamptz,
  revoked_at   timestamptz
);
create index api_token_user_idx on api_token (user_id);

-- Spring Session JDBC (schema from spring-session-jdbc): sessions live in the database so that
-- several nodes can serve behind a load balancer.
create table spring_session (
  primary_id            char(36) not null,
  session_id            char(36) not null,
  creation_time         bigint not null,
  last_access_time      bigint not null,
  max_inactive_interval int not null,
  expiry_time           bigint not null,
  principal_name        varchar(100),
  constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
  session_primary_id char(36) not null,
  attribute_name     varchar(200) not null,
  attribute_bytes    bytea not null,
  constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
  constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);
