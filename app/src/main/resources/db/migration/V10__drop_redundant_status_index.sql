-- person_status_priority_idx (V3: tenant_code, status, priority, id) serves every query this
-- index served, being its prefix; every write of a person paid for both.
DROP INDEX person_tenant_status_idx;
