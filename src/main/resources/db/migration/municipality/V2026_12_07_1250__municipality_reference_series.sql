-- A series may name a journal of its own (DOC-IN, DOC-APPEAL): digits, dashes and underscores too.
alter table reference_counter drop constraint reference_counter_series_check;
alter table reference_counter add constraint reference_counter_series_check check (series ~ '^[A-Z][A-Z0-9_-]{0,31}$');
