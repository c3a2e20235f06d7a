-- The ledger's published read contract for set-based work in other modules (billing runs over a
-- million accounts cannot ask for them one by one). Other modules read this view, never payer_account.
create view ledger_account_v as
select id, book_id, municipality_id, number, category, household_id, village_id, holder_name, address
  from payer_account;
