-- An entry's account must be in the entry's book: one foreign key says both, so that a set-based
-- posting is checked by the database row by row with one index lookup (the account's book implies
-- that the book exists).
create unique index payer_account_id_book_uq on payer_account (id, book_id);
alter table ledger_entry drop constraint ledger_entry_account_id_fkey;
alter table ledger_entry drop constraint ledger_entry_book_id_fkey;
alter table ledger_entry add constraint ledger_entry_account_book_fkey
  foreign key (account_id, book_id) references payer_account (id, book_id);
