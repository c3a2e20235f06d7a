-- Only reversals point at another entry: index those alone, so that a billing run's million charges
-- do not each add a NULL to this index.
alter table ledger_entry drop constraint ledger_entry_reverses_id_key;
create unique index ledger_entry_reverses_uq on ledger_entry (reverses_id) where reverses_id is not null;
