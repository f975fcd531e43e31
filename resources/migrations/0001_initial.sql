-- Needlepoint schema 1. One statement per ';' at the end of a line (see src/storage/Migrations.h).
-- Dates are ISO text (YYYY-MM-DD), times ISO UTC text. Every row carries a version for
-- optimistic locking: an update names the version it read and fails if the row has moved on.

CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version (version) VALUES (0);

CREATE TABLE practitioners (
    id INTEGER PRIMARY KEY,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    modalities TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE patients (
    id INTEGER PRIMARY KEY,
    family_name TEXT NOT NULL,
    given_names TEXT NOT NULL,
    preferred_name TEXT NOT NULL DEFAULT '',
    birth_date TEXT NOT NULL,
    sex TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    phone_digits TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    preferred_language TEXT NOT NULL DEFAULT 'en',
    fitzpatrick INTEGER CHECK (fitzpatrick IS NULL OR fitzpatrick BETWEEN 1 AND 6),
    notes TEXT NOT NULL DEFAULT '',
    archived INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX patients_birth_date ON patients (birth_date);
CREATE INDEX patients_email ON patients (email COLLATE NOCASE);
CREATE INDEX patients_phone_digits ON patients (phone_digits);
CREATE INDEX patients_name_birth ON patients (family_name, given_names, birth_date);

-- As-you-type search: names and contact details, accent- and case-folded, prefix-indexed.
-- rowid = patients.id; kept in step by the patient repository in the same transaction.
-- columnsize = 0: no per-row token counts, which only bm25() and the like read; search ranks
-- matches itself (PatientSearch.cpp), and an import writes one row fewer per patient.
CREATE VIRTUAL TABLE patient_search USING fts5 (
    names, contact,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3',
    columnsize = 0
);

-- Health findings with the engine's codes. A correction adds a new revision of the same
-- finding_key and marks the old one superseded: the history stays readable.
CREATE TABLE findings (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients (id),
    finding_key INTEGER,
    revision INTEGER NOT NULL DEFAULT 1,
    code TEXT NOT NULL,
    areas TEXT NOT NULL DEFAULT '',
    since TEXT,
    until TEXT,
    note TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    superseded INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX findings_patient ON findings (patient_id, superseded);
CREATE INDEX findings_key ON findings (finding_key, revision);

CREATE TABLE screenings (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients (id),
    screened_on TEXT NOT NULL,
    answers TEXT NOT NULL,
    result TEXT NOT NULL,
    override_reason TEXT,
    override_by TEXT,
    override_at TEXT,
    recorded_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);
CREATE INDEX screenings_patient ON screenings (patient_id);

CREATE TABLE series (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients (id),
    modality TEXT NOT NULL,
    indication TEXT NOT NULL,
    severity TEXT NOT NULL,
    areas TEXT NOT NULL,
    event_date TEXT,
    status TEXT NOT NULL DEFAULT 'planned',
    created_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX series_patient ON series (patient_id);

CREATE TABLE planned_sessions (
    id INTEGER PRIMARY KEY,
    series_id INTEGER NOT NULL REFERENCES series (id),
    number INTEGER NOT NULL,
    planned_date TEXT NOT NULL,
    earliest TEXT NOT NULL,
    latest TEXT,
    status TEXT NOT NULL DEFAULT 'planned',
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (series_id, number)
);
CREATE INDEX planned_sessions_date ON planned_sessions (planned_date);

CREATE TABLE session_charts (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES planned_sessions (id),
    charted_on TEXT NOT NULL,
    practitioner_id INTEGER REFERENCES practitioners (id),
    device TEXT NOT NULL DEFAULT '',
    device_serial TEXT NOT NULL DEFAULT '',
    cartridge_lot TEXT NOT NULL DEFAULT '',
    cartridge_expiry TEXT,
    needle_count INTEGER,
    depths TEXT NOT NULL DEFAULT '{}',
    passes INTEGER,
    numbing_agent TEXT NOT NULL DEFAULT '',
    numbing_on TEXT,
    numbing_off TEXT,
    endpoint TEXT NOT NULL DEFAULT '',
    products TEXT NOT NULL DEFAULT '[]',
    reaction TEXT NOT NULL DEFAULT '',
    adverse_events TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);
CREATE INDEX session_charts_session ON session_charts (session_id);

CREATE TABLE consents (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients (id),
    series_id INTEGER REFERENCES series (id),
    form_version TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    witnessed_by TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX consents_patient ON consents (patient_id);

-- Who changed which record when, and how: written in the same transaction as the change.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    table_name TEXT NOT NULL,
    record_id INTEGER NOT NULL,
    action TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT
);
CREATE INDEX audit_log_record ON audit_log (table_name, record_id);
