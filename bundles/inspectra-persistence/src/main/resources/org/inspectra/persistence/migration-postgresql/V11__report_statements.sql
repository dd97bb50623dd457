-- PostgreSQL translation of migration-derby/V11__report_statements.sql: the context statements of version 10 become
-- one section of the statements a lead inspector writes for a report; the summary's answers to the framework's
-- questions (000 §211) are another. PostgreSQL renames with ALTER TABLE and drops a primary key by its name, which
-- stays the old table's.
ALTER TABLE area_context_statement RENAME TO report_statement;
ALTER TABLE report_statement ADD COLUMN section VARCHAR(16) NOT NULL DEFAULT 'context';
ALTER TABLE report_statement DROP CONSTRAINT area_context_statement_pkey;
ALTER TABLE report_statement ADD PRIMARY KEY (inspection_id, section, item_id);
