-- Inspectra schema, version 55: how far each local authority's inspections have changed, so that a node can tell
-- from one row whether a page of inspections it answered before is still the page (docs/performance.md). The
-- inspection store counts every inserted or changed inspection row here, in the writing transaction, right after
-- the row (InspectionListState); a local authority gets its row when it is created. Kept apart from local_authority,
-- whose row an inserted inspection's foreign key is checked against. (Not kept by triggers: Derby compiles a trigger's
-- statement at its first use and again after every statistics update, writing its dictionary as it does, and
-- concurrent writers then deadlock on that dictionary.)
CREATE TABLE inspection_list_state (
    local_authority VARCHAR(3) NOT NULL PRIMARY KEY,
    changes         BIGINT     NOT NULL
);

INSERT INTO inspection_list_state (local_authority, changes) SELECT code, 0 FROM local_authority;
