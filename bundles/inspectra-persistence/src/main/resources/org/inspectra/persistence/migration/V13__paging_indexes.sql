-- Inspectra schema, version 13: lists that grow with use are read a page at a time after the ordering key of the
-- previous page's last row (API.md, Paging). Each index below is that list's filter followed by its ordering key, so a
-- page is one bounded range scan. (The single-column indexes on inspection_id or local_authority stay: on Derby they
-- were never made, being duplicates of the foreign keys' own, so no portable script can drop them.)

CREATE INDEX inspection_in_order ON inspection (notified_on DESC, created_at DESC, id DESC);
CREATE INDEX inspection_of_authority_in_order
    ON inspection (local_authority, notified_on DESC, created_at DESC, id DESC);

-- A record keeps the place of its first revision.
CREATE INDEX evidence_first_revision ON evidence_revision (inspection_id, revision, row_id);

CREATE INDEX finding_in_order ON finding (inspection_id, recorded_at, id);

CREATE INDEX audit_entry_in_order ON audit_entry (subject, id);
DROP INDEX audit_entry_by_subject;

CREATE INDEX concern_in_order ON concern (inspection_id, referred_on, id);

CREATE INDEX information_request_in_order ON information_request (inspection_id, requested_at, id);
