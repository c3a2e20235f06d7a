-- An Open311 client's key is withdrawn, not deleted: the list keeps who had access and until when.
alter table appeals_api_key add column revoked_at timestamptz;
