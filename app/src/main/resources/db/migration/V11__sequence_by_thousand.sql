-- An import of a million people takes four ids per person (the person, the source naming them,
-- their story's line and their audit line): by fifty, that was 80,000 round trips to the sequence.
-- The provider's allocation-size (META-INF/orm.xml) matches this increment: both change together,
-- and this migration runs before the application's first write.
ALTER SEQUENCE orienta_seq INCREMENT BY 1000;
