-- An executor hands a part of their assignment to a colleague (a sub-assignment): it keeps to the
-- deadline of the assignment it came from, and is reported on its own.
alter table documents_assignment add column parent_id bigint references documents_assignment (id);
alter table documents_event drop constraint documents_event_kind_check;
alter table documents_event add constraint documents_event_kind_check
  check (kind in ('REGISTERED', 'RESOLVED', 'DELEGATED', 'REPORTED', 'EXTENDED', 'TAKEN_OFF'));
