-- Issue 3: frameworks add statuses to an inspection type's lifecycle (org.inspectra.api.framework.AddedStatus).
-- status keeps the platform status the inspection stands in; added_status names the framework's status after it
-- that the inspection is in, null where it is in the platform status itself.
ALTER TABLE inspection ADD COLUMN added_status VARCHAR(64);
