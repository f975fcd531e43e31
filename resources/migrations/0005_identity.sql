-- Needlepoint schema 5: the database's own identity (issue 13).
-- One statement per ';' at the end of a line (see src/storage/Migrations.h).

-- Made once, when the database is created or reaches this schema, and never changed: exported
-- calendar events are named with it, so their UIDs stay the same when the clinic is renamed or
-- the database is moved to another folder or computer, backed up and restored.
CREATE TABLE database_identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    uid TEXT NOT NULL
);
INSERT INTO database_identity (id, uid) VALUES (1, lower(hex(randomblob(16))));
