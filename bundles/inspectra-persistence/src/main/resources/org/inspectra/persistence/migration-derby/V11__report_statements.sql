-- Inspectra schema, version 11: the context statements of version 10 become one section of the statements a lead
-- inspector writes for a report; the summary's answers to the framework's questions (000 §211) are another.
RENAME TABLE area_context_statement TO report_statement;
ALTER TABLE report_statement ADD COLUMN section VARCHAR(16) NOT NULL DEFAULT 'context';
ALTER TABLE report_statement DROP PRIMARY KEY;
ALTER TABLE report_statement ADD PRIMARY KEY (inspection_id, section, item_id);
