-- Inspectra schema, version 12: which of its local authority's series a visit numbered in a series belongs to (ILACS
-- monitoring visits, 000 §208 note 28: the first visit of the first series publishes no letter); null where its type
-- is not numbered in a series.
ALTER TABLE inspection ADD COLUMN series_number INTEGER;
