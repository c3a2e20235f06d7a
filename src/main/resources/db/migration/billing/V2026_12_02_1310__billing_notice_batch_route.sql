-- Notices are also printed for a controller's route, in its walking order.
alter table billing_notice_batch add column route_id bigint references billing_route (id) on delete set null;
