-- A resident who writes from WhatsApp is found by phone: the book keeps phones as people typed them
-- (0555 123 456, +996 555 123456), so they are compared by their last nine digits, Kyrgyzstan's
-- national number without the 0 or 996 in front.
create index person_phone_tail on person (municipality_id, right(regexp_replace(phone, '[^0-9]', '', 'g'), 9))
  where phone is not null and death_date is null;
