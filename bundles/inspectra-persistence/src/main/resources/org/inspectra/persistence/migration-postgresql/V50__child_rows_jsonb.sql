-- Inspectra schema, version 50 (PostgreSQL only): a child-level row's values as jsonb, so the database itself can
-- filter a list (row_values @> '{"gender":"F"}', (row_values->>'age')::int > 15), with a GIN index for containment.
-- jsonb orders an object's keys its own way: field_order keeps the columns' order, the field ids separated by U+001E.
-- Derby keeps the encoded string of version 6. No PostgreSQL database held rows before this version (PostgreSQL
-- support began here); the cast would refuse any that did rather than lose them.
ALTER TABLE child_list_row ALTER COLUMN row_values TYPE jsonb USING row_values::jsonb;
ALTER TABLE child_list_row ADD COLUMN field_order TEXT;
CREATE INDEX child_list_row_values ON child_list_row USING gin (row_values jsonb_path_ops);
