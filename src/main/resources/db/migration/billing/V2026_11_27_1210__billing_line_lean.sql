-- A billing line is found by its natural key (book, month, account, service: unique) and a run's lines by
-- book and month; a surrogate id and a run index only slowed down the million-row inserts.
alter table billing_line drop column id;
drop index billing_line_run_idx;
-- Lines are written only by the run's own statement, from subscriptions that hold these keys; checking
-- them again row by row cost a third of a national run.
alter table billing_line drop constraint billing_line_book_id_fkey;
alter table billing_line drop constraint billing_line_run_id_fkey;
alter table billing_line drop constraint billing_line_service_id_fkey;
