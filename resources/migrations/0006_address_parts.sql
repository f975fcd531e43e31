-- Needlepoint schema 6: the postal address in its parts, and the old system's patient number
-- (issue 13). One statement per ';' at the end of a line (see src/storage/Migrations.h).

-- `address` keeps what it held: the street lines. A database made before schema 6 kept the whole
-- address there, and it stays there whole (no guessing where a town or postcode starts), so no
-- patient's address is lost or misread; the new parts start empty and are filled as the clinic
-- edits the record or imports its old system's file again.
ALTER TABLE patients ADD COLUMN town TEXT NOT NULL DEFAULT '';
ALTER TABLE patients ADD COLUMN region TEXT NOT NULL DEFAULT '';
ALTER TABLE patients ADD COLUMN postcode TEXT NOT NULL DEFAULT '';
ALTER TABLE patients ADD COLUMN country TEXT NOT NULL DEFAULT '';

-- The patient's number in the system the clinic came from ("external reference"): shown on the
-- record, found by search, and matched by a later import of that system's file, which then
-- updates the patient instead of refusing a duplicate. Unique among the patients that have one,
-- compared without regard to case.
ALTER TABLE patients ADD COLUMN external_ref TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX patients_external_ref ON patients (external_ref COLLATE NOCASE) WHERE external_ref <> '';
