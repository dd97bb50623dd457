-- Issue 7: an inspection pins the version of its deep-dive theme (003 §4, Annex A) as it pins its framework version;
-- null where it has no theme.
ALTER TABLE inspection ADD COLUMN theme_version VARCHAR(64);
