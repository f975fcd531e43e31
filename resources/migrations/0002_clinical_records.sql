-- Needlepoint schema 2: what the clinical-record repositories need beyond schema 1.
-- One statement per ';' at the end of a line (see src/storage/Migrations.h).

-- Screenings: a full screening before a series, or the short re-screen at check-in (the
-- domain file's pre-session list), optionally for one series; updated_at moves with an override.
ALTER TABLE screenings ADD COLUMN kind TEXT NOT NULL DEFAULT 'full';
ALTER TABLE screenings ADD COLUMN series_id INTEGER REFERENCES series (id);
ALTER TABLE screenings ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
UPDATE screenings SET updated_at = COALESCE(override_at, created_at);

-- Consents: which modality the form covers, who recorded it and when, and a withdrawal (a
-- consent is withdrawn, never deleted).
ALTER TABLE consents ADD COLUMN modality TEXT NOT NULL DEFAULT '';
ALTER TABLE consents ADD COLUMN recorded_by TEXT NOT NULL DEFAULT '';
ALTER TABLE consents ADD COLUMN created_at TEXT NOT NULL DEFAULT '';
ALTER TABLE consents ADD COLUMN withdrawn_at TEXT;
ALTER TABLE consents ADD COLUMN withdrawn_reason TEXT NOT NULL DEFAULT '';
UPDATE consents SET created_at = signed_at;
UPDATE consents SET modality = COALESCE((SELECT modality FROM series WHERE series.id = consents.series_id), '');

-- Session charts: the clinician's recorded reason for a depth above the catalogue's limit,
-- who charted it, and when it was last corrected. One chart per session: two workstations
-- charting the same session meet as a conflict, not as two charts.
ALTER TABLE session_charts ADD COLUMN depth_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE session_charts ADD COLUMN recorded_by TEXT NOT NULL DEFAULT '';
ALTER TABLE session_charts ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
UPDATE session_charts SET updated_at = created_at;
DROP INDEX session_charts_session;
CREATE UNIQUE INDEX session_charts_session ON session_charts (session_id);

-- Series: free-text notes.
ALTER TABLE series ADD COLUMN notes TEXT NOT NULL DEFAULT '';
CREATE INDEX consents_series ON consents (series_id);
CREATE INDEX screenings_series ON screenings (series_id);
