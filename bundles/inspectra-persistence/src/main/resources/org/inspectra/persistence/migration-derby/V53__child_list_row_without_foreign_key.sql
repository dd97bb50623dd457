-- Derby only: child_list_row without its foreign key to child_list. Derby backs every foreign key with an index of
-- its own, here on (inspection_id, list_id), which the primary key's leading columns do not stand in for, and checks
-- the key for every row inserted: an upload of 100,000 rows maintained a third index and probed child_list 100,000
-- times, a quarter of the database's CPU for the rows (docs/performance.md). A list's rows are written only by
-- JpaChildListStore.replace, in the transaction that writes the list's child_list row first, and child_list rows are
-- never deleted, so no row can lose its list. PostgreSQL keeps the key (its COPY checks it without another index).
-- Derby drops a constraint only by its generated name, so the table is built again and the rows copied across.
CREATE TABLE child_list_row_v53 (
    inspection_id VARCHAR(36)    NOT NULL,
    list_id       VARCHAR(64)    NOT NULL,
    row_number    BIGINT         NOT NULL,
    child_id      VARCHAR(128),
    row_values    VARCHAR(32672) NOT NULL,
    PRIMARY KEY (inspection_id, list_id, row_number)
);
-- row_number qualified: unqualified, Derby reads it as its function.
INSERT INTO child_list_row_v53 (inspection_id, list_id, row_number, child_id, row_values)
    SELECT r.inspection_id, r.list_id, r.row_number, r.child_id, r.row_values FROM child_list_row r;
DROP TABLE child_list_row;
RENAME TABLE child_list_row_v53 TO child_list_row;
CREATE INDEX child_list_row_by_child ON child_list_row (inspection_id, child_id);
