-- Contention fails fast instead of holding a request for a minute: a writer waiting more than 10 seconds for a row
-- another holds gets Derby's lock timeout (40XL1), which the REST API answers 409 with Retry-After. Derby's default
-- is 60 seconds, as long as a client's patience. A database-wide property, kept with the database.
CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.waitTimeout', '10');
