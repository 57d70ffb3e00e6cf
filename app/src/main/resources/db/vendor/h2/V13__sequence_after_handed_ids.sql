-- V11 made the ids' sequence count by a thousand. PostgreSQL's next value is then the last one
-- given plus a thousand, but H2's is the value it had already set aside as the next one (the last
-- given plus fifty): the provider, which takes the thousand ids up to the value it gets, would have
-- taken ids already given on a database upgraded from V10. Moving the next value a thousand further
-- puts every id the provider takes after any id given before (a fresh database only skips ids).
ALTER SEQUENCE orienta_seq RESTART WITH (
  SELECT BASE_VALUE + 1000 FROM INFORMATION_SCHEMA.SEQUENCES
  WHERE SEQUENCE_SCHEMA = CURRENT_SCHEMA AND SEQUENCE_NAME = 'ORIENTA_SEQ');
