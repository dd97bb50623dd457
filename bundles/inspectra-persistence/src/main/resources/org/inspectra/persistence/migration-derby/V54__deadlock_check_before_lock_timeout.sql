-- Derby looks for a deadlock only once a writer has waited derby.locks.deadlockTimeout (20 seconds by default), and
-- V30 made every wait end at 10 seconds: a deadlock was never found, and every transaction in it waited out its
-- 10 seconds and was refused, the one that would have won as well (eight team members grading one judgement at once
-- got eight 409s: ErrorsIT). Derby now looks after 2 seconds and rolls back one transaction of the cycle (40001, a
-- 409 with Retry-After), so the others go on. A database-wide property, kept with the database.
CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.deadlockTimeout', '2');
