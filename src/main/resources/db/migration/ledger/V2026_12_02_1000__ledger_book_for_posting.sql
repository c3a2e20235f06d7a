-- Posting holds the book's shared advisory lock (namespace 0x1ed9 = 7897, as in BookStore) and reads the
-- book: one round trip instead of two on every payment. The function is volatile, so its select takes a
-- fresh snapshot after the lock is granted and sees a month that was closed while it waited.
create function ledger_book_for_posting(p_book bigint) returns setof ledger_book
language plpgsql volatile as $$
begin
  perform pg_advisory_xact_lock_shared(7897, p_book::int);
  return query select * from ledger_book where id = p_book;
end $$;
