-- Issue 4: the topics an inspection is opened on (ILACS focused visit, 000 §106), in the order given, and the number
-- of a visit within its local authority's series (ILACS monitoring visits, 000 §112-139), null where its type is not
-- numbered.
CREATE TABLE inspection_topic (
    inspection_id VARCHAR(36) NOT NULL REFERENCES inspection (id),
    topic_order   INTEGER     NOT NULL,
    topic         VARCHAR(64) NOT NULL,
    PRIMARY KEY (inspection_id, topic_order)
);

ALTER TABLE inspection ADD COLUMN visit_number INTEGER;
