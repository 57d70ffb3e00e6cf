-- PostgreSQL only: the registry list reads a page's ids first (RegistryService.list), most urgent
-- first. This index gives them in that order and carries the columns the list filters on, so a
-- deep page or a common name prefix is answered from the index alone (an index-only scan that
-- skips non-matching entries without reading the rows): at a million people, page 20 of « GAR »
-- went from 152 ms to 65 ms. It replaces the plain priority index. H2 has no INCLUDE.
-- Version numbers are shared with db/migration: the next common migration is V7.
DROP INDEX person_priority_idx;
CREATE INDEX person_list_idx ON person (tenant_code, priority, id)
  INCLUDE (status, last_name, first_name, ald, css, birth_date, insee_code, registered_on);
