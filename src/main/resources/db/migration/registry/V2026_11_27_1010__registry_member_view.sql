-- The register's published read contract for counting the members of a household on a date, set-based
-- (billing per person). Other modules read this view, never membership or person.
create view registry_member_v as
select household_id, valid_from, valid_to
  from membership;
