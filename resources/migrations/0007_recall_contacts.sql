-- Needlepoint schema 7: the front desk's calls about a recall (issue 15). One statement per ';' at
-- the end of a line (see src/storage/Migrations.h).

-- A recall is not stored (the lists are read from the series, findings and appointments each
-- time), so a call is kept against the recall's key: its list and what it is about (storage's
-- recallKey(): "unbooked:series=3:session=2", "washout_clearing:finding=isotretinoin:due=2027-03-31").
-- Every call is kept; the newest of a key is what the list shows.
CREATE TABLE recall_contacts (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients(id),
    recall TEXT NOT NULL,
    contacted_on TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX recall_contacts_recall ON recall_contacts (recall, contacted_on);
