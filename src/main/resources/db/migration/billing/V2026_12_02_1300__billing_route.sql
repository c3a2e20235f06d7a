-- A field controller's route: the accounts of a book in the order they are walked, assigned to a controller,
-- who reads the meters and takes cash along it. An account is on at most one route of its book.
create table billing_route (
  id               bigint generated always as identity primary key,
  book_id          bigint not null,
  municipality_id  bigint not null references municipality (id),
  name             text not null check (length(name) between 1 and 100),
  controller_id    bigint,
  controller_name  text,
  created_at       timestamptz not null,
  unique (book_id, name)
);
create index billing_route_controller_idx on billing_route (controller_id) where controller_id is not null;

create table billing_route_stop (
  route_id    bigint not null references billing_route (id) on delete cascade,
  book_id     bigint not null,
  account_id  bigint not null,
  position    int not null,
  primary key (route_id, account_id),
  unique (book_id, account_id)
);
